//! Tests of `followup`: which of the persona's words the practice thank-you quotes.

use super::*;
use crate::coach::testkit::{persona, Build};

const BENCH: &str =
    "I left the bench in 2017 after volunteering for every regulatory document in the lab.";
const GOODBYE: &str = "You're welcome, good luck.";

const HEDGE_THEN_FACT: &str = "It depends where we are in the cycle. Three weeks before an FDA \
    meeting, I live in the briefing package.";

/// A practice whose replies are `replies`, one question each, on `topic`'s outcome.
fn practice(replies: &[(Topic, &str)]) -> (Interview, Persona) {
    let mut b = Build::new(30);
    for (topic, _) in replies {
        b = b.ask("Could you tell me about that?", *topic, 60.0);
    }
    let mut interview = b.ended();
    for (e, (_, reply)) in interview.exchanges.iter_mut().zip(replies) {
        e.reply = reply.to_string();
    }
    (interview, persona())
}

fn note(replies: &[(Topic, &str)]) -> String {
    let (interview, persona) = practice(replies);
    let review = crate::coach::review(&interview, &persona);
    thank_you_from_practice(&interview, &persona, &review, &AboutMe::default()).body
}

#[test]
fn a_hedge_is_passed_over_for_the_fact_after_it() {
    let lines = persona().lines;
    assert_eq!(
        quotable(HEDGE_THEN_FACT, &lines).as_deref(),
        Some("Three weeks before an FDA meeting, I live in the briefing package.")
    );
    // Short non-answers, a question back and an announcement are not quoted either.
    for filler in [
        "Meetings, mostly.",
        "Balance is managed, not given.",
        "Hard to say, honestly, it varies from one month to the next.",
        "If I weren't doing this, what would I be doing with my whole career?",
        "Let me give you the example that still makes me sigh every time.",
    ] {
        assert_eq!(quotable(filler, &lines), None, "{filler}");
    }
    // A lead-in is dropped and a spoken "and" does not hide the substance.
    assert_eq!(
        quotable(
            "Oh, and read the agency's guidance on gene therapy twice.",
            &lines
        )
        .as_deref(),
        Some("Read the agency's guidance on gene therapy twice.")
    );
}

#[test]
fn their_stock_lines_and_a_repeat_prefix_are_not_quoted() {
    let mut lines = persona().lines;
    lines.time_check = vec!["Heads up, I have to jump to my next call in a few minutes.".into()];
    lines.guarded = vec!["I'd rather not generalize about the whole agency beyond that.".into()];
    let said = "Meetings, mostly. Heads up, I have to jump to my next call in a few minutes.";
    assert_eq!(quotable(said, &lines), None);
    let said = "Meetings, mostly. I'd rather not generalize about the whole agency beyond that.";
    assert_eq!(quotable(said, &lines), None);
    // "As I said, " opens a repeated answer; the quote starts at their words.
    let said = "As I said, budget season means tables, justifications and late evenings.";
    assert_eq!(
        quotable(said, &lines).as_deref(),
        Some("Budget season means tables, justifications and late evenings.")
    );
}

#[test]
fn a_sentence_about_their_hiring_is_never_quoted_back() {
    // Quoted back, their hiring plans read as interest in a job (a design review found their
    // plan to hire a first model-monitoring analyst quoted as the highlight). The sentence
    // after it is quoted instead; a reply of hiring alone gives no quote.
    const HIRING: &str = "We're hiring our first dedicated model-monitoring analyst next year.";
    let said = [HIRING, BENCH].join(" ");
    assert_eq!(quotable(&said, &persona().lines).as_deref(), Some(BENCH));
    assert_eq!(quotable(HIRING, &persona().lines), None);
}

#[test]
fn the_practice_note_quotes_a_substantive_answer_not_the_first_filler() {
    let body = note(&[
        (Topic::TypicalDay, "It depends where we are in the cycle."),
        (Topic::Path, BENCH),
    ]);
    assert!(!body.contains("It depends"), "{body}");
    assert!(
        body.contains(
            "about how you got where you are: \u{201c}I left the bench in 2017 after volunteering"
        ),
        "{body}"
    );
    // Within one reply too: the fact after the hedge.
    let body = note(&[(Topic::TypicalDay, HEDGE_THEN_FACT)]);
    assert!(
        body.contains("about your typical day: \u{201c}Three weeks before an FDA meeting"),
        "{body}"
    );
}

#[test]
fn with_only_fillers_the_practice_note_thanks_in_general_terms() {
    let body = note(&[
        (Topic::TypicalDay, "It depends where we are in the cycle."),
        (Topic::WorkLife, "Hybrid. Mostly predictable."),
    ]);
    assert!(!body.contains('\u{201c}'), "{body}");
    assert!(
        body.contains("Hearing how the work looks from the inside"),
        "{body}"
    );
}

#[test]
fn the_practice_note_builds_on_what_the_user_s_thanks_named() {
    // From a walk-through: the student thanked for the part about teach-back, and the note
    // quoted the first answer instead.
    let (mut interview, persona) = practice(&[
        (Topic::Path, BENCH),
        (
            Topic::Responsibilities,
            "I train the nurse educators. Every quarter we practise teach-back until it's boring.",
        ),
        (Topic::Thanks, GOODBYE),
    ]);
    interview.exchanges[2].question =
        "This has been so helpful, especially the part about teach-back.".into();
    let review = crate::coach::review(&interview, &persona);
    let body = thank_you_from_practice(&interview, &persona, &review, &AboutMe::default()).body;
    assert!(
        body.contains("about what your job involves: \u{201c}Every quarter we practise teach-back"),
        "{body}"
    );
    // Thanks that name nothing said keep the note's usual choice.
    interview.exchanges[2].question = "Thank you so much for your time today!".into();
    let body = thank_you_from_practice(&interview, &persona, &review, &AboutMe::default()).body;
    assert!(body.contains(BENCH), "{body}");
}

#[test]
fn thanks_that_name_nothing_said_quote_nothing_on_one_shared_word() {
    // From a review: "experience" alone chose a sentence the user never meant.
    let (mut interview, persona) = practice(&[
        (
            Topic::Path,
            BENCH,
        ),
        (
            Topic::JobSearch,
            "Postings are rare and often ask for five years of industry experience, which I lacked.",
        ),
        (Topic::Thanks, GOODBYE),
    ]);
    interview.exchanges[2].question = "Thank you so much for sharing your experience!".into();
    let review = crate::coach::review(&interview, &persona);
    let body = thank_you_from_practice(&interview, &persona, &review, &AboutMe::default()).body;
    assert!(body.contains(BENCH), "{body}");
}

#[test]
fn a_long_quote_is_cut_where_a_clause_ends_and_a_leaning_sentence_from_the_named_clause() {
    let membership = "It has a student membership for about forty dollars, a mentorship program \
        that matches students with a child psychiatrist, and an annual meeting every October in \
        a different city with a student track.";
    let named: Vec<String> = ["mentorship", "program"].iter().map(|w| stem(w)).collect();
    let quoted = from_named(membership, &named);
    assert!(
        quoted.starts_with("…a mentorship program that matches"),
        "{quoted}"
    );
    assert_eq!(
        quote_words(&quoted, 12),
        "…a mentorship program that matches students with a child psychiatrist…"
    );
    // A sentence that stands alone is quoted whole.
    let alone = "The society has a mentorship program for students.";
    assert_eq!(from_named(alone, &named), alone);
}
