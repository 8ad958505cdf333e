//! Lines that go on with what the persona said without naming a topic: a short question
//! pointing back at the last answer, and a question taking up an earlier answer's words.
//! (Walk-through eleven found both turned away as off topic.)

mod common;

use askwell_core::conversation::ReplyKind;
use common::chat::Chat;

#[test]
fn a_short_question_pointing_back_goes_on_with_the_last_answer() {
    // Walk 11: "why is it so low?" after Rosa's pay ranges, and "Can you tell more please?",
    // were turned away as off topic.
    for (persona, _) in common::personas() {
        for line in ["why is it so low?", "Can you tell more please?"] {
            let mut c = Chat::with(&persona.id, 30);
            c.ask("Hi, I'm a student curious about your field.");
            let pay = c.ask("What's the pay like in your field?");
            let e = c.ask(line);
            assert_eq!(e.topic, pay.topic, "{}: {line} -> {}", persona.id, e.reply);
        }
    }
}

#[test]
fn a_question_taking_up_two_words_of_an_answer_is_about_that_answer() {
    // Walk 11: "What made you pick up Python that summer?" after Sam's "Python I learned on
    // my own from a free online course one summer" was turned away as off topic.
    let mut c = Chat::with("sam-whitfield", 30);
    c.ask("im zoe, a junior in cs");
    let studied = c.ask("what did you study?");
    let e = c.ask("What made you pick up Python that summer?");
    assert_eq!(e.topic, studied.topic, "{}", e.reply);
    assert_eq!(e.kind, ReplyKind::FollowUp, "{}", e.reply);
    // Off topic with no word of the answer is still off topic.
    let away = c.ask("What's the best pizza topping?");
    assert_eq!(away.kind, ReplyKind::Deflect, "{}", away.reply);
}
