//! The people a persona named in a practice, for "Add to my people" in its review.

use super::words::{names_said, part_about};
use crate::conversation::ReplyKind;
use crate::interview::Interview;
use crate::persona::Persona;
use crate::topic::Topic;

/// One person a persona named: `key` says where (a contact nugget's id, or `answer:N` for the
/// N-th exchange's reply), and is what a person added from it remembers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PracticeName {
    pub key: String,
    pub name: String,
    /// What the persona said about them, kept as the new person's note.
    pub said: String,
}

/// Everyone the persona named: the contact nuggets drawn out (`contact_nuggets`, in order),
/// then every name in each answer about other people to talk to, each name once.
pub fn practice_names(
    interview: &Interview,
    persona: &Persona,
    contact_nuggets: &[String],
) -> Vec<PracticeName> {
    let mut out: Vec<PracticeName> = Vec::new();
    let nuggets = contact_nuggets
        .iter()
        .filter_map(|id| persona.nugget(id))
        .map(|n| (n.id.clone(), n.text.clone()));
    let answers = interview
        .exchanges
        .iter()
        .enumerate()
        .filter(|(_, e)| {
            e.topic == Topic::Contacts && matches!(e.kind, ReplyKind::Answer | ReplyKind::FollowUp)
        })
        .map(|(i, e)| (format!("answer:{i}"), e.reply.clone()));
    for (key, said) in nuggets.chain(answers) {
        // Every name: "talk to Dr. Tomás Ferreira... or Keisha Brown" gives two people, the
        // second keyed `answer:N.1`, each noted with the part of the reply about them.
        let names = names_said(&said);
        for (n, name) in names.iter().enumerate() {
            if out.iter().any(|o| &o.name == name) {
                continue;
            }
            let key = if n == 0 {
                key.clone()
            } else {
                key.clone() + "." + &n.to_string()
            };
            let said = if names.len() > 1 {
                part_about(&said, name, &names)
            } else {
                said.clone()
            };
            out.push(PracticeName {
                key,
                name: name.clone(),
                said,
            });
        }
    }
    out
}
