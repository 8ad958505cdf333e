//! Import an export file safely: the whole file is checked (size, nesting, string lengths,
//! format, versions, checksum, types, invariants) before anything is returned, so the app
//! touches storage only with a clean `ImportFile`.
//!
//! Memory stays near the file's size: the header is read into typed fields, each session
//! is kept as its raw text until it is checked, and only one session's JSON tree exists at a
//! time.

mod error;
mod scan;

pub use error::ImportError;
use scan::scan;

use super::checksum::{legacy_checksum, ContentSum};
use super::decode::{decode_value, DataError};
use super::export::{to_tree, KeptValue, KeptWhy};
use super::{
    parse_backup_key, upgrade, validate_session, FORMAT, FORMAT_VERSION, MAX_FILE_BYTES,
    MAX_SESSIONS, PREFIX, SCHEMA_VERSION,
};
use crate::custom::CustomPersonas;
use crate::interview::Interview;
use crate::json::Tree;
use crate::prepare::Prepared;
use crate::small_sort::sort_stable_by;
use serde::Deserialize;
use serde_json::value::RawValue;
use serde_json::{json, Value};

/// A checked import: sessions migrated to this schema, sorted by id, ids unique; kept
/// values (backups and values the exporting build could not read) as raw text.
#[derive(Debug, Clone, PartialEq)]
pub struct ImportFile {
    pub app_version: String,
    /// The schema the file was written with.
    pub schema_version: u32,
    /// The file's shape (1: sessions only; 2: with kept values).
    pub format_version: u32,
    pub exported_at_ms: u64,
    pub sessions: Vec<Interview>,
    pub kept: Vec<KeptValue>,
    /// People, plans and conversation logs (empty from files before format 3).
    pub prepared: Prepared,
    /// The user's own personas (empty from files before format 4).
    pub personas: CustomPersonas,
}

/// The three header fields read before anything else. Every other field is skipped without
/// being stored, so this pass costs no memory whatever the file holds.
#[derive(Deserialize)]
struct Probe {
    #[serde(default)]
    format: Option<Value>,
    #[serde(default)]
    schema_version: Option<Value>,
    #[serde(default)]
    format_version: Option<Value>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FileIn<'a> {
    #[allow(dead_code)]
    format: String,
    #[allow(dead_code)]
    #[serde(default)]
    format_version: Option<u32>,
    app_version: String,
    #[allow(dead_code)]
    schema_version: u32,
    exported_at_ms: u64,
    count: u64,
    checksum: String,
    #[serde(borrow)]
    sessions: Vec<&'a RawValue>,
    #[serde(default)]
    kept: Vec<KeptValue>,
    #[serde(default)]
    prepare: Option<Value>,
    #[serde(default)]
    personas: Option<Value>,
}

/// True when the text opens as an export does: its first field names the format.
fn names_the_format(text: &str) -> bool {
    let head: String = text.trim_start().chars().take(80).collect();
    head.starts_with('{') && head.contains(&format!("\"{FORMAT}\""))
}

fn not_json(e: &serde_json::Error) -> ImportError {
    ImportError::NotJson {
        line: e.line(),
        column: e.column(),
    }
}

/// Checks a file completely and returns its contents, or the first problem found.
pub fn parse_import(text: &str) -> Result<ImportFile, ImportError> {
    parse(text, true)
}

/// As [`parse_import`] for a file the user says they edited by hand: its checksum no longer
/// matches, but every other check (format, versions, types, limits) still holds, and the
/// preview still comes before anything is written.
pub fn parse_edited_import(text: &str) -> Result<ImportFile, ImportError> {
    parse(text, false)
}

fn parse(text: &str, check_sum: bool) -> Result<ImportFile, ImportError> {
    // Some editors start a saved file with a byte order mark.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(ImportError::Empty);
    }
    if text.len() > MAX_FILE_BYTES {
        return Err(ImportError::TooLarge { bytes: text.len() });
    }
    scan(text)?;
    let probe: Probe = serde_json::from_str(text).map_err(|e| match e.classify() {
        serde_json::error::Category::Data => ImportError::NotAskwell,
        // An export that stops part-way (a download or copy that did not finish) is not
        // "not an export": say what happened.
        serde_json::error::Category::Eof if names_the_format(text) => ImportError::CutOff,
        _ => not_json(&e),
    })?;
    if probe.format.as_ref().and_then(Value::as_str) != Some(FORMAT) {
        return Err(ImportError::NotAskwell);
    }
    let schema_version = match probe.schema_version.as_ref().and_then(Value::as_u64) {
        Some(v) if v > u64::from(SCHEMA_VERSION) => {
            return Err(ImportError::Newer(u32::try_from(v).unwrap_or(u32::MAX)))
        }
        Some(v) if v >= 1 => v as u32,
        _ => return Err(ImportError::UnknownVersion),
    };
    let format_version = match probe.format_version {
        None => 1,
        Some(v) => match v.as_u64() {
            Some(v) if v > u64::from(FORMAT_VERSION) => {
                return Err(ImportError::NewerFormat(
                    u32::try_from(v).unwrap_or(u32::MAX),
                ))
            }
            Some(v) if v >= 1 => v as u32,
            _ => return Err(ImportError::UnknownVersion),
        },
    };
    let file: FileIn =
        serde_json::from_str(text).map_err(|e| ImportError::Malformed(e.to_string()))?;
    let found = file.sessions.len();
    if found > MAX_SESSIONS {
        return Err(ImportError::TooManySessions(found));
    }
    if file.kept.len() > MAX_SESSIONS {
        return Err(ImportError::Malformed(format!(
            "it holds more than {MAX_SESSIONS} kept values"
        )));
    }
    if file.count != found as u64 {
        return Err(ImportError::CountMismatch {
            stated: file.count,
            found,
        });
    }
    if format_version == 1 && !file.kept.is_empty() {
        return Err(ImportError::Malformed(
            "it holds kept values but says it is format version 1".into(),
        ));
    }
    if format_version < 3 && file.prepare.is_some() {
        return Err(ImportError::Malformed(format!(
            "it holds people or plans but says it is format version {format_version}"
        )));
    }
    if format_version >= 3 && file.prepare.is_none() {
        return Err(ImportError::Malformed(
            "its people and plans are missing".into(),
        ));
    }
    if format_version < 4 && file.personas.is_some() {
        return Err(ImportError::Malformed(format!(
            "it holds personas but says it is format version {format_version}"
        )));
    }
    if format_version >= 4 && file.personas.is_none() {
        return Err(ImportError::Malformed("its personas are missing".into()));
    }
    if let Some(k) = file.kept.iter().find(|k| !usable_key(k)) {
        return Err(ImportError::Malformed(format!(
            "a kept value has a key Askwell does not use ({:.80})",
            k.key
        )));
    }
    let checked = !check_sum || checksum_matches(&file, format_version)?;
    let mut sessions = Vec::with_capacity(found);
    for (i, raw) in file.sessions.iter().enumerate() {
        sessions.push(check_session(raw, schema_version, i + 1)?);
    }
    // Format 1 files passed through a JSON tool: compare with how this build writes the
    // same sessions (whole-number times as `5.0`), which is how the file was first hashed.
    if !checked && !legacy_matches_typed(&sessions, &file.checksum) {
        return Err(ImportError::ChecksumMismatch);
    }
    sort_stable_by(&mut sessions, |a, b| a.id.cmp(&b.id));
    if let Some(w) = sessions.windows(2).find(|w| w[0].id == w[1].id) {
        return Err(ImportError::DuplicateId(w[0].id.clone()));
    }
    let prepared = match &file.prepare {
        Some(p) => check_record(p, schema_version, ImportError::BadPrepared, |p| {
            Prepared::validate(p)
        })?,
        None => Prepared::default(),
    };
    let personas = match &file.personas {
        Some(p) => check_record(p, schema_version, ImportError::BadPersonas, |p| {
            CustomPersonas::validate(p)
        })?,
        None => CustomPersonas::default(),
    };
    let mut kept = file.kept;
    sort_stable_by(&mut kept, |a, b| a.key.cmp(&b.key).then(a.why.cmp(&b.why)));
    Ok(ImportFile {
        app_version: file.app_version,
        schema_version,
        format_version,
        exported_at_ms: file.exported_at_ms,
        sessions,
        kept,
        prepared,
        personas,
    })
}

/// A kept value is only ever written back under a backup key made from its key, so the key
/// must be one of Askwell's: under the prefix, printable, not absurdly long.
fn usable_key(k: &KeptValue) -> bool {
    let printable = |s: &str| s.len() <= 256 && s.chars().all(|c| !c.is_control());
    k.key.starts_with(PREFIX)
        && printable(&k.key)
        && (k.why != KeptWhy::Backup || parse_backup_key(&k.key).is_some())
}

/// Whether the checksum matches the content. Format 1's checksum may still be checked
/// later against the typed sessions (`Ok(false)`); format 2's must match here.
fn checksum_matches(file: &FileIn, format_version: u32) -> Result<bool, ImportError> {
    let tree = |raw: &RawValue| {
        serde_json::from_str::<Value>(raw.get()).map_err(|e| ImportError::Malformed(e.to_string()))
    };
    if format_version == 1 {
        let mut all = Vec::with_capacity(file.sessions.len());
        for raw in &file.sessions {
            all.push(tree(raw)?);
        }
        return Ok(legacy_checksum(&Value::Array(all)) == file.checksum);
    }
    let kept = to_tree(&file.kept).map_err(|e| ImportError::Malformed(e.to_string()))?;
    let mut sum = ContentSum::new(&kept, file.personas.as_ref(), file.prepare.as_ref());
    for raw in &file.sessions {
        sum.session(&tree(raw)?);
    }
    if sum.finish() == file.checksum {
        Ok(true)
    } else {
        Err(ImportError::ChecksumMismatch)
    }
}

fn legacy_matches_typed(sessions: &[Interview], stated: &str) -> bool {
    to_tree(sessions).is_ok_and(|v| legacy_checksum(&v) == stated)
}

/// `data` in an envelope, as stored, migrated from the file's schema: so it decodes the one
/// way every record does (`decode_value`). The tree is made through the text: this runs
/// only in the manage chunk, where serde_json's `Value` is in use anyway.
fn stored_envelope(data: &Value, schema_version: u32) -> Result<Tree, String> {
    let env = json!({ "version": schema_version, "revision": 0, "data": data });
    let env = serde_json::to_string(&env).map_err(|e| e.to_string())?;
    let env = Tree::parse(&env).map_err(|e| e.to_string())?;
    if schema_version < SCHEMA_VERSION {
        upgrade(env).map_err(|e| e.to_string())
    } else {
        Ok(env)
    }
}

/// One session from the file: migrated from the file's schema, typed, with no field this
/// build does not know, and valid.
fn check_session(
    raw: &RawValue,
    schema_version: u32,
    number: usize,
) -> Result<Interview, ImportError> {
    let bad = |why: String| ImportError::BadSession { number, why };
    let raw: Value = serde_json::from_str(raw.get()).map_err(|e| bad(e.to_string()))?;
    let env = stored_envelope(&raw, schema_version).map_err(bad)?;
    // Paths are the session's own (`exchanges.3.topic`), not the envelope's.
    let in_session = |s: String| s.strip_prefix("data.").map_or(s.clone(), String::from);
    // Stored types refuse unknown fields, so nothing in the file is silently dropped.
    let session: Interview = match decode_value(&env) {
        Ok(env) => env.data,
        Err(DataError::Damaged(why)) => return Err(bad(in_session(why))),
        Err(DataError::Unknown { what, path }) => {
            let path = in_session(path);
            return Err(bad(format!(
                "it uses {what} ({path}), which this version of Askwell does not know"
            )));
        }
    };
    validate_session(&session).map_err(bad)?;
    Ok(session)
}

/// A record of the file (the people, plans and logs; the user's personas): migrated from
/// the file's schema, typed, with no field this build does not know, and valid.
fn check_record<T: super::Stored>(
    raw: &Value,
    schema_version: u32,
    bad: fn(String) -> ImportError,
    validate: impl Fn(&T) -> Result<(), String>,
) -> Result<T, ImportError> {
    let env = stored_envelope(raw, schema_version).map_err(bad)?;
    let inside = |s: String| s.strip_prefix("data.").map_or(s.clone(), String::from);
    let record: T = match decode_value(&env) {
        Ok(env) => env.data,
        Err(DataError::Damaged(why)) => return Err(bad(inside(why))),
        Err(DataError::Unknown { what, path }) => {
            let path = inside(path);
            return Err(bad(format!(
                "they use {what} ({path}), which this version of Askwell does not know"
            )));
        }
    };
    validate(&record).map_err(bad)?;
    Ok(record)
}
