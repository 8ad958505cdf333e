//! What is due next, derived from the list and the logs (never stored): people to contact,
//! thank-you notes (48 hours after a conversation), the later note on how their advice
//! helped (three weeks on), and telling a referrer their contact was reached.

use super::log::Logs;
use super::people::{People, Person, ReferredBy, Stage};
use super::{DAY_MS, HOUR_MS};
use serde::Serialize;

/// A thank-you goes out within 48 hours of the conversation.
pub const THANK_YOU_WITHIN_MS: f64 = 48.0 * HOUR_MS;
/// "A few weeks" later: how their advice helped.
pub const FOLLOW_UP_AFTER_MS: f64 = 21.0 * DAY_MS;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DueKind {
    Contact,
    /// The arranged conversation (`Person::talk_at_ms`); once its time has passed, logging it.
    Talk,
    ThankYou,
    FollowUp,
    TellReferrer,
}

/// One thing to do, with when it is due.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DueAction {
    /// Stable for the same action ("thank-you.p-1"), used as the calendar UID.
    pub key: String,
    pub kind: DueKind,
    /// The person whose page the action is done on (for telling a referrer: the referrer).
    pub person_id: String,
    pub due_at_ms: f64,
    /// Due at or before `now`.
    pub due_now: bool,
    pub title: String,
    pub detail: String,
}

/// When the user last talked with `p`: the latest logged conversation, else the day the
/// person was marked as talked to.
fn talked_at(p: &Person, logs: &Logs) -> Option<f64> {
    logs.latest_for(&p.id)
        .map(|l| l.at_ms)
        .or_else(|| p.reached_at(Stage::Talked))
}

/// Everything pending, oldest due first (ties by title, so the order is stable).
pub fn due_actions(people: &People, logs: &Logs, now_ms: f64) -> Vec<DueAction> {
    let mut out = Vec::new();
    let mut push = |kind: DueKind, p: &Person, due_at_ms: f64, title: String, detail: &str| {
        let prefix = match kind {
            DueKind::Contact => "contact",
            DueKind::Talk => "talk",
            DueKind::ThankYou => "thank-you",
            DueKind::FollowUp => "follow-up",
            DueKind::TellReferrer => "tell-referrer",
        };
        out.push(DueAction {
            key: format!("{prefix}.{}", p.id),
            kind,
            person_id: p.id.clone(),
            due_at_ms,
            due_now: due_at_ms <= now_ms,
            title,
            detail: detail.to_string(),
        });
    };
    // A name a persona gave in a practice is made up: rehearse with it, but never be told to
    // write to it.
    let real = people.people.iter().filter(|p| !p.is_made_up());
    for p in real {
        let name = p.name();
        let stage = p.stage();
        if stage == Stage::ToContact {
            push(
                DueKind::Contact,
                p,
                p.added_at_ms,
                format!("Write to {name}"),
                "A short email: who you are, how you found them, that you are exploring and not job hunting, and a request for 15-30 minutes.",
            );
        }
        if let (Stage::Scheduled, Some(at)) = (stage, p.talk_at_ms) {
            if at > now_ms {
                push(
                    DueKind::Talk,
                    p,
                    at,
                    format!("Talk with {name}"),
                    "Have your question plan and a short introduction ready, and be on time. Afterwards, note what you learned on their page.",
                );
            } else {
                push(
                    DueKind::Talk,
                    p,
                    at,
                    format!("Log your talk with {name}"),
                    "While you remember it: what you learned, and any names they gave. The thank-you is due within 48 hours.",
                );
            }
        }
        let talked = talked_at(p, logs);
        if let (Some(at), true) = (talked, stage < Stage::Thanked) {
            push(
                DueKind::ThankYou,
                p,
                at + THANK_YOU_WITHIN_MS,
                format!("Send a thank-you to {name}"),
                "Within 48 hours of your conversation: one specific thing that helped, the referral you will contact, and a wish to keep in touch.",
            );
        }
        if stage >= Stage::Thanked && p.followed_up_at_ms.is_none() {
            let from = talked
                .or_else(|| p.reached_at(Stage::Thanked))
                .unwrap_or(p.added_at_ms);
            push(
                DueKind::FollowUp,
                p,
                from + FOLLOW_UP_AFTER_MS,
                format!("Tell {name} how their advice helped"),
                "A few weeks on, a short note: what you did with their advice, and what came of it.",
            );
        }
        if let (Some(ReferredBy::Person { person_id }), None) =
            (&p.referred_by, p.told_referrer_at_ms)
        {
            // A made-up referrer (named in a practice) is not told anything either.
            let referrer = people.get(person_id).filter(|r| !r.is_made_up());
            if let (Some(referrer), Some(asked)) = (referrer, p.reached_at(Stage::Asked)) {
                push(
                    DueKind::TellReferrer,
                    p,
                    asked,
                    format!("Tell {} you reached {name}", referrer.name()),
                    "They pointed you to this person: let them know you followed up, and how it went.",
                );
            }
        }
    }
    // Telling a referrer is done on the referrer's page (its draft and "Mark as done" are
    // there); the key stays the referred person's, so a referrer of two has two actions.
    for action in out.iter_mut() {
        let referred = people.get(&action.person_id).map(|p| &p.referred_by);
        if let (DueKind::TellReferrer, Some(Some(ReferredBy::Person { person_id }))) =
            (action.kind, referred)
        {
            action.person_id = person_id.clone();
        }
    }
    // The shared sort: a `sort_by` here was its own 3.5 KB copy of the standard sort.
    crate::small_sort::sort_stable_by(&mut out, |a, b| {
        a.due_at_ms
            .total_cmp(&b.due_at_ms)
            .then_with(|| a.title.cmp(&b.title))
    });
    out
}
