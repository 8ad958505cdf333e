//! The coach, from walk-through twenty-one (black-box reviews of 14 practices).

mod common;

use askwell_core::coach;

/// A practice that stayed in one part too long and still ended before its agreed end: the
/// tip on the overrun must not also say the user ended late (the header says on time).
#[test]
fn an_overrun_in_a_practice_that_ended_early_is_not_called_late() {
    let lines = [
        "Hi, I'm Lee, a statistics student curious about nonprofit work.",
        "How big is your organization?",
        "What does a typical week look like for you?",
        "How many hours a week do you usually work?",
        "What are you responsible for day to day?",
        "What's the hardest part of the job?",
        "What do you like most about it?",
        "What skills matter most in your role?",
        "How is your team organized?",
        "What does someone in a role like yours earn, roughly?",
        "Thanks so much, this was exactly what I needed.",
    ];
    let (p, i, r) = common::practised("rosa-delgado", &lines);
    assert!(r.timing.ended_on_time, "{:?}", r.timing);
    assert!(r.timing.actual_s < r.timing.planned_s, "{:?}", r.timing);
    assert!(!r.timing.overruns.is_empty(), "{:?}", r.timing);
    let md = coach::to_markdown(&i, &p, &r);
    for tip in &r.next_time {
        assert!(!tip.text.contains(" late"), "{}\n{md}", tip.text);
    }
}

/// An answer kept for a theme (a shadowing question's answer) is the reply: the review's
/// Markdown shows it as the persona's words, not as a drawn-out detail under an empty line.
#[test]
fn an_answer_kept_for_a_theme_stays_the_reply_in_the_markdown() {
    let lines = [
        "Hi, I'm Lee, a pre-med student interested in child psychiatry.",
        "What does a typical week look like for you?",
        "Would it ever be possible to shadow you for an afternoon?",
        "Thank you so much, this really helped.",
    ];
    let (p, i, r) = common::practised("maya-okafor", &lines);
    let kept = (i.exchanges.iter())
        .flat_map(|e| e.nuggets.iter())
        .filter_map(|id| p.nugget(id))
        .any(|n| n.reveal == askwell_core::persona::Reveal::Asked);
    assert!(kept, "{:#?}", i.exchanges);
    let md = coach::to_markdown(&i, &p, &r);
    assert!(!md.contains("**Maya:** \n"), "{md}");
    assert!(!md.contains("> 💡"), "{md}");
}
