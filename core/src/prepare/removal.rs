//! Removing a person takes what exists only because of them: their question plan and the
//! notes of conversations with them. Left behind, those would be stored (and exported) with
//! no page that shows them, which matters on a shared computer.

use super::{PlanFor, Prepared};

/// The records that go with a person, by id.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PersonRecords {
    /// Whether the person has an outreach draft (it is part of the person's record).
    pub outreach: bool,
    pub plan: Option<String>,
    pub logs: Vec<String>,
    /// People this person suggested, as (id, name): they stay on the list, only losing the
    /// link to who suggested them, and the question says so.
    pub referred: Vec<(String, String)>,
}

impl Prepared {
    /// What removing `person_id` removes besides the person.
    pub fn records_of(&self, person_id: &str) -> PersonRecords {
        PersonRecords {
            outreach: self
                .people
                .get(person_id)
                .is_some_and(|p| p.outreach.is_some()),
            plan: self
                .plans
                .for_whom(&PlanFor::Person(person_id.to_string()))
                .map(|p| p.id.clone()),
            logs: self
                .logs
                .logs
                .iter()
                .filter(|l| l.person_id == person_id)
                .map(|l| l.id.clone())
                .collect(),
            referred: self
                .people
                .referred_by(person_id)
                .into_iter()
                .map(|p| (p.id.clone(), p.name().to_string()))
                .collect(),
        }
    }
}

impl PersonRecords {
    /// The confirming question: "Remove this person, their question plan and your notes
    /// from 2 conversations?", then who stays: "Sam Lee, whom they suggested, stays on your
    /// list."
    pub fn question(&self) -> String {
        let mut parts = vec!["this person".to_string()];
        if self.outreach {
            parts.push("their outreach draft".into());
        }
        if self.plan.is_some() {
            parts.push("their question plan".into());
        }
        match self.logs.len() {
            0 => {}
            1 => parts.push("your notes from 1 conversation".into()),
            n => parts.push(format!("your notes from {n} conversations")),
        }
        let last = parts.pop().unwrap_or_default();
        let ask = if parts.is_empty() {
            format!("Remove {last}?")
        } else {
            format!("Remove {} and {last}?", parts.join(", "))
        };
        match self.stays() {
            Some(stays) => format!("{ask} {stays}"),
            None => ask,
        }
    }

    /// Who stays though this person suggested them: named when a few, counted when many (the
    /// question must stay one calm line).
    fn stays(&self) -> Option<String> {
        let mut names: Vec<&str> = self.referred.iter().map(|(_, n)| n.as_str()).collect();
        Some(match names.len() {
            0 => return None,
            1 => format!("{}, whom they suggested, stays on your list.", names[0]),
            2 | 3 => {
                let last = names.pop().unwrap_or_default();
                format!(
                    "{} and {last}, whom they suggested, stay on your list.",
                    names.join(", ")
                )
            }
            n => format!("The {n} people they suggested stay on your list."),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::prepare::{
        ConversationLog, LogAction, OutcomeNotes, PeopleAction, PersonDetails, PlanAction,
        ReferredBy,
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
}
