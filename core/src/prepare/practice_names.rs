//! The people a persona named in a practice, for "Add to my people" in its review.

use super::words::name_in;
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
/// then the first name in each answer about other people to talk to, each name once.
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
        let Some(name) = name_in(&said) else { continue };
        if !out.iter().any(|n| n.name == name) {
            out.push(PracticeName { key, name, said });
        }
    }
    out
}
