//! Tests of the thanks checks: which lines thank, and what makes a thank-you specific.

use super::super::review::{questions, timing};
use super::super::testkit::{persona, Build};
use super::*;

const NOWAK: &str = "Thank you, Dr. Nowak. Your advice to take a paper and write a one-page \
                     summary for a decision-maker is something I'll do this week. Would it be \
                     all right to stay in touch by email?";
const SQL: &str = "thanks so much sam!! the tip about learning SQL before fancy models is super \
                   useful";

fn thanked(i: &Interview) -> &'static str {
    let e = etiquette(i, &persona(), &timing(i), &questions(i));
    let it = e
        .iter()
        .find(|e| e.item == Etiquette::ThankedSpecifically)
        .unwrap();
    if it.passed {
        "specific"
    } else if it.detail.contains("only in general") {
        "general"
    } else {
        "none"
    }
}

#[test]
fn naming_what_helped_is_specific_without_echoing_the_persona() {
    // From an outside test: both judged general or missing.
    assert!(thanks_is_specific(NOWAK, "Dr. Tomasz Nowak", &[]));
    assert!(thanks_is_specific(SQL, "Sam Whitfield", &[]));
    for line in [
        "Thanks so much! Your point about writing short really stuck with me.",
        "Thank you for the suggestion to try the fellowship webinar.",
    ] {
        assert!(thanks_is_specific(line, "Dr. Tess Tiny", &[]), "{line}");
    }
    for line in [
        "Thank you for your advice on my career.",
        "Thanks, this was helpful. I'd love to stay in touch by email.",
        "Thank you so much for your time! Would it be all right to stay in touch by email?",
        "Thanks for the tips!",
    ] {
        assert!(!thanks_is_specific(line, "Dr. Tess Tiny", &[]), "{line}");
    }
}

#[test]
fn a_thanks_filed_under_keeping_in_touch_still_thanks() {
    let ask = |q: &str, topic| {
        let mut i = Build::new(20)
            .ask(
                "What are you responsible for?",
                Topic::Responsibilities,
                60.0,
            )
            .ask(q, topic, 30.0)
            .ended();
        // The model may not see the thanks as a second intent.
        i.exchanges[1].also.clear();
        i
    };
    assert_eq!(thanked(&ask(NOWAK, Topic::KeepInTouch)), "specific");
    assert_eq!(thanked(&ask(SQL, Topic::Thanks)), "specific");
    assert_eq!(
        thanked(&ask(
            "Thanks, bye! Could we stay in touch?",
            Topic::KeepInTouch
        )),
        "general"
    );
    assert_eq!(
        thanked(&ask("Could we stay in touch?", Topic::KeepInTouch)),
        "none"
    );
    // Thanks in passing before another question is not the closing thanks.
    assert_eq!(
        thanked(&ask(
            "Thanks, that helps. How did you get into marine biology?",
            Topic::Path
        )),
        "none"
    );
}
