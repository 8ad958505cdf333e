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

use crate::json::Tree;
use decode::read_head;

pub use checksum::checksum;
pub use export::{
    export, export_all, ExportContents, KeptValue, KeptWhy, FORMAT, FORMAT_VERSION, MAX_DEPTH,
    MAX_FILE_BYTES, MAX_SESSIONS, MAX_STRING_CHARS, PIECE_CHARS,
};
pub use figures::{Figures, FiguresById, FiguresCache, FIGURES_KEY};
pub use import::{parse_edited_import, parse_import, ImportError, ImportFile};
pub use migrate::{
    migrate_v10_to_v11, migrate_v11_to_v12, migrate_v1_to_v2, migrate_v2_to_v3, migrate_v3_to_v4,
    migrate_v4_to_v5, migrate_v5_to_v6, migrate_v6_to_v7, migrate_v7_to_v8, migrate_v8_to_v9,
    migrate_v9_to_v10, upgrade, version_of, Migration, MIGRATIONS,
};
pub use plan::{
    compare, decode_backup, decode_kept, place_restored, plan_import, restored_copy_at,
    restored_id, BothSides, ImportPlan, Newer, Placement, Restore, Saved,
};
pub use reminder::{export_reminder, import_covers, LastCopy};
pub use schema::{
    backup_key, is_safe_id, parse_backup_key, session_key, validate_session, Envelope,
    SessionIndex, SessionSummary, INDEX_KEY, LOGS_KEY, MAX_EXCHANGES, MAX_ID_LEN, PEOPLE_KEY,
    PERSONAS_KEY, PLANS_KEY, PREFIX, SCHEMA_VERSION,
};
pub use stored::{by_hand, Failure, Stored};

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
pub fn encode<T: Stored>(data: &T) -> Result<String, EncodeError> {
    encode_with_revision(data, 0)
}

/// Encodes `data` as the current schema version at the given revision. An error (from the
/// serde writer of a `by_serde!` type) means nothing may be written: writing an empty or
/// partial value would replace good data.
pub fn encode_with_revision<T: Stored>(data: &T, revision: u64) -> Result<String, EncodeError> {
    stored::write_envelope(data, revision)
}

pub fn decode<T: Stored>(raw: &str) -> Result<T, DecodeError> {
    decode_record(raw).map(|r| r.data)
}

/// Decodes a stored value of any known version, migrating it, and returns its revision.
/// A value of this version or older that is sound but for names this build does not know
/// is `NewerBuild`; anything else that does not decode is `Corrupt`.
pub fn decode_record<T: Stored>(raw: &str) -> Result<Record<T>, DecodeError> {
    let mut read = None;
    let stored_version = decode_text(raw, &mut |text| {
        T::parse_envelope(text).map(|env| read = Some(env))
    })?;
    let env: Envelope<T> = read.expect("decoded only once read");
    Ok(Record {
        data: env.data,
        revision: env.revision,
        stored_version,
    })
}

/// `decode_record` for any type (one copy for all): `parse` reads an envelope's text and
/// keeps what it read. Returns the stored schema version.
fn decode_text(
    raw: &str,
    parse: &mut dyn FnMut(&str) -> Result<(), Failure>,
) -> Result<u32, DecodeError> {
    let head = read_head(raw)?;
    // The usual case: straight from the text, no JSON tree built.
    if head.version == SCHEMA_VERSION && parse(raw).is_ok() {
        return Ok(head.version);
    }
    // The whole text as a tree, for the migrations and the newer-build check.
    let value = Tree::parse(raw).map_err(|e| DecodeError::Corrupt(e.to_string()))?;
    decode::check_value(&upgrade(value)?, parse)?;
    Ok(head.version)
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
pub fn encode_next<T: Stored>(
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
