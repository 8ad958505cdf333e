//! The session index and the figures cache read and written by hand (`crate::json`), as the sessions
//! themselves are (`interview/read.rs`): Home and every practice read both.

use super::figures::{Figures, FiguresById, FiguresCache};
use super::schema::{SessionIndex, SessionSummary};
use super::stored::{by_hand, Failure, Stored};
use super::{EncodeError, Envelope};
use crate::interview::read::{clock, status, CLOCKS, CLOCK_MODES, STATUSES, STATUS_ALL};
use crate::interview::{ClockMode, Status};
use crate::json::{Reader, Result, Writer};

impl Stored for SessionIndex {
    fn parse_envelope(text: &str) -> std::result::Result<Envelope<Self>, Failure> {
        by_hand(text, |r| {
            let mut sessions = Vec::new();
            let seen = r.fields("sessions", &mut |r, _| {
                sessions = r.list(summary)?;
                Ok(())
            })?;
            r.require("sessions", seen, 1)?;
            Ok(SessionIndex { sessions })
        })
    }

    fn write(&self, w: &mut Writer) -> std::result::Result<(), EncodeError> {
        w.begin();
        w.key_text("sessions");
        w.list(&self.sessions, write_summary);
        w.end();
        Ok(())
    }
}

const SUMMARY: &str =
    "id persona_id persona_name started_at_ms planned_minutes actual_s questions clock status";

fn write_summary(w: &mut Writer, s: &SessionSummary) {
    let key = |w: &mut Writer, i| w.key(SUMMARY, i);
    w.begin();
    key(w, 0);
    w.string(&s.id);
    key(w, 1);
    w.string(&s.persona_id);
    key(w, 2);
    w.string(&s.persona_name);
    key(w, 3);
    w.f64(s.started_at_ms);
    key(w, 4);
    w.u64(s.planned_minutes.into());
    key(w, 5);
    w.f64(s.actual_s);
    key(w, 6);
    w.u64(s.questions.into());
    key(w, 7);
    w.name_in(CLOCKS, &CLOCK_MODES, &s.clock);
    key(w, 8);
    w.name_in(STATUSES, &STATUS_ALL, &s.status);
    w.end();
}

fn summary(r: &mut Reader) -> Result<SessionSummary> {
    let mut s = SessionSummary {
        id: String::new(),
        persona_id: String::new(),
        persona_name: String::new(),
        started_at_ms: 0.0,
        planned_minutes: 0,
        actual_s: 0.0,
        questions: 0,
        clock: ClockMode::Real,
        status: Status::Active,
    };
    let seen = r.fields(SUMMARY, &mut |r, i| {
        match i {
            0 => s.id = r.string()?,
            1 => s.persona_id = r.string()?,
            2 => s.persona_name = r.string()?,
            3 => s.started_at_ms = r.f64()?,
            4 => s.planned_minutes = r.u32()?,
            5 => s.actual_s = r.f64()?,
            6 => s.questions = r.u32()?,
            7 => s.clock = clock(r)?,
            _ => s.status = status(r)?,
        }
        Ok(())
    })?;
    r.require(SUMMARY, seen, (1 << 9) - 1)?;
    Ok(s)
}

impl Stored for FiguresCache {
    fn parse_envelope(text: &str) -> std::result::Result<Envelope<Self>, Failure> {
        by_hand(text, |r| {
            let mut sessions = FiguresById::default();
            let seen = r.fields("sessions", &mut |r, _| {
                // An object by session id; the last of a repeated id wins, as in a map.
                r.object(&mut |r, id| {
                    sessions.insert(id.to_string(), figures(r)?);
                    Ok(())
                })
            })?;
            r.require("sessions", seen, 1)?;
            Ok(FiguresCache { sessions })
        })
    }

    fn write(&self, w: &mut Writer) -> std::result::Result<(), EncodeError> {
        w.begin();
        w.key_text("sessions");
        w.begin();
        for (id, f) in self.sessions.iter() {
            w.key_text(id);
            write_figures(w, f);
        }
        w.end();
        w.end();
        Ok(())
    }
}

const FIGURES: &str = "score timing_accuracy questions review_version";

fn write_figures(w: &mut Writer, f: &Figures) {
    w.begin();
    w.key(FIGURES, 0);
    w.u64(f.score.into());
    w.key(FIGURES, 1);
    w.f64(f.timing_accuracy);
    w.key(FIGURES, 2);
    w.u64(f.questions.into());
    w.key(FIGURES, 3);
    w.u64(f.review_version.into());
    w.end();
}

fn figures(r: &mut Reader) -> Result<Figures> {
    let mut f = Figures {
        score: 0,
        timing_accuracy: 0.0,
        questions: 0,
        review_version: 0,
    };
    let seen = r.fields(FIGURES, &mut |r, i| {
        match i {
            0 => {
                let score = r.u32()?;
                f.score = u8::try_from(score).map_err(|_| r.error("number too large"))?;
            }
            1 => f.timing_accuracy = r.f64()?,
            2 => f.questions = r.u32()?,
            _ => f.review_version = r.u32()?,
        }
        Ok(())
    })?;
    r.require(FIGURES, seen, 0b1111)?;
    Ok(f)
}
