//! What Askwell keeps in the browser, and how it is encoded: every value is a versioned
//! envelope `{ "version": N, "data": ... }`. Decoding never guesses: a value it cannot read
//! is reported, so the app can keep the raw text aside instead of overwriting it.

use crate::interview::{ClockMode, Interview, Status};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

/// The schema version this build writes.
pub const SCHEMA_VERSION: u32 = 1;

/// Key prefix shared by everything Askwell stores.
pub const PREFIX: &str = "askwell.";
/// The list of saved sessions.
pub const INDEX_KEY: &str = "askwell.index";

/// The key under which a session is saved.
pub fn session_key(id: &str) -> String {
    format!("{PREFIX}session.{id}")
}

/// Where an unreadable value is moved, with the time it was found.
pub fn backup_key(key: &str, at_ms: f64) -> String {
    format!("{PREFIX}backup.{}.{key}", at_ms as u64)
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Envelope<T> {
    pub version: u32,
    pub data: T,
}

/// Why a stored value could not be used.
#[derive(Debug, Clone, PartialEq)]
pub enum DecodeError {
    /// Not JSON, or not the shape expected.
    Corrupt(String),
    /// Written by a newer Askwell; never overwrite it.
    Newer(u32),
}

impl std::fmt::Display for DecodeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            DecodeError::Corrupt(why) => write!(f, "the saved data is damaged ({why})"),
            DecodeError::Newer(v) => write!(
                f,
                "this data was saved by a newer Askwell (schema {v}); update this tab"
            ),
        }
    }
}

pub fn encode<T: Serialize>(data: &T) -> String {
    // Serializing plain data structs cannot fail.
    serde_json::to_string(&Envelope {
        version: SCHEMA_VERSION,
        data,
    })
    .unwrap_or_default()
}

pub fn decode<T: DeserializeOwned>(raw: &str) -> Result<T, DecodeError> {
    #[derive(Deserialize)]
    struct VersionOnly {
        version: u32,
    }
    let head: VersionOnly =
        serde_json::from_str(raw).map_err(|e| DecodeError::Corrupt(e.to_string()))?;
    if head.version > SCHEMA_VERSION {
        return Err(DecodeError::Newer(head.version));
    }
    let env: Envelope<T> =
        serde_json::from_str(raw).map_err(|e| DecodeError::Corrupt(e.to_string()))?;
    Ok(env.data)
}

/// A line in the history list, kept in the index so the home page need not load every
/// session.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SessionSummary {
    pub id: String,
    pub persona_id: String,
    pub persona_name: String,
    pub started_at_ms: f64,
    pub planned_minutes: u32,
    pub actual_s: f64,
    pub questions: u32,
    pub clock: ClockMode,
    pub status: Status,
}

impl SessionSummary {
    pub fn of(interview: &Interview, persona_name: &str) -> SessionSummary {
        SessionSummary {
            id: interview.id.clone(),
            persona_id: interview.persona_id.clone(),
            persona_name: persona_name.to_string(),
            started_at_ms: interview.started_at_ms,
            planned_minutes: interview.plan.minutes,
            actual_s: interview.elapsed_s,
            questions: interview.exchanges.len() as u32,
            clock: interview.clock,
            status: interview.status,
        }
    }
}

/// All saved sessions, newest first.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct SessionIndex {
    pub sessions: Vec<SessionSummary>,
}

impl SessionIndex {
    /// Adds or replaces a summary, keeping newest first.
    pub fn upsert(&mut self, summary: SessionSummary) {
        self.sessions.retain(|s| s.id != summary.id);
        self.sessions.push(summary);
        self.sessions
            .sort_by(|a, b| b.started_at_ms.total_cmp(&a.started_at_ms));
    }

    pub fn remove(&mut self, id: &str) {
        self.sessions.retain(|s| s.id != id);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn envelope_round_trips() {
        let mut index = SessionIndex::default();
        index.upsert(SessionSummary {
            id: "a".into(),
            persona_id: "p".into(),
            persona_name: "P".into(),
            started_at_ms: 1.0,
            planned_minutes: 30,
            actual_s: 12.5,
            questions: 3,
            clock: ClockMode::Simulated,
            status: Status::Ended,
        });
        let raw = encode(&index);
        assert!(raw.starts_with("{\"version\":1,\"data\":"));
        assert_eq!(decode::<SessionIndex>(&raw), Ok(index));
    }

    #[test]
    fn corrupt_and_newer_values_are_reported() {
        assert!(matches!(
            decode::<SessionIndex>("{not json"),
            Err(DecodeError::Corrupt(_))
        ));
        assert!(matches!(
            decode::<SessionIndex>(r#"{"version":1,"data":{"sessions":7}}"#),
            Err(DecodeError::Corrupt(_))
        ));
        assert_eq!(
            decode::<SessionIndex>(r#"{"version":9,"data":{}}"#),
            Err(DecodeError::Newer(9))
        );
    }

    #[test]
    fn index_keeps_newest_first_and_replaces_by_id() {
        let s = |id: &str, at: f64| SessionSummary {
            id: id.into(),
            persona_id: "p".into(),
            persona_name: "P".into(),
            started_at_ms: at,
            planned_minutes: 20,
            actual_s: 0.0,
            questions: 0,
            clock: ClockMode::Real,
            status: Status::Active,
        };
        let mut index = SessionIndex::default();
        index.upsert(s("old", 1.0));
        index.upsert(s("new", 2.0));
        index.upsert(s("old", 1.0));
        let ids: Vec<_> = index.sessions.iter().map(|s| s.id.as_str()).collect();
        assert_eq!(ids, ["new", "old"]);
    }
}
