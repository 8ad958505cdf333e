//! From walk-through twenty-three (10 black-box conversations): thanks, then a question,
//! then a remark after it was taken as a goodbye ("Oh, you're very welcome ... What else
//! would you like to know?"): only a question at the very end of the line was looked for.

mod common;

use askwell_core::topic::Topic;
use common::chat::Chat;

#[test]
fn a_remark_after_the_question_that_follows_thanks_does_not_hide_it() {
    let mut chat = Chat::with("priya-raman", 30);
    chat.ask(
        "Good afternoon. My name is Hyun-woo, a master student studying industrial engineering.",
    );
    chat.ask("What is your current job, and what are the main responsibilities?");
    let asked = chat.ask(
        "Thank you, this is useful to know about Ostrava. Could you explain how you moved from \
         teaching to pharmaceutical company at forty-six? It seems a big change.",
    );
    assert_eq!(asked.topic, Topic::Path, "{}", asked.reply);
}
