//! Export every session to one JSON file, and import such a file safely: the whole file is
//! checked (size, nesting, string lengths, format, version, checksum, types, invariants)
//! before anything is returned, so the app touches storage only with a clean `ImportFile`.
//!
//! The file is canonical: compact JSON, sessions sorted by id, fields in declaration order,
//! floats in serde_json's shortest round-trip form, so export → import → export gives the
//! same bytes.

use super::decode::{decode_value, DataError};
use super::{upgrade, validate_session, EncodeError, SessionSummary, SCHEMA_VERSION};
use crate::interview::Interview;
use serde::{Deserialize, Serialize};
use serde_json::{json, Value};

/// The value of the file's `format` field.
pub const FORMAT: &str = "askwell-export";
/// Largest file accepted, in bytes (20 MB).
pub const MAX_FILE_BYTES: usize = 20 * 1024 * 1024;
/// Deepest nesting of arrays and objects accepted (an export needs 6).
pub const MAX_DEPTH: usize = 32;
/// Longest string accepted, in characters.
pub const MAX_STRING_CHARS: usize = 100_000;
/// Most sessions one file may hold.
pub const MAX_SESSIONS: usize = 10_000;

#[derive(Serialize)]
struct FileOut<'a> {
    format: &'a str,
    app_version: &'a str,
    schema_version: u32,
    exported_at_ms: u64,
    count: usize,
    checksum: String,
    sessions: Vec<&'a Interview>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FileIn {
    #[allow(dead_code)]
    format: String,
    app_version: String,
    #[allow(dead_code)]
    schema_version: u32,
    exported_at_ms: u64,
    count: u64,
    checksum: String,
    sessions: Vec<Value>,
}

/// Every session, as one canonical JSON document. An error means no file should be offered
/// (an empty or partial file would look like a backup and restore nothing).
pub fn export(
    sessions: &[Interview],
    app_version: &str,
    exported_at_ms: f64,
) -> Result<String, EncodeError> {
    let failed = |e: serde_json::Error| EncodeError(e.to_string());
    let mut sorted: Vec<&Interview> = sessions.iter().collect();
    sorted.sort_by(|a, b| a.id.cmp(&b.id));
    let payload = serde_json::to_value(&sorted).map_err(failed)?;
    serde_json::to_string(&FileOut {
        format: FORMAT,
        app_version,
        schema_version: SCHEMA_VERSION,
        // Whole milliseconds, so the number prints the same everywhere.
        exported_at_ms: exported_at_ms.max(0.0) as u64,
        count: sorted.len(),
        checksum: checksum(&payload),
        sessions: sorted,
    })
    .map_err(failed)
}

/// `fnv1a64:` and 16 hex digits of FNV-1a 64 over the canonical text of `payload` (keys
/// sorted, no spaces), so it depends on the content alone, not on spacing or key order.
pub fn checksum(payload: &Value) -> String {
    let mut text = String::new();
    canonical(payload, &mut text);
    digest(&text)
}

fn digest(text: &str) -> String {
    format!("fnv1a64:{:016x}", fnv1a64(text.as_bytes()))
}

fn fnv1a64(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, &b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

fn canonical(v: &Value, out: &mut String) {
    match v {
        Value::Object(map) => {
            let mut keys: Vec<&String> = map.keys().collect();
            keys.sort();
            out.push('{');
            for (i, k) in keys.into_iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                out.push_str(&Value::from(k.as_str()).to_string());
                out.push(':');
                canonical(&map[k], out);
            }
            out.push('}');
        }
        Value::Array(items) => canonical_items(items, out),
        scalar => out.push_str(&scalar.to_string()),
    }
}

fn canonical_items(items: &[Value], out: &mut String) {
    out.push('[');
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        canonical(item, out);
    }
    out.push(']');
}

/// A checked import: sessions migrated to this schema, sorted by id, ids unique.
#[derive(Debug, Clone, PartialEq)]
pub struct ImportFile {
    pub app_version: String,
    /// The schema the file was written with.
    pub schema_version: u32,
    pub exported_at_ms: u64,
    pub sessions: Vec<Interview>,
}

/// Why a file cannot be imported. `Display` gives one sentence for the user.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportError {
    Empty,
    TooLarge { bytes: usize },
    TooDeep,
    StringTooLong,
    NotJson { line: usize, column: usize },
    NotAskwell,
    Newer(u32),
    UnknownVersion,
    Malformed(String),
    CountMismatch { stated: u64, found: usize },
    ChecksumMismatch,
    TooManySessions(usize),
    BadSession { number: usize, why: String },
    DuplicateId(String),
}

impl std::fmt::Display for ImportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        const NOT: &str = "This file is not an Askwell export";
        match self {
            ImportError::Empty => write!(f, "This file is empty, so there is nothing to import."),
            ImportError::TooLarge { bytes } => write!(
                f,
                "This file is too large to import ({:.1} MB; an Askwell export is at most 20 MB).",
                *bytes as f64 / (1024.0 * 1024.0)
            ),
            ImportError::TooDeep => write!(f, "{NOT}: it is nested far deeper than an export."),
            ImportError::StringTooLong => write!(
                f,
                "{NOT}: it holds a text longer than {MAX_STRING_CHARS} characters."
            ),
            ImportError::NotJson { line, column } => write!(
                f,
                "{NOT}: it is not valid JSON (line {line}, column {column})."
            ),
            ImportError::NotAskwell => write!(f, "{NOT}."),
            ImportError::Newer(v) => write!(
                f,
                "This file was made by a newer Askwell (schema {v}). Update Askwell, then import it again."
            ),
            ImportError::UnknownVersion => write!(
                f,
                "This file has no schema version Askwell knows, so it cannot be imported."
            ),
            ImportError::Malformed(why) => write!(f, "The file is damaged: {why}."),
            ImportError::CountMismatch { stated, found } => write!(
                f,
                "The file is damaged: it says it holds {stated} sessions but holds {found}."
            ),
            ImportError::ChecksumMismatch => {
                write!(f, "The file is damaged: its checksum does not match.")
            }
            ImportError::TooManySessions(n) => write!(
                f,
                "This file holds {n} sessions; Askwell imports at most {MAX_SESSIONS} at once."
            ),
            ImportError::BadSession { number, why } => write!(
                f,
                "Session {number} in the file cannot be imported: {why}."
            ),
            ImportError::DuplicateId(id) => write!(
                f,
                "The file is damaged: it holds two sessions with the id \"{id}\"."
            ),
        }
    }
}

impl std::error::Error for ImportError {}

/// Checks a file completely and returns its sessions, or the first problem found.
pub fn parse_import(text: &str) -> Result<ImportFile, ImportError> {
    // Some editors start a saved file with a byte order mark.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(ImportError::Empty);
    }
    if text.len() > MAX_FILE_BYTES {
        return Err(ImportError::TooLarge { bytes: text.len() });
    }
    scan(text)?;
    let root: Value = serde_json::from_str(text).map_err(|e| ImportError::NotJson {
        line: e.line(),
        column: e.column(),
    })?;
    if root.get("format").and_then(Value::as_str) != Some(FORMAT) {
        return Err(ImportError::NotAskwell);
    }
    let schema_version = match root.get("schema_version").and_then(Value::as_u64) {
        Some(v) if v > u64::from(SCHEMA_VERSION) => {
            return Err(ImportError::Newer(u32::try_from(v).unwrap_or(u32::MAX)))
        }
        Some(v) if v >= 1 => v as u32,
        _ => return Err(ImportError::UnknownVersion),
    };
    let file: FileIn =
        serde_json::from_value(root).map_err(|e| ImportError::Malformed(e.to_string()))?;
    let found = file.sessions.len();
    if found > MAX_SESSIONS {
        return Err(ImportError::TooManySessions(found));
    }
    if file.count != found as u64 {
        return Err(ImportError::CountMismatch {
            stated: file.count,
            found,
        });
    }
    let mut canonical_text = String::new();
    canonical_items(&file.sessions, &mut canonical_text);
    if digest(&canonical_text) != file.checksum {
        return Err(ImportError::ChecksumMismatch);
    }
    let mut sessions = Vec::with_capacity(found);
    for (i, raw) in file.sessions.into_iter().enumerate() {
        let bad = |why: String| ImportError::BadSession { number: i + 1, why };
        let raw = if schema_version < SCHEMA_VERSION {
            let env = json!({ "version": schema_version, "data": raw });
            let mut env = upgrade(env).map_err(|e| bad(e.to_string()))?;
            env.get_mut("data").map(Value::take).unwrap_or_default()
        } else {
            raw
        };
        // Stored types refuse unknown fields, so nothing in the file is silently dropped.
        let session: Interview = decode_value(&raw).map_err(|e| match e {
            DataError::Damaged(why) => bad(why),
            DataError::Unknown { what, path } => bad(format!(
                "it uses {what} ({path}), which this version of Askwell does not know"
            )),
        })?;
        validate_session(&session).map_err(bad)?;
        sessions.push(session);
    }
    sessions.sort_by(|a, b| a.id.cmp(&b.id));
    if let Some(w) = sessions.windows(2).find(|w| w[0].id == w[1].id) {
        return Err(ImportError::DuplicateId(w[0].id.clone()));
    }
    Ok(ImportFile {
        app_version: file.app_version,
        schema_version,
        exported_at_ms: file.exported_at_ms,
        sessions,
    })
}

/// Rejects what no export holds before any JSON is parsed: nesting deeper than `MAX_DEPTH`
/// and strings longer than `MAX_STRING_CHARS` (an escape counts as one character).
fn scan(text: &str) -> Result<(), ImportError> {
    let (mut depth, mut in_string, mut chars) = (0usize, false, 0usize);
    let mut bytes = text.bytes();
    while let Some(b) = bytes.next() {
        if in_string {
            match b {
                b'"' => in_string = false,
                b'\\' => {
                    if bytes.next() == Some(b'u') {
                        bytes.by_ref().take(4).for_each(drop);
                    }
                    chars += 1;
                }
                // Count characters, not UTF-8 continuation bytes.
                _ if b & 0xC0 != 0x80 => chars += 1,
                _ => {}
            }
            if chars > MAX_STRING_CHARS {
                return Err(ImportError::StringTooLong);
            }
        } else {
            match b {
                b'"' => (in_string, chars) = (true, 0),
                b'[' | b'{' => {
                    depth += 1;
                    if depth > MAX_DEPTH {
                        return Err(ImportError::TooDeep);
                    }
                }
                b']' | b'}' => depth = depth.saturating_sub(1),
                _ => {}
            }
        }
    }
    Ok(())
}

/// What importing a file would do, by session id (each list sorted).
///
/// The rule: a session whose id is not saved yet is added. A session whose id is saved is
/// unchanged when its summary matches the saved one (same persona, start time, planned
/// length, questions asked, time used, clock and status; the persona's display name is not
/// compared). Sessions only grow, so equal summaries mean the same session. Otherwise the
/// file's copy replaces the saved one. Saved sessions missing from the file are kept:
/// importing never deletes.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ImportPlan {
    pub add: Vec<String>,
    pub replace: Vec<String>,
    pub unchanged: Vec<String>,
}

impl ImportPlan {
    /// One sentence for the confirmation dialog.
    pub fn describe(&self) -> String {
        let n = |k: usize| {
            if k == 1 {
                "1 session".to_string()
            } else {
                format!("{k} sessions")
            }
        };
        format!(
            "Importing will add {}, replace {} with the copy in the file, and leave {} unchanged.",
            n(self.add.len()),
            n(self.replace.len()),
            n(self.unchanged.len())
        )
    }
}

pub fn plan_import(existing: &[SessionSummary], incoming: &ImportFile) -> ImportPlan {
    let mut plan = ImportPlan::default();
    for s in &incoming.sessions {
        let list = match existing.iter().find(|e| e.id == s.id) {
            None => &mut plan.add,
            Some(e) if SessionSummary::of(s, &e.persona_name) == *e => &mut plan.unchanged,
            Some(_) => &mut plan.replace,
        };
        list.push(s.id.clone());
    }
    plan
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scan_counts_characters_and_depth_outside_strings() {
        assert_eq!(
            scan(r#"{"a":"[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[["}"#),
            Ok(())
        );
        assert_eq!(scan(&"[".repeat(33)), Err(ImportError::TooDeep));
        assert_eq!(scan(&"[".repeat(32)), Ok(()));
        let s = |body: String| format!("\"{body}\"");
        assert_eq!(scan(&s("é".repeat(MAX_STRING_CHARS))), Ok(()));
        assert_eq!(scan(&s("\\n".repeat(MAX_STRING_CHARS))), Ok(()));
        assert_eq!(scan(&s("\\u00e9".repeat(MAX_STRING_CHARS))), Ok(()));
        assert_eq!(
            scan(&s("a".repeat(MAX_STRING_CHARS + 1))),
            Err(ImportError::StringTooLong)
        );
        // An escaped quote does not end the string.
        assert_eq!(
            scan(r#"["\"[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[["]"#),
            Ok(())
        );
    }

    #[test]
    fn checksum_ignores_spacing_and_key_order() {
        let a: Value = serde_json::from_str(r#"[{"b":1,"a":[true,null,"x"]}]"#).unwrap();
        let b: Value = serde_json::from_str("[ {\"a\": [true, null, \"x\"], \"b\": 1} ]").unwrap();
        assert_eq!(checksum(&a), checksum(&b));
        assert_ne!(
            checksum(&a),
            checksum(&json!([{"a": [true, null, "y"], "b": 1}]))
        );
        // Published FNV-1a 64 test vectors.
        assert_eq!(fnv1a64(b""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(fnv1a64(b"a"), 0xaf63_dc4c_8601_ec8c);
        assert_eq!(fnv1a64(b"foobar"), 0x8594_4171_f739_67e8);
        assert_eq!(
            checksum(&json!([])),
            format!("fnv1a64:{:016x}", fnv1a64(b"[]"))
        );
    }
}
