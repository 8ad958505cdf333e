//! What Askwell keeps in the browser, and how it is encoded: every value is a versioned
//! envelope `{ "version": 4, "revision": N, "data": ... }`. Decoding never guesses: older
//! versions are migrated by pure functions (`migrate`), newer ones are reported as `Newer`
//! and must never be written over, a record of this version that names things this build
//! does not know is `NewerBuild` (also left alone), and anything else unreadable is reported
//! so the app can keep the raw text aside. `revision` counts the writes of a record: `may_overwrite` lets a tab
//! refuse to clobber a copy another tab saved after it loaded its own.
//!
//! Frozen examples of every past version live in `core/tests/fixtures/v<N>/`.

mod checksum;
mod decode;
mod export;
mod figures;
mod import;
mod migrate;
mod plan;
mod read;
mod reminder;
mod schema;
mod stored;

use decode::{decode_value, read_head};

pub use checksum::checksum;
pub use export::{
    export, export_all, ExportContents, KeptValue, KeptWhy, FORMAT, FORMAT_VERSION, MAX_DEPTH,
    MAX_FILE_BYTES, MAX_SESSIONS, MAX_STRING_CHARS, PIECE_CHARS,
};
pub use figures::{Figures, FiguresById, FiguresCache, FIGURES_KEY};
pub use import::{parse_edited_import, parse_import, ImportError, ImportFile};
pub use migrate::{
    migrate_v1_to_v2, migrate_v2_to_v3, migrate_v3_to_v4, migrate_v4_to_v5, migrate_v5_to_v6,
    migrate_v6_to_v7, migrate_v7_to_v8, upgrade, version_of, Migration, MIGRATIONS,
};
pub use plan::{
    compare, decode_backup, decode_kept, place_restored, plan_import, restored_id, BothSides,
    ImportPlan, Newer, Placement, Restore, Saved,
};
pub use reminder::{export_reminder, import_covers, LastCopy};
pub use schema::{
    backup_key, is_safe_id, parse_backup_key, session_key, validate_session, Envelope,
    SessionIndex, SessionSummary, INDEX_KEY, LOGS_KEY, MAX_EXCHANGES, MAX_ID_LEN, PEOPLE_KEY,
    PERSONAS_KEY, PLANS_KEY, PREFIX, SCHEMA_VERSION,
};
pub use stored::{by_hand, Failure, Stored};

use serde::Serialize;
use serde_json::Value;

/// Why a stored value could not be used.
#[derive(Debug, Clone, PartialEq)]
pub enum DecodeError {
    /// Not JSON, or not the shape expected: missing fields, wrong types.
    Corrupt(String),
    /// Written by a newer Askwell (a higher schema version); never overwrite it.
    Newer(u32),
    /// Written by a newer build of this schema version: sound, except that it uses a name
    /// (a topic, flag, status or field) this build does not know. Never overwrite it or move
    /// it aside. The text says what, for people ("the topic \"future.salary\"").
    NewerBuild(String),
}

impl std::fmt::Display for DecodeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            DecodeError::Corrupt(why) => write!(f, "the saved data is damaged ({why})"),
            DecodeError::Newer(v) => write!(
                f,
                "this data was saved by a newer Askwell (schema {v}); update this tab"
            ),
            DecodeError::NewerBuild(what) => write!(
                f,
                "this was saved by a newer version of Askwell (it uses {what} that this \
                 version does not know)"
            ),
        }
    }
}

/// Why a value could not be encoded; nothing should be written then.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EncodeError(pub String);

impl std::fmt::Display for EncodeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "the data could not be encoded: {}", self.0)
    }
}

impl std::error::Error for EncodeError {}

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
pub fn encode<T: Serialize>(data: &T) -> Result<String, EncodeError> {
    encode_with_revision(data, 0)
}

/// Encodes `data` as the current schema version at the given revision. An error (a map key
/// that is not a string, a failing `Serialize`) means nothing may be written: writing an
/// empty or partial value would replace good data.
pub fn encode_with_revision<T: Serialize>(data: &T, revision: u64) -> Result<String, EncodeError> {
    serde_json::to_string(&Envelope {
        version: SCHEMA_VERSION,
        revision,
        data,
    })
    .map_err(|e| EncodeError(e.to_string()))
}

pub fn decode<T: Stored>(raw: &str) -> Result<T, DecodeError> {
    decode_record(raw).map(|r| r.data)
}

/// Decodes a stored value of any known version, migrating it, and returns its revision.
/// A value of this version or older that is sound but for names this build does not know
/// is `NewerBuild`; anything else that does not decode is `Corrupt`.
pub fn decode_record<T: Stored>(raw: &str) -> Result<Record<T>, DecodeError> {
    let head = read_head(raw)?;
    if head.version == SCHEMA_VERSION {
        // The usual case: straight from the text, no JSON tree built.
        if let Ok(env) = T::parse_envelope(raw) {
            return Ok(Record {
                data: env.data,
                revision: env.revision,
                stored_version: head.version,
            });
        }
    }
    let value = whole_value(raw).map_err(|e| DecodeError::Corrupt(e.to_string()))?;
    let env: Envelope<T> = decode_value(&upgrade(value)?)?;
    Ok(Record {
        data: env.data,
        revision: env.revision,
        stored_version: head.version,
    })
}

/// The whole stored text as a tree, for migrations and the newer-build check.
fn whole_value(raw: &str) -> crate::json::Result<Value> {
    let mut r = crate::json::Reader::new(raw);
    let value = r.value()?;
    r.finish()?;
    Ok(value)
}

/// The revision of a stored value, read from its envelope alone: the data is skipped, not
/// parsed into a tree, and not checked.
pub fn stored_revision(raw: &str) -> Result<u64, DecodeError> {
    read_head(raw).map(|h| h.revision)
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
    /// A newer Askwell wrote it (a higher schema version, or a newer build of this one whose
    /// data this build cannot fully read): never write over it.
    Newer(u32),
}

/// Checks the stored raw text of a record (None when the key is empty) before a write,
/// decoding it as `T` so that data from a newer build is never written over.
pub fn may_overwrite<T: Stored>(stored_raw: Option<&str>, my_revision: u64) -> WriteCheck {
    let Some(raw) = stored_raw else {
        return WriteCheck::Ok;
    };
    match decode_record::<T>(raw) {
        Ok(r) if r.revision > my_revision => WriteCheck::StaleCopy {
            stored_revision: r.revision,
        },
        Ok(_) => WriteCheck::Ok,
        Err(DecodeError::Newer(v)) => WriteCheck::Newer(v),
        Err(DecodeError::NewerBuild(_)) => {
            WriteCheck::Newer(read_head(raw).map_or(SCHEMA_VERSION, |h| h.version))
        }
        Err(DecodeError::Corrupt(_)) => WriteCheck::Unreadable,
    }
}

/// Why `encode_next` wrote nothing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WriteRefused {
    /// What is stored may not be written over (see `WriteCheck`).
    Check(WriteCheck),
    /// Our own data could not be encoded.
    Encode(EncodeError),
}

/// `may_overwrite`, then the encoded text at the next revision and that revision number.
pub fn encode_next<T: Serialize + Stored>(
    stored_raw: Option<&str>,
    data: &T,
    my_revision: u64,
) -> Result<(String, u64), WriteRefused> {
    match may_overwrite::<T>(stored_raw, my_revision) {
        WriteCheck::Ok => {
            let next = my_revision.saturating_add(1);
            let text = encode_with_revision(data, next).map_err(WriteRefused::Encode)?;
            Ok((text, next))
        }
        refused => Err(WriteRefused::Check(refused)),
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
        let raw = encode(&index).unwrap();
        assert!(raw.starts_with("{\"version\":8,\"revision\":0,\"data\":"));
        assert_eq!(decode::<SessionIndex>(&raw), Ok(index.clone()));
        let raw = encode_with_revision(&index, 7).unwrap();
        let rec = decode_record::<SessionIndex>(&raw).unwrap();
        assert_eq!((rec.data, rec.revision, rec.stored_version), (index, 7, 8));
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
    fn stored_revision_reads_the_head_alone() {
        assert_eq!(
            stored_revision(r#"{"version":3,"revision":7,"data":{"x":[1,{}]}}"#),
            Ok(7)
        );
        assert_eq!(
            stored_revision(r#"{"revision":2,"data":1,"version":3}"#),
            Ok(2)
        );
        // As before: a current record's data is not looked at, an older one must have some.
        assert_eq!(stored_revision(r#"{"version":8,"revision":4}"#), Ok(4));
        assert!(matches!(
            stored_revision(r#"{"version":2,"revision":4}"#),
            Err(DecodeError::Corrupt(_))
        ));
        assert_eq!(
            stored_revision(r#"{"version":1,"revision":9,"data":{}}"#),
            Ok(0)
        );
        assert_eq!(
            stored_revision(r#"{"version":9,"revision":"x","data":1}"#),
            Err(DecodeError::Newer(9))
        );
        for broken in [
            "",
            "{",
            "[3,5,{}]",
            r#"{"version":3,"revision":-1,"data":{}}"#,
            r#"{"version":3,"revision":1.5,"data":{}}"#,
            r#"{"version":"3","revision":1,"data":{}}"#,
            r#"{"version":0,"revision":1,"data":{}}"#,
            r#"{"version":3,"revision":1,"data":{}"#,
        ] {
            assert!(
                matches!(stored_revision(broken), Err(DecodeError::Corrupt(_))),
                "{broken}"
            );
        }
    }

    #[test]
    fn stale_tabs_may_not_overwrite() {
        let index = SessionIndex::default();
        let at5 = encode_with_revision(&index, 5).unwrap();
        assert_eq!(may_overwrite::<SessionIndex>(None, 0), WriteCheck::Ok);
        assert_eq!(may_overwrite::<SessionIndex>(Some(&at5), 5), WriteCheck::Ok);
        assert_eq!(may_overwrite::<SessionIndex>(Some(&at5), 6), WriteCheck::Ok);
        assert_eq!(
            may_overwrite::<SessionIndex>(Some(&at5), 4),
            WriteCheck::StaleCopy { stored_revision: 5 }
        );
        assert_eq!(
            may_overwrite::<SessionIndex>(Some("{oops"), 4),
            WriteCheck::Unreadable
        );
        assert_eq!(
            may_overwrite::<SessionIndex>(Some(r#"{"version":9,"revision":0,"data":1}"#), 99),
            WriteCheck::Newer(9)
        );
        assert_eq!(
            may_overwrite::<SessionIndex>(Some(r#"{"version":1,"data":{"sessions":[]}}"#), 0),
            WriteCheck::Ok
        );
        // The data is checked too: a sound envelope around damaged data is unreadable.
        assert_eq!(
            may_overwrite::<SessionIndex>(Some(r#"{"version":1,"data":{}}"#), 0),
            WriteCheck::Unreadable
        );
        let (raw, next) = encode_next(Some(&at5), &index, 5).unwrap();
        assert_eq!(next, 6);
        assert_eq!(decode_record::<SessionIndex>(&raw).unwrap().revision, 6);
        assert_eq!(
            encode_next(Some(&raw), &index, 5),
            Err(WriteRefused::Check(WriteCheck::StaleCopy {
                stored_revision: 6
            }))
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
