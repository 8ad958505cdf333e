//! A session written by hand (`crate::json::Writer`), in the order and form serde's derived
//! writer used (`core/tests/store_props.rs` compares the two on random sessions), so that
//! no serde writer is in what a practice loads (NOTES.md §1).

use super::read::{CLOCKS, CLOCK_MODES, EXCHANGE, INTERVIEW, KINDS, KIND_ALL, MEMORY, PLAN};
use super::read::{STATUSES, STATUS_ALL};
use super::{Exchange, Interview};
use crate::conversation::Memory;
use crate::json::Writer;
use crate::timing::TimingPlan;
use crate::topic::{Topic, TopicCounts};

pub(super) fn interview(w: &mut Writer, s: &Interview) {
    let key = |w: &mut Writer, i| w.key(INTERVIEW, i);
    w.begin();
    key(w, 0);
    w.string(&s.id);
    key(w, 1);
    w.string(&s.persona_id);
    key(w, 2);
    timing_plan(w, &s.plan);
    key(w, 3);
    w.name_in(CLOCKS, &CLOCK_MODES, &s.clock);
    key(w, 4);
    w.f64(s.started_at_ms);
    key(w, 5);
    w.string(&s.greeting);
    key(w, 6);
    w.list(&s.exchanges, exchange);
    key(w, 7);
    w.f64(s.elapsed_s);
    key(w, 8);
    w.name_in(STATUSES, &STATUS_ALL, &s.status);
    key(w, 9);
    memory(w, &s.memory);
    key(w, 10);
    w.f64(s.paused_total_s);
    key(w, 11);
    w.option(s.paused_at_s.as_ref(), |w, &x| w.f64(x));
    if let Some(plan) = &s.question_plan {
        key(w, 12);
        w.string(plan);
    }
    w.end();
}

fn timing_plan(w: &mut Writer, plan: &TimingPlan) {
    w.begin();
    w.key(PLAN, 0);
    w.u64(plan.minutes.into());
    w.key(PLAN, 1);
    w.list(&plan.seconds, |w, &s| w.u64(s.into()));
    w.end();
}

fn topic(w: &mut Writer, t: &Topic) {
    w.string(t.id());
}

fn exchange(w: &mut Writer, e: &Exchange) {
    let key = |w: &mut Writer, i| w.key(EXCHANGE, i);
    w.begin();
    key(w, 0);
    w.string(&e.question);
    key(w, 1);
    w.string(&e.reply);
    key(w, 2);
    topic(w, &e.topic);
    key(w, 3);
    w.name_in(KINDS, &KIND_ALL, &e.kind);
    key(w, 4);
    w.string(e.segment.id());
    key(w, 5);
    w.f64(e.start_s);
    key(w, 6);
    w.f64(e.end_s);
    key(w, 7);
    w.strings(&e.nuggets);
    key(w, 8);
    w.list(&e.flags, |w, f| w.string(f.id()));
    if !e.job_words.is_empty() {
        key(w, 9);
        w.strings(&e.job_words);
    }
    if !e.also.is_empty() {
        key(w, 10);
        w.list(&e.also, topic);
    }
    w.end();
}

fn memory(w: &mut Writer, m: &Memory) {
    let key = |w: &mut Writer, i| w.key(MEMORY, i);
    w.begin();
    key(w, 0);
    counts(w, &m.answers_given);
    key(w, 1);
    counts(w, &m.follow_ups_given);
    key(w, 2);
    w.option(m.last_topic.as_ref(), topic);
    key(w, 3);
    w.option(m.pending.as_ref(), |w, (a, b)| w.list(&[*a, *b], topic));
    key(w, 4);
    w.u64(m.misses.into());
    key(w, 5);
    w.strings(&m.revealed);
    key(w, 6);
    w.i64(m.trust.into());
    key(w, 7);
    w.bool(m.time_checked);
    key(w, 8);
    w.bool(m.wrapped_up);
    key(w, 9);
    w.u64(m.line_turn.into());
    key(w, 10);
    w.u64(m.answers_since_tangent.into());
    if !m.variants_given.is_empty() {
        key(w, 11);
        counts(w, &m.variants_given);
    }
    if !m.follow_ups_picked.is_empty() {
        key(w, 12);
        counts(w, &m.follow_ups_picked);
    }
    if m.tangents_told > 0 {
        key(w, 13);
        w.u64(m.tangents_told.into());
    }
    w.end();
}

/// `{ "topic id": n, ... }`, in the map's order.
fn counts(w: &mut Writer, map: &TopicCounts) {
    w.begin();
    for (t, n) in map.iter() {
        w.key_text(t.id());
        w.u64((*n).into());
    }
    w.end();
}
