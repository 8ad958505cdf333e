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
