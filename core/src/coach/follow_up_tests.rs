//! Tests of follow-ups and of questions asked again.

use super::super::review::questions;
use super::super::testkit::Build;
use super::*;
use crate::topic::Topic;

const MEMOS: &str = "I write briefing memos for leadership, analyse the agency's research-funding \
                     portfolio, and coordinate an interagency working group.";
const FORUM: &str = "The main professional society I'd name is the Forum for Science and Public \
                     Policy. Their annual meeting in Washington, every spring, is where I met \
                     half my current network.";
const CHWS: &str = "I'm a manager, because three program managers and, through them, 38 CHWs \
                    report up to me.";

#[test]
fn naming_an_answer_after_a_cue_and_a_dash_picks_it_up() {
    // From an outside test: each scored no follow-up (short words, a dash, other word forms).
    for (answer, q) in [
        (
            MEMOS,
            "you mentioned briefing memos — what makes a memo good for a busy official?",
        ),
        (
            FORUM,
            "you mentioned the forum's annual meeting — how would a grad student make the most \
             of it?",
        ),
        (
            CHWS,
            "you mentioned 38 CHWs — how do you hire them, like what do u look for?",
        ),
        (
            MEMOS,
            "You said memo writing matters: how did you learn it?",
        ),
        (MEMOS, "Earlier you said you write memos - who reads them?"),
    ] {
        assert!(picks_up(answer, q), "{q}");
    }
    // The cue names something the answer never said.
    assert!(!picks_up(
        CHWS,
        "you mentioned nurses — how do you hire them?"
    ));
    assert!(!picks_up(FORUM, "You said that earlier: why?"));
}

#[test]
fn word_forms_meet_by_stem() {
    for (a, b) in [
        ("memo", "memos"),
        ("hire", "hiring"),
        ("policy", "policies"),
        ("meeting", "meetings"),
        ("nurse", "nurses"),
        ("write", "writing"),
    ] {
        assert_eq!(stem(a), stem(b), "{a} {b}");
    }
    for (a, b) in [("care", "career"), ("class", "classes"), ("day", "days")] {
        assert_eq!(stem(a) == stem(b), a != "care", "{a} {b}");
    }
}

#[test]
fn follow_ups_count_however_the_persona_took_the_line() {
    let i = Build::new(30)
        .ask(
            "What are your main responsibilities?",
            Topic::Responsibilities,
            60.0,
        )
        .reply(MEMOS)
        // The persona asked "skills or responsibilities?": still a follow-up.
        .line(
            "you mentioned briefing memos — what makes a memo good for a busy official?",
            Topic::Skills,
            ReplyKind::Clarify,
            20.0,
            20,
        )
        .ask(
            "Which professional societies would you recommend?",
            Topic::Organizations,
            60.0,
        )
        .reply(FORUM)
        .ask("Who else should I talk to?", Topic::Contacts, 60.0)
        // Names the answer before last: a cue reaches back to any answer.
        .ask(
            "you mentioned the forum's annual meeting — how would a grad student make the most \
             of it?",
            Topic::Organizations,
            60.0,
        )
        // Thanks that echo an answer follow nothing up.
        .ask(
            "Thanks, the forum's annual meeting sounds like the place to start networking.",
            Topic::Thanks,
            20.0,
        )
        .ended();
    let q = questions(&i);
    assert_eq!((q.follow_ups, q.repeats.len()), (2, 0));
}

#[test]
fn asking_the_same_question_again_is_never_a_follow_up() {
    // From an outside test: "Ask again" eight times scored seven follow-ups.
    let q = "What does a typical day look like for you?";
    let mut b = Build::new(30).ask(q, Topic::TypicalDay, 60.0);
    for n in 0..8 {
        let kind = if n % 2 == 0 {
            ReplyKind::Answer
        } else {
            ReplyKind::FollowUp
        };
        b = b.line(q, Topic::TypicalDay, kind, 60.0, 40);
    }
    let r = questions(&b.ended());
    assert_eq!(r.follow_ups, 0);
    assert_eq!(r.repeats, (1..=8).collect::<Vec<_>>());

    let i = Build::new(30)
        .ask(
            "What does a typical day look like?",
            Topic::TypicalDay,
            60.0,
        )
        .ask("Tell me more about that.", Topic::TypicalDay, 60.0)
        // Near-identical, after something else.
        .ask("How did you get into policy work?", Topic::Path, 60.0)
        .ask(
            "what does a typical day look like for u",
            Topic::TypicalDay,
            60.0,
        )
        // A bare "tell me more" is about the latest answer: a follow-up again...
        .ask("Tell me more about that.", Topic::TypicalDay, 60.0)
        // ...but not twice in a row.
        .ask("Tell me more about that.", Topic::TypicalDay, 60.0)
        // The same topic, another question: a follow-up.
        .ask(
            "How is your week split between writing and meetings?",
            Topic::TypicalDay,
            60.0,
        )
        .ended();
    let r = questions(&i);
    assert_eq!(r.repeats, vec![3, 5]);
    assert_eq!(r.follow_ups, 3);
}

#[test]
fn near_identical_questions() {
    let same = [
        (
            "What does a typical day look like?",
            "What does a typical day look like for you?",
        ),
        ("What skills do you need?", "what skills do u need??"),
    ];
    for (a, b) in same {
        assert!(same_question(a, b), "{a} / {b}");
    }
    let different = [
        (
            "What does a typical day look like?",
            "What does a typical week look like?",
        ),
        (
            "How did you get into policy?",
            "How did you get into physics?",
        ),
        (
            "Which organizations would you recommend?",
            "Which books would you recommend?",
        ),
    ];
    for (a, b) in different {
        assert!(!same_question(a, b), "{a} / {b}");
    }
}
