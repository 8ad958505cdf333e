//! The thank-you notes: from a logged conversation (speaking to the person, whatever the
//! notes say of them) and from a practice review (quoting the persona).

mod common;

use askwell_core::coach;
use askwell_core::prepare::*;

#[test]
fn the_thank_you_from_a_log_is_specific_and_brief() {
    let people = common::people();
    let log = common::log_with_sam();
    let d = thank_you_from_log(&log, &people).unwrap();
    assert!(d.body.starts_with("Dear Sam,"), "{}", d.body);
    assert!(
        d.body
            .contains("most of the week goes into briefing notes for the board"),
        "{}",
        d.body
    );
    assert!(
        d.body.contains("suggesting I talk to Dr. Priya Shah"),
        "{}",
        d.body
    );
    assert!(d.body.contains("stay in touch"));
    assert!(d.body.ends_with("Alex Rivera"));
    // Notes are written about the person; the letter speaks to them.
    let mut about_sam = log.clone();
    about_sam.notes.work = "He runs the policy desk; most of his week is briefings.".into();
    let d = thank_you_from_log(&about_sam, &people).unwrap();
    assert!(
        d.body
            .contains("you run the policy desk; most of your week is briefings."),
        "{}",
        d.body
    );
    assert!(word_count(&d.body) <= THANK_YOU_MAX_WORDS);
    // Shorthand that speaks to no one is quoted, up to its first clause (sixth walk-through).
    about_sam.notes.work =
        "mostly writing and reviewing submission documents; lots of meetings with CMC".into();
    let d = thank_you_from_log(&about_sam, &people).unwrap();
    assert!(
        d.body.contains(
            "your work: \u{201c}mostly writing and reviewing submission documents\u{201d}."
        ),
        "{}",
        d.body
    );
    // With no one added yet, the referral comes from the contacts note.
    let mut alone = people.clone();
    alone.people.retain(|p| p.id != "p-shah");
    let d = thank_you_from_log(&log, &alone).unwrap();
    assert!(
        d.body.contains("suggesting I talk to Dr. Priya Shah"),
        "{}",
        d.body
    );
    assert_eq!(
        name_in("Oh, and one more name: Dr. Helen Marsh, who directs"),
        Some("Dr. Helen Marsh".into())
    );
}

#[test]
fn the_thank_you_from_a_practice_review_quotes_the_persona() {
    let personas = askwell_core::content::bundled();
    let persona = personas.iter().find(|p| p.id == "maya-okafor").unwrap();
    let raw = std::fs::read_to_string(format!(
        "{}/tests/fixtures/v4/session_simulated.json",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap();
    let interview: askwell_core::interview::Interview = askwell_core::store::decode(&raw).unwrap();
    let review = coach::review(&interview, persona);
    let d = thank_you_from_practice(&interview, persona, &review, &common::me());
    assert!(d.body.starts_with("Dear Dr. Okafor,"), "{}", d.body);
    assert!(
        d.body
            .contains("What stays with me most is what you told me about"),
        "{}",
        d.body
    );
    // Their words are quoted, not turned into the writer's "I".
    assert!(
        d.body.contains('\u{201c}') && d.body.contains('\u{201d}'),
        "{}",
        d.body
    );
    assert!(!d.body.contains("you said that I"), "{}", d.body);
    assert!(d.body.contains("stay in touch"));
    assert!(word_count(&d.body) <= THANK_YOU_MAX_WORDS, "{}", d.body);
}
