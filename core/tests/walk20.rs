//! Walk-through twenty (a mid-career changer, an international student, a confused freshman,
//! burnout, first-generation students; measured before mending).

mod common;

use common::chat::Chat;

/// Asking for the last answer more simply, in one sentence, or its main part again gets its
/// gist, not "let's keep this about your questions".
#[test]
fn asking_for_it_more_simply_gets_the_gist() {
    for (setup, asked) in [
        ("What do you do at your job?", "sorry, can you say that more simply?"),
        (
            "What does your week look like?",
            "sorry I didn't really get that, can you repeat the main part?",
        ),
        (
            "What advice would you give a freshman?",
            "can you explain that in like one sentence",
        ),
        ("How did you get into this field?", "what's the short version?"),
    ] {
        let mut c = Chat::with("rosa-delgado", 30);
        c.ask("Hi Rosa, I'm Tyler, a freshman.");
        let first = c.ask(setup);
        let again = c.ask(asked);
        assert_eq!(again.topic, first.topic, "{asked}: {}", again.reply);
        let opening: String = first.reply.chars().take(30).collect();
        assert!(again.reply.contains(&opening), "{asked}: {}", again.reply);
        assert!(again.reply.len() < first.reply.len() + 40, "{asked}: {}", again.reply);
    }
}
