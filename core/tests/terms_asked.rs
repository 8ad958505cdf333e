//! Terms asked in two ways walks 22 and 24 found missed: two in one line (what's an IND, and
//! what's RMAT?), and one alone after thanks (got it, thanks. And RMAT?).

mod common;

use common::chat::Chat;

/// The first two of the persona's terms, by their first phrase.
fn two_terms(c: &Chat) -> [(String, String); 2] {
    let t = |i: usize| {
        let term = &c.persona.terms[i];
        (term.words[0].clone(), term.means.clone())
    };
    [t(0), t(1)]
}

#[test]
fn two_terms_asked_in_one_line_are_both_explained() {
    for id in common::persona_ids() {
        let mut c = Chat::with(&id, 30);
        let [(a, a_means), (b, b_means)] = two_terms(&c);
        c.ask("Hi, I'm Ana, a junior studying economics. Thanks for making time.");
        let both = c.ask(&format!(
            "Some of that is new to me. What's {a}, and what's {b}?"
        ));
        assert!(both.reply.contains(&a_means), "{id}: {a}: {}", both.reply);
        assert!(both.reply.contains(&b_means), "{id}: {b}: {}", both.reply);
    }
}

#[test]
fn a_term_the_persona_said_asked_alone_after_thanks_is_explained() {
    let mut checked = 0;
    for id in common::persona_ids() {
        let mut c = Chat::with(&id, 30);
        c.ask("Hi, I'm Ana, a junior studying economics. Thanks for making time.");
        let day = c.ask("What do you do day to day?").reply.to_lowercase();
        // A term of the persona's that its answer said, as one word.
        let said = (c.persona.terms.iter()).find_map(|t| {
            (t.words.iter())
                .find(|w| !w.contains(' ') && w.len() > 3)
                .filter(|w| {
                    day.split(|ch: char| !ch.is_alphanumeric())
                        .any(|x| x == w.to_lowercase())
                })
                .map(|w| (w.clone(), t.means.clone()))
        });
        let Some((word, means)) = said else { continue };
        let alone = c.ask(&format!("Okay, thanks. And {word}?"));
        assert!(
            alone.reply.contains(&means),
            "{id}: {word}: {}",
            alone.reply
        );
        checked += 1;
    }
    assert!(
        checked >= 2,
        "only {checked} personas said a term of one word"
    );
}
