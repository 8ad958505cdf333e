//! The referral map: who led to whom, as edges for a drawing and as an indented list for
//! reading (screen readers, phones).

use super::people::{People, Person, ReferredBy};

/// Who led to someone, for the map.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Referrer {
    /// A person on the list (by id).
    Person(String),
    /// A persona in a practice session.
    Practice {
        persona_name: String,
        session_id: String,
    },
}

/// One arrow of the referral map: `from` led to the person `to` (an id).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReferralEdge {
    pub from: Referrer,
    pub to: String,
}

/// Every referral as an arrow, in the order the referred people were added. A referrer who
/// was removed from the list leaves no arrow.
pub fn referral_edges(people: &People) -> Vec<ReferralEdge> {
    people
        .people
        .iter()
        .filter_map(|p| {
            let from = match p.referred_by.as_ref()? {
                ReferredBy::Person { person_id } => {
                    people.get(person_id)?;
                    Referrer::Person(person_id.clone())
                }
                ReferredBy::Practice {
                    session_id,
                    persona_name,
                    ..
                } => Referrer::Practice {
                    persona_name: persona_name.clone(),
                    session_id: session_id.clone(),
                },
            };
            Some(ReferralEdge {
                from,
                to: p.id.clone(),
            })
        })
        .collect()
}

/// A line of the map read as a list: the person, how deep in the chain, and who led to them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReferralLine {
    pub person_id: String,
    pub name: String,
    /// 0 for someone nobody on the list led to.
    pub depth: usize,
    /// "Suggested by Sam Lee", "From a practice with Dr. Maya Okafor", or empty.
    pub via: String,
}

/// The map as an indented list: each person nobody on the list led to, followed by the
/// people they led to (and theirs), in the order they were added.
pub fn referral_list(people: &People) -> Vec<ReferralLine> {
    let edges = referral_edges(people);
    let parent = |id: &str| {
        edges
            .iter()
            .find(|e| e.to == id)
            .and_then(|e| match &e.from {
                Referrer::Person(p) => Some(p.clone()),
                Referrer::Practice { .. } => None,
            })
    };
    let mut out = Vec::new();
    let mut seen = std::collections::BTreeSet::new();
    let roots: Vec<&Person> = people
        .people
        .iter()
        .filter(|p| parent(&p.id).is_none())
        .collect();
    // People caught in a loop (possible after edits) have no root: list them last.
    let rest = people.people.iter().filter(|p| parent(&p.id).is_some());
    for start in roots.into_iter().chain(rest) {
        let mut stack = vec![(start, 0usize)];
        while let Some((p, depth)) = stack.pop() {
            if !seen.insert(p.id.clone()) {
                continue;
            }
            let via = match people.referrer_name(p) {
                Some(n) if matches!(p.referred_by, Some(ReferredBy::Practice { .. })) => {
                    format!("From a practice with {n}")
                }
                Some(n) => format!("Suggested by {n}"),
                None => String::new(),
            };
            out.push(ReferralLine {
                person_id: p.id.clone(),
                name: p.name().to_string(),
                depth,
                via,
            });
            for child in people.referred_by(&p.id).into_iter().rev() {
                stack.push((child, depth + 1));
            }
        }
    }
    out
}
