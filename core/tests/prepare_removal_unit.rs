//! Moved from `prepare/removal.rs`'s unit tests; only the public API is used.

use askwell_core::prepare::*;
use askwell_core::prepare::{
    ConversationLog, LogAction, OutcomeNotes, PeopleAction, PersonDetails, PlanAction, ReferredBy,
};

fn add_person(p: &mut Prepared, id: &str) {
    let details = PersonDetails {
        name: format!("Person {id}"),
        ..PersonDetails::default()
    };
    p.people
        .apply(PeopleAction::Add {
            id: id.into(),
            details,
            referred_by: None,
            at_ms: 1.0,
        })
        .unwrap();
}

fn add_log(p: &mut Prepared, id: &str, person: &str) {
    p.logs
        .apply(LogAction::Save(ConversationLog {
            id: id.into(),
            person_id: person.into(),
            at_ms: 1.0,
            minutes: 20,
            notes: OutcomeNotes::default(),
            thank_you: None,
        }))
        .unwrap();
}

#[test]
fn a_persons_plan_and_logs_go_with_them_and_no_one_elses() {
    let mut p = Prepared::default();
    add_person(&mut p, "ana");
    add_person(&mut p, "ben");
    assert_eq!(p.records_of("ana"), PersonRecords::default());
    assert_eq!(p.records_of("ana").question(), "Remove this person?");
    for (plan, whom) in [("plan-a", "ana"), ("plan-b", "ben")] {
        p.plans
            .apply(PlanAction::Create {
                id: plan.into(),
                for_whom: PlanFor::Person(whom.into()),
                minutes: 30,
            })
            .unwrap();
    }
    add_log(&mut p, "log-1", "ana");
    add_log(&mut p, "log-2", "ben");
    add_log(&mut p, "log-3", "ana");
    let ana = p.records_of("ana");
    assert_eq!(ana.plan.as_deref(), Some("plan-a"));
    assert_eq!(ana.logs, ["log-1", "log-3"]);
    assert_eq!(
        ana.question(),
        "Remove this person, their question plan and your notes from 2 conversations?"
    );
    let only_log = PersonRecords {
        logs: vec!["x".into()],
        ..PersonRecords::default()
    };
    assert_eq!(
        only_log.question(),
        "Remove this person and your notes from 1 conversation?"
    );
}

#[test]
fn the_question_says_who_they_suggested_stays() {
    let mut p = Prepared::default();
    add_person(&mut p, "ana");
    for (id, name) in [("pd", "Priyanka Das"), ("tr", "Tom Reilly")] {
        p.people
            .apply(PeopleAction::AddReferral {
                id: id.into(),
                name: name.into(),
                note: String::new(),
                from: ReferredBy::Person {
                    person_id: "ana".into(),
                },
                at_ms: 2.0,
            })
            .unwrap();
    }
    p.plans
        .apply(PlanAction::Create {
            id: "plan-a".into(),
            for_whom: PlanFor::Person("ana".into()),
            minutes: 30,
        })
        .unwrap();
    let ana = p.records_of("ana");
    let ids: Vec<&str> = ana.referred.iter().map(|(id, _)| id.as_str()).collect();
    assert_eq!(ids, ["pd", "tr"]);
    assert_eq!(
        ana.question(),
        "Remove this person and their question plan? Priyanka Das and Tom Reilly, whom they suggested, stay on your list."
    );
    // Priyanka suggested no one, so her question has nothing to add.
    assert!(p.records_of("pd").referred.is_empty());
    let one = PersonRecords {
        referred: vec![("pd".into(), "Priyanka Das".into())],
        ..PersonRecords::default()
    };
    assert_eq!(
        one.question(),
        "Remove this person? Priyanka Das, whom they suggested, stays on your list."
    );
    let many = PersonRecords {
        referred: (0..4)
            .map(|i| (format!("p{i}"), format!("P {i}")))
            .collect(),
        ..PersonRecords::default()
    };
    assert_eq!(
        many.question(),
        "Remove this person? The 4 people they suggested stay on your list."
    );
}
