//! Walk 40: "who's Jordan?", right after Maya named Jordan, got "Ha, that's a fun question...
//! let's get back to what you came for". The people a persona names are in its glossary, and
//! asking who one is, in the ways people type it, gets who they are.

mod common;

use common::chat::Chat;

/// One named person per bundled persona, as a user would type the name.
const NAMED: [(&str, &str); 6] = [
    ("maya-okafor", "Jordan"),
    ("daniel-reyes", "Frances"),
    ("sam-whitfield", "Joanne"),
    ("rosa-delgado", "Celeste"),
    ("priya-raman", "Darnell"),
    ("tomasz-nowak", "Lena"),
];

#[test]
fn asking_who_a_named_person_is_gets_who_they_are() {
    for (id, name) in NAMED {
        let persona = Chat::with(id, 30).persona;
        let lower = name.to_lowercase();
        let term = (persona.terms.iter())
            .find(|t| t.words.iter().any(|w| w == &lower))
            .unwrap_or_else(|| panic!("{id}: no term for {name}"));
        for frame in [
            "who's {}?",
            "Who is {}?",
            "wait, whos {}",
            "{}? Who is that?",
        ] {
            let mut c = Chat::with(id, 30);
            c.ask("What does a typical day look like for you?");
            let line = frame.replace("{}", name);
            let e = c.ask(&line);
            assert!(
                e.reply.contains(&term.means),
                "{id}: {line:?} got {:?}",
                e.reply
            );
        }
    }
}
