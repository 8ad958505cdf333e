//! The people, question plans and conversation logs written by hand (`crate::json::Writer`),
//! in the order and form serde's derived writers used (`core/tests/prepare_store.rs`
//! compares the two), so no serde writer ships for them (NOTES.md §1).

use super::read::{BY_PERSON, BY_PRACTICE, CIRCLES, DETAILS, EMAIL, FOR_WHOM, LOG, ME, NOTES};
use super::read::{PEOPLE, PERSON, PLAN, REACHED, REFERRALS, STAGES};
use super::{Circle, ConversationLog, EmailDraft, Logs, People, Person, PlanFor, Plans, Stage};
use super::{PersonDetails, QuestionPlan, ReferredBy, StageReached};
use crate::json::Writer;
use crate::store::EncodeError;

/// `{"name": [items]}`: the one-field records (plans, logs).
fn wrapped<T>(w: &mut Writer, name: &str, items: &[T], write: fn(&mut Writer, &T)) {
    w.begin();
    w.key_text(name);
    w.list(items, write);
    w.end();
}

pub(super) fn plans(w: &mut Writer, all: &Plans) -> Result<(), EncodeError> {
    wrapped(w, "plans", &all.plans, question_plan);
    Ok(())
}

pub(super) fn logs(w: &mut Writer, all: &Logs) -> Result<(), EncodeError> {
    wrapped(w, "logs", &all.logs, conversation_log);
    Ok(())
}

/// Text fields, in order, under the first `values.len()` of `names`.
fn texts(w: &mut Writer, names: &str, values: &[&str]) {
    w.begin();
    for (i, v) in values.iter().enumerate() {
        w.key(names, i);
        w.string(v);
    }
    w.end();
}

fn question_plan(w: &mut Writer, plan: &QuestionPlan) {
    w.begin();
    w.key(PLAN, 0);
    w.string(&plan.id);
    w.key(PLAN, 1);
    let (kind, id) = match &plan.for_whom {
        PlanFor::Person(id) => (0, id),
        PlanFor::Persona(id) => (1, id),
    };
    w.begin();
    w.key(FOR_WHOM, kind);
    w.string(id);
    w.end();
    w.key(PLAN, 2);
    w.u64(plan.minutes.into());
    w.key(PLAN, 3);
    w.string(&plan.introduction);
    w.key(PLAN, 4);
    w.strings(&plan.questions);
    w.end();
}

fn conversation_log(w: &mut Writer, log: &ConversationLog) {
    w.begin();
    w.key(LOG, 0);
    w.string(&log.id);
    w.key(LOG, 1);
    w.string(&log.person_id);
    w.key(LOG, 2);
    w.f64(log.at_ms);
    w.key(LOG, 3);
    w.u64(log.minutes.into());
    w.key(LOG, 4);
    let n = &log.notes;
    let notes = [&n.work, &n.path, &n.future, &n.contacts, &n.organizations];
    texts(w, NOTES, &notes.map(String::as_str));
    w.key(LOG, 5);
    w.option(log.thank_you.as_ref(), email);
    w.end();
}

fn email(w: &mut Writer, draft: &EmailDraft) {
    texts(w, EMAIL, &[&draft.subject, &draft.body]);
}

pub(super) fn people(w: &mut Writer, all: &People) -> Result<(), EncodeError> {
    w.begin();
    w.key(PEOPLE, 0);
    let me = &all.me;
    texts(w, ME, &[&me.name, &me.summary, &me.exploring]);
    w.key(PEOPLE, 1);
    w.list(&all.people, person);
    w.end();
    Ok(())
}

fn time(w: &mut Writer, at_ms: &f64) {
    w.f64(*at_ms);
}

/// In the order of `Person`'s fields, which is not the order of `PERSON`'s names.
fn person(w: &mut Writer, p: &Person) {
    let key = |w: &mut Writer, i| w.key(PERSON, i);
    w.begin();
    key(w, 0);
    w.string(&p.id);
    key(w, 1);
    details(w, &p.details);
    key(w, 4);
    w.option(p.referred_by.as_ref(), referred_by);
    key(w, 2);
    w.f64(p.added_at_ms);
    key(w, 3);
    w.list(&p.stages, stage_reached);
    key(w, 5);
    w.option(p.outreach.as_ref(), email);
    key(w, 6);
    w.option(p.followed_up_at_ms.as_ref(), time);
    key(w, 7);
    w.option(p.told_referrer_at_ms.as_ref(), time);
    if let Some(at) = &p.talk_at_ms {
        key(w, 8);
        time(w, at);
    }
    w.end();
}

/// In the order of `PersonDetails`' fields: `circle` comes before `notes`.
fn details(w: &mut Writer, d: &PersonDetails) {
    w.begin();
    for (i, value) in d.lines().into_iter().enumerate() {
        w.key(DETAILS, i);
        w.string(value);
    }
    w.key(DETAILS, 7);
    w.name_in(CIRCLES, &Circle::ALL, &d.circle);
    w.key(DETAILS, 6);
    w.string(&d.notes);
    w.end();
}

fn stage_reached(w: &mut Writer, s: &StageReached) {
    w.begin();
    w.key(REACHED, 0);
    w.name_in(STAGES, &Stage::ALL, &s.stage);
    w.key(REACHED, 1);
    w.f64(s.at_ms);
    w.end();
}

fn referred_by(w: &mut Writer, by: &ReferredBy) {
    w.begin();
    match by {
        ReferredBy::Person { person_id } => {
            w.key(REFERRALS, 0);
            texts(w, BY_PERSON, &[person_id]);
        }
        ReferredBy::Practice {
            session_id,
            nugget_id,
            persona_name,
        } => {
            w.key(REFERRALS, 1);
            texts(w, BY_PRACTICE, &[session_id, nugget_id, persona_name]);
        }
    }
    w.end();
}
