//! A stored session read by hand (`crate::json`), not by serde's derived readers: every
//! practice and review reads one, and serde's readers for the session and its parts were
//! the largest piece of stored-type code a practice loads (NOTES.md §1). Writing is in
//! `write.rs`. `core/tests/store_props.rs` round-trips random sessions through this
//! reader, and `store_newer_build.rs` checks unknown names are set aside as before.

use super::{ClockMode, Exchange, Interview, Status};
use crate::conversation::{Memory, ReplyKind};
use crate::flags::Flag;
use crate::json::{Reader, Result, Writer};
use crate::store::{by_hand, EncodeError, Envelope, Failure, Stored};
use crate::timing::TimingPlan;
use crate::topic::{Segment, Topic, TopicCounts};

impl Stored for Interview {
    fn parse_envelope(text: &str) -> std::result::Result<Envelope<Self>, Failure> {
        by_hand(text, interview)
    }

    fn write(&self, w: &mut Writer) -> std::result::Result<(), EncodeError> {
        super::write::interview(w, self);
        Ok(())
    }
}

/// Names by index; those from `memory` on may be left out.
pub(super) const INTERVIEW: &str = "id persona_id plan clock started_at_ms greeting exchanges elapsed_s status memory paused_total_s paused_at_s question_plan";

fn interview(r: &mut Reader) -> Result<Interview> {
    let mut s = Interview {
        id: String::new(),
        persona_id: String::new(),
        plan: TimingPlan {
            minutes: 0,
            seconds: [0; 6],
        },
        clock: ClockMode::Real,
        started_at_ms: 0.0,
        greeting: String::new(),
        exchanges: Vec::new(),
        elapsed_s: 0.0,
        status: Status::Active,
        memory: Memory::default(),
        paused_total_s: 0.0,
        paused_at_s: None,
        question_plan: None,
    };
    let seen = r.fields(INTERVIEW, &mut |r, i| {
        match i {
            0 => s.id = r.string()?,
            1 => s.persona_id = r.string()?,
            2 => s.plan = timing_plan(r)?,
            3 => s.clock = clock(r)?,
            4 => s.started_at_ms = r.f64()?,
            5 => s.greeting = r.string()?,
            6 => s.exchanges = r.list(exchange)?,
            7 => s.elapsed_s = r.f64()?,
            8 => s.status = status(r)?,
            9 => s.memory = memory(r)?,
            10 => s.paused_total_s = r.f64()?,
            11 => s.paused_at_s = if r.null() { None } else { Some(r.f64()?) },
            _ => s.question_plan = if r.null() { None } else { Some(r.string()?) },
        }
        Ok(())
    })?;
    r.require(INTERVIEW, seen, (1 << 9) - 1)?;
    Ok(s)
}

/// A clock mode as stored.
pub(crate) fn clock(r: &mut Reader) -> Result<ClockMode> {
    r.name_in(CLOCKS, &CLOCK_MODES)
}

/// Stored names of the clock modes, statuses and reply kinds, in the order of the lists
/// after them (shared with `write.rs`).
pub(crate) const CLOCKS: &str = "real simulated";
pub(crate) const CLOCK_MODES: [ClockMode; 2] = [ClockMode::Real, ClockMode::Simulated];
pub(crate) const STATUSES: &str = "active ended ended_by_persona";
pub(crate) const STATUS_ALL: [Status; 3] = [Status::Active, Status::Ended, Status::EndedByPersona];
pub(super) const KINDS: &str = "answer follow_up clarify rephrase deflect";
pub(super) const KIND_ALL: [ReplyKind; 5] = [
    ReplyKind::Answer,
    ReplyKind::FollowUp,
    ReplyKind::Clarify,
    ReplyKind::Rephrase,
    ReplyKind::Deflect,
];

pub(crate) fn status(r: &mut Reader) -> Result<Status> {
    r.name_in(STATUSES, &STATUS_ALL)
}

pub(super) const PLAN: &str = "minutes seconds";

fn timing_plan(r: &mut Reader) -> Result<TimingPlan> {
    let mut plan = TimingPlan {
        minutes: 0,
        seconds: [0; 6],
    };
    let seen = r.fields(PLAN, &mut |r, i| {
        match i {
            0 => plan.minutes = r.u32()?,
            _ => {
                let all = r.list(Reader::u32)?;
                plan.seconds = all.try_into().map_err(|all: Vec<u32>| {
                    r.error(format!(
                        "invalid length {}, expected an array of length 6",
                        all.len()
                    ))
                })?;
            }
        }
        Ok(())
    })?;
    r.require(PLAN, seen, 0b11)?;
    Ok(plan)
}

/// Names by index; those from `nuggets` on may be left out.
pub(super) const EXCHANGE: &str =
    "question reply topic kind segment start_s end_s nuggets flags job_words also";

fn exchange(r: &mut Reader) -> Result<Exchange> {
    let mut e = Exchange {
        question: String::new(),
        reply: String::new(),
        topic: Topic::all().next().expect("topics"),
        kind: ReplyKind::Answer,
        segment: Segment::Opening,
        start_s: 0.0,
        end_s: 0.0,
        nuggets: Vec::new(),
        flags: Vec::new(),
        job_words: Vec::new(),
        also: Vec::new(),
    };
    let seen = r.fields(EXCHANGE, &mut |r, i| {
        match i {
            0 => e.question = r.string()?,
            1 => e.reply = r.string()?,
            2 => e.topic = Topic::read(r)?,
            3 => e.kind = r.name_in(KINDS, &KIND_ALL)?,
            4 => e.segment = r.name_of(&Segment::ALL, Segment::id)?,
            5 => e.start_s = r.f64()?,
            6 => e.end_s = r.f64()?,
            7 => e.nuggets = r.strings()?,
            8 => e.flags = r.list(|r| r.name_of(&Flag::ALL, Flag::id))?,
            9 => e.job_words = r.strings()?,
            // One topic id before schema 9, a list since.
            _ if r.null() => {}
            _ if r.at_array() => e.also = r.list(Topic::read)?,
            _ => e.also = vec![Topic::read(r)?],
        }
        Ok(())
    })?;
    r.require(EXCHANGE, seen, (1 << 7) - 1)?;
    Ok(e)
}

pub(super) const MEMORY: &str = "answers_given follow_ups_given last_topic pending misses revealed trust time_checked wrapped_up line_turn answers_since_tangent variants_given follow_ups_picked tangents_told";

fn memory(r: &mut Reader) -> Result<Memory> {
    let mut m = Memory::default();
    r.fields(MEMORY, &mut |r, i| {
        match i {
            0 => m.answers_given = counts(r)?,
            1 => m.follow_ups_given = counts(r)?,
            2 => {
                m.last_topic = if r.null() {
                    None
                } else {
                    Some(Topic::read(r)?)
                }
            }
            3 => m.pending = if r.null() { None } else { Some(pair(r)?) },
            4 => m.misses = r.u32()?,
            5 => m.revealed = r.strings()?,
            6 => m.trust = r.i32()?,
            7 => m.time_checked = r.bool()?,
            8 => m.wrapped_up = r.bool()?,
            9 => m.line_turn = r.u32()?,
            10 => m.answers_since_tangent = r.u32()?,
            11 => m.variants_given = counts(r)?,
            12 => m.follow_ups_picked = counts(r)?,
            _ => m.tangents_told = r.u32()?,
        }
        Ok(())
    })?;
    // Every field has a default.
    Ok(m)
}

/// `{ "topic id": n, ... }`.
fn counts(r: &mut Reader) -> Result<TopicCounts> {
    let mut map = TopicCounts::default();
    r.object(&mut |r, key| {
        let topic = Topic::parse(key).ok_or_else(|| Topic::unknown(r, key, true))?;
        map.insert(topic, r.u32()?);
        Ok(())
    })?;
    Ok(map)
}

/// The two topics of a clarifying question, as `[a, b]`.
fn pair(r: &mut Reader) -> Result<(Topic, Topic)> {
    let both = r.list(Topic::read)?;
    match both[..] {
        [a, b] => Ok((a, b)),
        _ => Err(r.error(format!(
            "invalid length {}, expected a tuple of size 2",
            both.len()
        ))),
    }
}
