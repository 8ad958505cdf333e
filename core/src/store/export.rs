//! Export everything Askwell keeps to one JSON file: every session it can read, and every
//! other stored value it cannot (backups, values saved by a newer Askwell, damaged values)
//! as the raw text it found, so an export is a complete copy.
//!
//! The file (format version 4):
//!
//! ```text
//! { "format": "askwell-export", "format_version": 4, "app_version": "0.1.0",
//!   "schema_version": 5, "exported_at_ms": 1714000000000, "count": 2,
//!   "checksum": "fnv1a64:…", "sessions": [ …sessions, sorted by id… ],
//!   "kept": [ { "key": "askwell.backup.1714…", "why": "backup", "at_ms": 1714…,
//!               "text": ["…raw value, in pieces of at most 50,000 characters…"] } ],
//!   "prepare": { "people": {…}, "plans": {…}, "logs": {…} },
//!   "personas": { "personas": [ …the user's own personas… ] } }
//! ```
//!
//! Format version 1 (files without `format_version`) had no `kept` and a checksum over how
//! its numbers happened to be written; format version 2 had no `prepare` (the people, plans
//! and conversation logs of schema 4); format version 3 had no `personas` (schema 5). All
//! still import (see `import.rs`).
//!
//! The checksum is over the content, not its spelling: FNV-1a 64 of the canonical text of
//! `{"kept": …, "personas": …, "prepare": …, "sessions": …}` (format 3: without `personas`;
//! format 2: without `prepare` either; keys sorted, no spaces, numbers by value), so a file
//! passed
//! through `JSON.parse`/`JSON.stringify`, `jq .` or any JSON editor that keeps the values
//! still imports, while a changed value does not.

use super::checksum::ContentSum;
use super::{parse_backup_key, EncodeError, SCHEMA_VERSION};
use crate::custom::CustomPersonas;
use crate::interview::Interview;
use crate::prepare::Prepared;
use crate::small_sort::sort_stable_by;
use serde::{Deserialize, Serialize};
use serde_json::Value;

/// The value of the file's `format` field.
pub const FORMAT: &str = "askwell-export";
/// The shape of the file this build writes (see the module documentation).
pub const FORMAT_VERSION: u32 = 4;
/// Largest file accepted, in bytes (8 MB: more than a browser lets one site store).
pub const MAX_FILE_BYTES: usize = 8 * 1024 * 1024;
/// Deepest nesting of arrays and objects accepted (an export needs 6).
pub const MAX_DEPTH: usize = 32;
/// Longest string accepted, in characters.
pub const MAX_STRING_CHARS: usize = 100_000;
/// Most sessions (and, separately, most kept values) one file may hold.
pub const MAX_SESSIONS: usize = 10_000;
/// Raw values are written in pieces of at most this many characters, so that no string in
/// the file comes near `MAX_STRING_CHARS` however long the value.
pub const PIECE_CHARS: usize = 50_000;

/// Why a stored value is in the file as raw text rather than as a session.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum KeptWhy {
    /// It was moved aside earlier because it could not be read (a backup key).
    Backup,
    /// A newer Askwell saved it; this build cannot read it.
    Newer,
    /// It could not be read when exported (damaged, or from a build this one cannot read).
    Unreadable,
}

/// A stored value carried as the raw text it was found as.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct KeptValue {
    /// The key it was stored under (for a backup, its backup key).
    pub key: String,
    pub why: KeptWhy,
    /// When it was moved aside (backups) or exported (the rest), in ms since the epoch.
    pub at_ms: u64,
    /// The raw value, in pieces of at most `PIECE_CHARS` characters, joined without a
    /// separator.
    pub text: Vec<String>,
}

impl KeptValue {
    pub fn new(key: &str, why: KeptWhy, at_ms: u64, raw: &str) -> KeptValue {
        let mut text = Vec::new();
        let mut rest = raw;
        while !rest.is_empty() {
            let cut = rest
                .char_indices()
                .nth(PIECE_CHARS)
                .map_or(rest.len(), |(i, _)| i);
            text.push(rest[..cut].to_string());
            rest = &rest[cut..];
        }
        KeptValue {
            key: key.to_string(),
            why,
            at_ms,
            text,
        }
    }

    /// The value as it was stored.
    pub fn raw(&self) -> String {
        self.text.concat()
    }

    /// The key the value was first stored under (a backup's original key).
    pub fn original_key(&self) -> &str {
        match self.why {
            KeptWhy::Backup => parse_backup_key(&self.key).map_or(self.key.as_str(), |(_, k)| k),
            _ => &self.key,
        }
    }
}

/// What an export holds, and what the app could not put in it.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ExportContents {
    pub sessions: Vec<Interview>,
    pub kept: Vec<KeptValue>,
    /// People, plans and conversation logs.
    pub prepared: Prepared,
    /// The user's own personas.
    pub personas: CustomPersonas,
    /// Of `sessions`, how many exist only in this tab's memory (not saved in the browser).
    pub unsaved: usize,
    /// Stored values the browser refused to hand over (they could not be included).
    pub unreachable: usize,
}

fn count(n: usize, one: &str, many: &str) -> String {
    if n == 1 {
        format!("1 {one}")
    } else {
        format!("{n} {many}")
    }
}

impl ExportContents {
    /// What the file holds and what it left out, in plain sentences.
    pub fn describe(&self) -> String {
        let backups = self.kept_count(KeptWhy::Backup);
        let mut out = format!(
            "Exported {}",
            count(self.sessions.len(), "session", "sessions")
        );
        if backups > 0 {
            out += &format!(" and {}", count(backups, "backup", "backups"));
        }
        out.push('.');
        let p = &self.prepared;
        if !p.is_empty() {
            out += &format!(
                " With them: {}, {} and {}.",
                count(p.people.people.len(), "person", "people"),
                count(p.plans.plans.len(), "question plan", "question plans"),
                count(
                    p.logs.logs.len(),
                    "logged conversation",
                    "logged conversations"
                )
            );
        }
        let own = self.personas.personas.len();
        if own > 0 {
            out += &format!(
                " {} of your own {} included.",
                count(own, "persona", "personas"),
                if own == 1 { "is" } else { "are" }
            );
        }
        let is = |n: usize| if n == 1 { "is" } else { "are" };
        if self.unsaved > 0 {
            let n = self.unsaved;
            out += &format!(
                " {} not saved in this browser {} included.",
                count(n, "session", "sessions"),
                is(n)
            );
        }
        let newer = self.kept_count(KeptWhy::Newer);
        if newer > 0 {
            out += &format!(
                " {} saved by a newer version of Askwell {} included as it was stored.",
                count(newer, "session", "sessions"),
                is(newer)
            );
        }
        let unreadable = self.kept_count(KeptWhy::Unreadable);
        if unreadable > 0 {
            out += &format!(
                " {} that could not be read {} included as it was stored.",
                count(unreadable, "value", "values"),
                is(unreadable)
            );
        }
        if self.unreachable > 0 {
            let n = self.unreachable;
            out += &format!(
                " {} could not be read from the browser's storage, so {} left out.",
                count(n, "value", "values"),
                if n == 1 { "it is" } else { "they are" }
            );
        }
        out
    }

    fn kept_count(&self, why: KeptWhy) -> usize {
        self.kept.iter().filter(|k| k.why == why).count()
    }
}

#[derive(Serialize)]
struct FileOut<'a> {
    format: &'a str,
    format_version: u32,
    app_version: &'a str,
    schema_version: u32,
    exported_at_ms: u64,
    count: usize,
    checksum: String,
    sessions: Vec<&'a Interview>,
    kept: Vec<&'a KeptValue>,
    prepare: &'a Prepared,
    personas: &'a CustomPersonas,
}

/// Sessions only, as one canonical JSON document (see `export_all`).
pub fn export(
    sessions: &[Interview],
    app_version: &str,
    exported_at_ms: f64,
) -> Result<String, EncodeError> {
    let contents = ExportContents {
        sessions: sessions.to_vec(),
        ..ExportContents::default()
    };
    export_all(&contents, app_version, exported_at_ms)
}

/// `value` as a JSON tree, through its text: the same as `serde_json::to_value` (floats
/// round-trip), but reusing the Serialize that writes stored text instead of a second copy
/// of each type's Serialize for the tree.
pub(crate) fn to_tree<T: Serialize + ?Sized>(value: &T) -> serde_json::Result<Value> {
    serde_json::from_str(&serde_json::to_string(value)?)
}

/// Everything in `contents`, as one canonical JSON document: compact, sessions sorted by id,
/// kept values by key, fields in declaration order, so export → import → export gives the
/// same bytes.
/// An error means no file should be offered (an empty or partial file would look like a
/// backup and restore nothing).
pub fn export_all(
    contents: &ExportContents,
    app_version: &str,
    exported_at_ms: f64,
) -> Result<String, EncodeError> {
    let failed = |e: serde_json::Error| EncodeError(e.to_string());
    let mut sessions: Vec<&Interview> = contents.sessions.iter().collect();
    sort_stable_by(&mut sessions, |a, b| a.id.cmp(&b.id));
    let mut kept: Vec<&KeptValue> = contents.kept.iter().collect();
    sort_stable_by(&mut kept, |a, b| a.key.cmp(&b.key).then(a.why.cmp(&b.why)));
    let prepare = to_tree(&contents.prepared).map_err(failed)?;
    let personas = to_tree(&contents.personas).map_err(failed)?;
    let mut sum = ContentSum::new(
        &to_tree(&kept).map_err(failed)?,
        Some(&personas),
        Some(&prepare),
    );
    for s in &sessions {
        sum.session(&to_tree(s).map_err(failed)?);
    }
    serde_json::to_string(&FileOut {
        format: FORMAT,
        format_version: FORMAT_VERSION,
        app_version,
        schema_version: SCHEMA_VERSION,
        // Whole milliseconds, so the number prints the same everywhere.
        exported_at_ms: exported_at_ms.max(0.0) as u64,
        count: sessions.len(),
        checksum: sum.finish(),
        sessions,
        kept,
        prepare: &contents.prepared,
        personas: &contents.personas,
    })
    .map_err(failed)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kept_values_are_cut_into_pieces_and_joined_back() {
        let raw = format!(
            "{}é{}",
            "a".repeat(PIECE_CHARS - 1),
            "b".repeat(PIECE_CHARS + 3)
        );
        let k = KeptValue::new("askwell.session.x", KeptWhy::Newer, 1, &raw);
        assert_eq!(k.text.len(), 3);
        assert!(k.text.iter().all(|p| p.chars().count() <= PIECE_CHARS));
        assert_eq!(k.raw(), raw);
        assert!(KeptValue::new("k", KeptWhy::Backup, 1, "").text.is_empty());
        let b = KeptValue::new(
            "askwell.backup.5.askwell.session.x",
            KeptWhy::Backup,
            5,
            "{",
        );
        assert_eq!(b.original_key(), "askwell.session.x");
    }
}
