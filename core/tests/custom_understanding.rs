//! Contract point 10: understanding serves any persona. A persona made in the editor (the
//! blank, one answer per topic, no vocabulary) is asked every line of the frozen test set in
//! a practice, like each shipped persona, and must understand at least as well as the
//! weakest shipped one. The frozen set is only read: nothing is tuned on it.

mod custom;

use askwell_core::content::bundled;
use askwell_core::interview::{Action, ClockMode, Interview};
use askwell_core::understand::{corpus, Matcher};
use askwell_core::Persona;

const FROZEN: &str = include_str!("frozen/test.tsv");

/// Share of frozen lines whose first question in a fresh practice is understood as one of
/// the line's topics, and the reply is not empty.
fn practice_accuracy(persona: &Persona) -> f64 {
    let set = corpus::parse(FROZEN, false).expect("the frozen set parses");
    let matcher = Matcher::new(&persona.vocabulary);
    let mut right = 0;
    for example in &set {
        let mut i = Interview::new("t", persona, 30, ClockMode::Simulated, 0.0);
        let asked = i.apply(
            persona,
            &matcher,
            Action::Ask {
                text: example.text.clone(),
                now_s: 0.0,
            },
        );
        assert!(asked, "{}", example.text);
        let e = i.exchanges.last().expect("one exchange");
        assert!(!e.reply.trim().is_empty(), "{}: empty reply", example.text);
        if example.topics.contains(&e.topic) {
            right += 1;
        }
    }
    right as f64 / set.len() as f64
}

#[test]
fn a_persona_written_from_the_blank_understands_like_the_shipped_ones() {
    let mine = custom::minimal();
    assert!(askwell_core::custom::is_ready(&mine));
    assert!(mine.vocabulary.is_empty());
    let custom_figure = practice_accuracy(&mine);
    let mut lowest = f64::MAX;
    for p in bundled() {
        let figure = practice_accuracy(&p);
        println!("frozen set in practice, {}: {:.2} %", p.id, figure * 100.0);
        lowest = lowest.min(figure);
    }
    println!(
        "frozen set in practice, {} (blank + one answer per topic, no vocabulary): {:.2} %",
        mine.id,
        custom_figure * 100.0
    );
    assert!(
        custom_figure >= lowest,
        "custom {custom_figure:.3} below the weakest shipped persona {lowest:.3}"
    );
}
