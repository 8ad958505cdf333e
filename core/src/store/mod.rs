//! What Askwell keeps in the browser, and how it is encoded: every value is a versioned
//! envelope `{ "version": 3, "revision": N, "data": ... }`. Decoding never guesses: older
//! versions are migrated by pure functions (`migrate`), newer ones are reported as `Newer`
//! and must never be written over, and anything unreadable is reported so the app can keep
//! the raw text aside. `revision` counts the writes of a record: `may_overwrite` lets a tab
//! refuse to clobber a copy another tab saved after it loaded its own.
//!
//! Frozen examples of every past version live in `core/tests/fixtures/v<N>/`.

mod export;
mod import;
mod migrate;
mod plan;
mod schema;

pub use export::{
    checksum, export, export_all, ExportContents, KeptValue, KeptWhy, FORMAT, FORMAT_VERSION,
    MAX_DEPTH, MAX_FILE_BYTES, MAX_SESSIONS, MAX_STRING_CHARS, PIECE_CHARS,
};
pub use import::{parse_import, ImportError, ImportFile};
pub use migrate::{migrate_v1_to_v2, migrate_v2_to_v3, upgrade, version_of, Migration, MIGRATIONS};
pub use plan::{
    compare, decode_backup, decode_kept, place_restored, plan_import, restored_id, BothSides,
    ImportPlan, Newer, Placement, Restore, Saved,
};
pub use schema::{
    backup_key, is_safe_id, parse_backup_key, session_key, validate_session, Envelope,
    SessionIndex, SessionSummary, INDEX_KEY, MAX_EXCHANGES, MAX_ID_LEN, PREFIX, SCHEMA_VERSION,
};

use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::Value;

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

/// A decoded record: its data (migrated to this version), its write counter, and the
/// version it was stored as (older than `SCHEMA_VERSION` means it was migrated on read).
#[derive(Debug, Clone, PartialEq)]
pub struct Record<T> {
    pub data: T,
    pub revision: u64,
    pub stored_version: u32,
}

/// Encodes at revision 0. Prefer `encode_with_revision` (or `encode_next`) for records that
/// more than one tab may write.
pub fn encode<T: Serialize>(data: &T) -> String {
    encode_with_revision(data, 0)
}

/// Encodes `data` as the current schema version at the given revision.
pub fn encode_with_revision<T: Serialize>(data: &T, revision: u64) -> String {
    // Serializing plain data structs cannot fail.
    serde_json::to_string(&Envelope {
        version: SCHEMA_VERSION,
        revision,
        data,
    })
    .unwrap_or_default()
}

pub fn decode<T: DeserializeOwned>(raw: &str) -> Result<T, DecodeError> {
    decode_record(raw).map(|r| r.data)
}

/// Decodes a stored value of any known version, migrating it, and returns its revision.
pub fn decode_record<T: DeserializeOwned>(raw: &str) -> Result<Record<T>, DecodeError> {
    let value: Value = serde_json::from_str(raw).map_err(corrupt)?;
    let stored_version = version_of(&value)?;
    let env: Envelope<T> = serde_json::from_value(upgrade(value)?).map_err(corrupt)?;
    Ok(Record {
        data: env.data,
        revision: env.revision,
        stored_version,
    })
}

fn corrupt(e: serde_json::Error) -> DecodeError {
    DecodeError::Corrupt(e.to_string())
}

/// The revision of a stored value, read from its envelope alone (the data is not checked).
pub fn stored_revision(raw: &str) -> Result<u64, DecodeError> {
    let value: Value = serde_json::from_str(raw).map_err(corrupt)?;
    upgrade(value)?
        .get("revision")
        .and_then(Value::as_u64)
        .ok_or_else(|| DecodeError::Corrupt("no revision".into()))
}

/// Whether a tab that loaded a record at `my_revision` may write over what is stored now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WriteCheck {
    /// Nothing stored, or the stored copy is not newer than ours: write `my_revision + 1`.
    Ok,
    /// Another tab saved a later copy; reload it (or merge) instead of writing.
    StaleCopy { stored_revision: u64 },
    /// The stored value cannot be read: copy it aside before writing.
    Unreadable,
    /// A newer Askwell wrote it: never write over it.
    Newer(u32),
}

/// Checks the stored raw text of a record (None when the key is empty) before a write.
pub fn may_overwrite(stored_raw: Option<&str>, my_revision: u64) -> WriteCheck {
    let Some(raw) = stored_raw else {
        return WriteCheck::Ok;
    };
    match stored_revision(raw) {
        Ok(r) if r > my_revision => WriteCheck::StaleCopy { stored_revision: r },
        Ok(_) => WriteCheck::Ok,
        Err(DecodeError::Newer(v)) => WriteCheck::Newer(v),
        Err(DecodeError::Corrupt(_)) => WriteCheck::Unreadable,
    }
}

/// `may_overwrite`, then the encoded text at the next revision and that revision number.
pub fn encode_next<T: Serialize>(
    stored_raw: Option<&str>,
    data: &T,
    my_revision: u64,
) -> Result<(String, u64), WriteCheck> {
    match may_overwrite(stored_raw, my_revision) {
        WriteCheck::Ok => {
            let next = my_revision.saturating_add(1);
            Ok((encode_with_revision(data, next), next))
        }
        refused => Err(refused),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::interview::{ClockMode, Status};

    fn summary(id: &str, at: f64) -> SessionSummary {
        SessionSummary {
            id: id.into(),
            persona_id: "p".into(),
            persona_name: "P".into(),
            started_at_ms: at,
            planned_minutes: 20,
            actual_s: 12.5,
            questions: 3,
            clock: ClockMode::Simulated,
            status: Status::Ended,
        }
    }

    #[test]
    fn envelope_round_trips_with_its_revision() {
        let mut index = SessionIndex::default();
        index.upsert(summary("a", 1.0));
        let raw = encode(&index);
        assert!(raw.starts_with("{\"version\":3,\"revision\":0,\"data\":"));
        assert_eq!(decode::<SessionIndex>(&raw), Ok(index.clone()));
        let raw = encode_with_revision(&index, 7);
        let rec = decode_record::<SessionIndex>(&raw).unwrap();
        assert_eq!((rec.data, rec.revision, rec.stored_version), (index, 7, 3));
    }

    #[test]
    fn version_1_is_migrated_to_revision_0() {
        let raw = r#"{"version":1,"data":{"sessions":[]}}"#;
        let rec = decode_record::<SessionIndex>(raw).unwrap();
        assert_eq!((rec.revision, rec.stored_version), (0, 1));
        assert_eq!(stored_revision(raw), Ok(0));
        let migrated = migrate_v1_to_v2(serde_json::from_str(raw).unwrap()).unwrap();
        assert_eq!(
            migrated,
            serde_json::json!({"version": 2, "revision": 0, "data": {"sessions": []}})
        );
        assert!(migrate_v1_to_v2(serde_json::json!({"version": 2, "data": 1})).is_err());
        assert!(migrate_v1_to_v2(serde_json::json!({"version": 1})).is_err());
        assert!(migrate_v1_to_v2(serde_json::json!([1])).is_err());
    }

    #[test]
    fn corrupt_and_newer_values_are_reported() {
        let corrupt =
            |raw: &str| matches!(decode::<SessionIndex>(raw), Err(DecodeError::Corrupt(_)));
        assert!(corrupt("{not json"));
        assert!(corrupt(r#"{"version":1,"data":{"sessions":7}}"#));
        assert!(corrupt(r#"{"version":2,"data":{"sessions":[]}}"#)); // no revision
        assert!(corrupt(r#"{"version":0,"data":{"sessions":[]}}"#));
        assert!(corrupt(r#"{"data":{"sessions":[]}}"#));
        assert!(corrupt(r#"[1,2]"#));
        assert_eq!(
            decode::<SessionIndex>(r#"{"version":9,"data":{}}"#),
            Err(DecodeError::Newer(9))
        );
        assert_eq!(
            decode::<SessionIndex>(r#"{"version":99999999999,"data":{}}"#),
            Err(DecodeError::Newer(u32::MAX))
        );
    }

    #[test]
    fn stale_tabs_may_not_overwrite() {
        let index = SessionIndex::default();
        let at5 = encode_with_revision(&index, 5);
        assert_eq!(may_overwrite(None, 0), WriteCheck::Ok);
        assert_eq!(may_overwrite(Some(&at5), 5), WriteCheck::Ok);
        assert_eq!(may_overwrite(Some(&at5), 6), WriteCheck::Ok);
        assert_eq!(
            may_overwrite(Some(&at5), 4),
            WriteCheck::StaleCopy { stored_revision: 5 }
        );
        assert_eq!(may_overwrite(Some("{oops"), 4), WriteCheck::Unreadable);
        assert_eq!(
            may_overwrite(Some(r#"{"version":4,"revision":0,"data":1}"#), 99),
            WriteCheck::Newer(4)
        );
        assert_eq!(
            may_overwrite(Some(r#"{"version":1,"data":{}}"#), 0),
            WriteCheck::Ok
        );
        let (raw, next) = encode_next(Some(&at5), &index, 5).unwrap();
        assert_eq!(next, 6);
        assert_eq!(decode_record::<SessionIndex>(&raw).unwrap().revision, 6);
        assert_eq!(
            encode_next(Some(&raw), &index, 5),
            Err(WriteCheck::StaleCopy { stored_revision: 6 })
        );
    }

    #[test]
    fn index_keeps_newest_first_and_replaces_by_id() {
        let mut index = SessionIndex::default();
        index.upsert(summary("old", 1.0));
        index.upsert(summary("new", 2.0));
        index.upsert(summary("old", 1.0));
        let ids: Vec<_> = index.sessions.iter().map(|s| s.id.as_str()).collect();
        assert_eq!(ids, ["new", "old"]);
        index.remove("new");
        assert_eq!(index.sessions.len(), 1);
    }

    #[test]
    fn ids_are_checked() {
        assert!(is_safe_id("s1714000000000"));
        assert!(is_safe_id("maya-okafor_2"));
        for bad in ["", "../x", "a b", "é", "a.b", &"x".repeat(65)] {
            assert!(!is_safe_id(bad), "{bad}");
        }
    }
}
