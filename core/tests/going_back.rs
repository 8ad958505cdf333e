//! Lines that go back to something the persona said ("You mentioned X, ..."): answered from
//! the answer that said it, unless what they ask besides is surely a topic of its own.

mod common;

use askwell_core::conversation::ReplyKind;
use askwell_core::Topic;
use common::chat::Chat;

#[test]
fn naming_what_was_said_goes_deeper_on_that_answer() {
    // From a walk-through: the line read as Priya's own schooling ("training").
    let mut c = Chat::with("priya-raman", 45);
    let first = c.ask("What are your main responsibilities?");
    assert_eq!(first.topic, Topic::Responsibilities);
    let back = c.ask("you mentioned you train nurse educators, what does that training look like?");
    assert_eq!(
        (back.kind, back.topic),
        (ReplyKind::FollowUp, Topic::Responsibilities)
    );
    // Of the topic's follow-ups, the one about what was named.
    assert!(back.reply.contains("nurse educators"), "{}", back.reply);
    let in_order = &c
        .persona
        .script(Topic::Responsibilities)
        .unwrap()
        .follow_ups[0];
    assert!(!back.reply.starts_with(in_order.as_str()));
}

#[test]
fn what_is_asked_besides_can_be_a_topic_of_its_own() {
    let mut c = Chat::with("priya-raman", 45);
    c.ask("What are your main responsibilities?");
    let own = c.ask("You said you train nurse educators. What's the hardest part of your job?");
    assert_eq!(own.topic, Topic::Challenges);
    assert_eq!(own.kind, ReplyKind::Answer);
}

#[test]
fn referrals_and_thanks_that_name_what_was_said_stay_what_they_are() {
    let mut c = Chat::with("priya-raman", 45);
    c.ask("What are your main responsibilities?");
    let referral = c.ask("Could I talk to one of the nurse educators you mentioned?");
    assert_eq!(referral.topic, Topic::Contacts);
    let thanks = c.ask("Thank you, what you said about the nurse educators really helped.");
    assert_eq!(thanks.topic, Topic::Thanks);
}

#[test]
fn a_cue_naming_nothing_the_persona_said_is_read_as_usual() {
    let mut c = Chat::with("priya-raman", 45);
    c.ask("What are your main responsibilities?");
    let usual = c.ask("You mentioned hockey, what does a typical day look like?");
    assert_eq!(
        (usual.kind, usual.topic),
        (ReplyKind::Answer, Topic::TypicalDay)
    );
}

#[test]
fn tell_me_more_keeps_the_persona_order_and_nothing_repeats() {
    let mut c = Chat::with("priya-raman", 45);
    c.ask("What are your main responsibilities?");
    let script = c.persona.script(Topic::Responsibilities).unwrap().clone();
    let more = c.ask("Tell me more");
    // (A nugget may follow the prepared text.)
    assert!(more.reply.starts_with(&script.follow_ups[0]));
    let again = c.ask("Tell me more");
    assert!(again.reply.starts_with(&script.follow_ups[1]));
}

#[test]
fn the_answer_that_said_most_of_what_is_named_is_the_one_gone_back_to() {
    // From a review: the latest answer sharing one common word ("team") took the line.
    let mut c = Chat::with("priya-raman", 45);
    c.ask("What does a typical day look like for you?");
    let org = c.ask("How is your organization structured?");
    assert_eq!(org.topic, Topic::Organization);
    let back = c.ask("You mentioned the team huddle on Mondays - what happens there?");
    assert_eq!(
        (back.kind, back.topic),
        (ReplyKind::FollowUp, Topic::TypicalDay)
    );
}
