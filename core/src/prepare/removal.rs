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
        }
    }
}

impl PersonRecords {
    /// The confirming question: "Remove this person, their question plan and your notes
    /// from 2 conversations?"
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
        if parts.is_empty() {
            format!("Remove {last}?")
        } else {
            format!("Remove {} and {last}?", parts.join(", "))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::prepare::{
        ConversationLog, LogAction, OutcomeNotes, PeopleAction, PersonDetails, PlanAction,
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
}
