//! Moved from `prepare/log.rs`'s unit tests; only the public API is used.

use askwell_core::prepare::*;
use askwell_core::prepare::{PeopleAction, PersonDetails};

fn log(id: &str, person: &str, at_ms: f64, contacts: &str) -> ConversationLog {
    ConversationLog {
        id: id.into(),
        person_id: person.into(),
        at_ms,
        minutes: 20,
        notes: OutcomeNotes {
            contacts: contacts.into(),
            ..OutcomeNotes::default()
        },
        thank_you: None,
    }
}

fn pairs(names: &[NotedName]) -> Vec<(&str, &str)> {
    names
        .iter()
        .map(|n| (n.name.as_str(), n.note.as_str()))
        .collect()
}

#[test]
fn names_in_the_notes_not_yet_on_the_list_are_offered_with_their_sentence() {
    let mut people = askwell_core::prepare::People::default();
    for (id, name) in [("sam", "Sam Lee"), ("mei", "Mei Chen")] {
        let details = PersonDetails {
            name: name.into(),
            ..PersonDetails::default()
        };
        let add = PeopleAction::Add {
            id: id.into(),
            details,
            referred_by: None,
            at_ms: 1.0,
        };
        people.apply(add).unwrap();
    }
    let mut logs = Logs::default();
    let later = "Talk to Jordan Price at the Science Office; also mei chen";
    let earlier = "She suggested Dr. Ana Ruiz. Ana runs the fellowship.";
    for l in [
        log("b", "sam", 2.0, later),
        log("a", "sam", 1.0, earlier),
        log("c", "mei", 1.0, "Omar Haddad"),
    ] {
        logs.apply(LogAction::Save(l)).unwrap();
    }
    assert_eq!(
        pairs(&noted_names(&logs, &people, "sam")),
        [
            ("Dr. Ana Ruiz", "She suggested Dr. Ana Ruiz"),
            ("Jordan Price", "Talk to Jordan Price at the Science Office"),
        ]
    );
    assert!(noted_names(&logs, &people, "nobody").is_empty());
}

#[test]
fn each_name_in_a_list_gets_only_the_part_about_them() {
    let mut logs = Logs::default();
    let text =
        "Priyanka Das (her manager), Tom Reilly - data engineer at Mercy General\nDr. Alvarez";
    let l = log("a", "sam", 1.0, text);
    logs.apply(LogAction::Save(l)).unwrap();
    let people = askwell_core::prepare::People::default();
    assert_eq!(
        pairs(&noted_names(&logs, &people, "sam")),
        [
            ("Priyanka Das", "Priyanka Das (her manager)"),
            ("Tom Reilly", "Tom Reilly - data engineer at Mercy General"),
            ("Dr. Alvarez", "Dr. Alvarez"),
        ]
    );
}
