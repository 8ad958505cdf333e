//! The share file: one persona as JSON,
//! `{"format":"askwell-persona","format_version":1,"persona":{...}}`. Reading it checks
//! everything before anything is returned (size, nesting, lengths, format and version, the
//! shape, then the *Needed* rules), so an import never stores what practice cannot use.
//! Text in a file stays text: nothing in it is ever read as markup.

use super::check::{check, Severity};
use super::limits::{shape_problem, MAX_FILE_BYTES};
use super::{custom_id_for, is_custom_id};
use crate::persona::{Persona, FORMAT_VERSION};
use serde::{Deserialize, Serialize};
use serde_json::Value;

pub const FILE_FORMAT: &str = "askwell-persona";
/// The share-file format this build writes and reads.
pub const FILE_FORMAT_VERSION: u32 = 1;
/// How many problems a refusal lists.
const PROBLEMS_SHOWN: usize = 3;

/// Why a file was refused. `Display` is one plain sentence for the user.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FileError {
    TooLarge,
    NotJson,
    /// JSON, but not an Askwell persona file.
    NotAPersonaFile,
    /// Not an Askwell persona manifest.
    NotAManifest,
    /// Made by a newer Askwell (a higher format version).
    Newer,
    /// The file's contents break a limit or do not have a persona's shape; the text says
    /// what, in words.
    Invalid(String),
    /// A persona that cannot be practised yet: its first few *Needed* problems.
    NotReady(Vec<String>),
}

impl std::fmt::Display for FileError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            FileError::TooLarge => write!(
                f,
                "This file is larger than a persona can be ({} KB at most), so it was not \
                 read. Nothing was changed.",
                MAX_FILE_BYTES / 1024
            ),
            FileError::NotJson => write!(
                f,
                "This file is not a persona file (it is not readable JSON). Nothing was \
                 changed; choose a file exported from Askwell."
            ),
            FileError::NotAPersonaFile => write!(
                f,
                "This file can be read, but it holds no Askwell persona (it may be another \
                 file, or an incomplete copy). Nothing was changed; ask whoever shared it to \
                 export it again from Askwell's Personas page."
            ),
            FileError::NotAManifest => write!(
                f,
                "The list of hosted personas is not in the expected form, so none were loaded."
            ),
            FileError::Newer => write!(
                f,
                "This file was made by a newer version of Askwell. Nothing was changed; \
                 reload Askwell to update it, then try again."
            ),
            FileError::Invalid(why) => write!(
                f,
                "This persona file cannot be used: {why}. Nothing was changed."
            ),
            FileError::NotReady(problems) => write!(
                f,
                "This persona is not complete enough to practise with, so it was not \
                 imported. Still needed: {}",
                problems.join(" ")
            ),
        }
    }
}

impl std::error::Error for FileError {}

#[derive(Serialize)]
struct FileOut<'a> {
    format: &'a str,
    format_version: u32,
    persona: &'a Persona,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FileIn {
    #[allow(dead_code)]
    format: String,
    #[allow(dead_code)]
    format_version: u32,
    persona: Persona,
}

/// The share file of a persona (pretty JSON, the persona as serde writes it).
pub fn to_file(persona: &Persona) -> String {
    let out = FileOut {
        format: FILE_FORMAT,
        format_version: FILE_FORMAT_VERSION,
        persona,
    };
    // A persona is strings, numbers and lists: it always serializes.
    serde_json::to_string_pretty(&out).unwrap_or_default()
}

/// Reads a share file, fully checked. A shipped persona's file (an id without `my-`) comes
/// back with a `my-` id; anything that cannot be practised is refused.
pub fn from_file(text: &str) -> Result<Persona, FileError> {
    let persona = draft_from_file(text)?;
    let needed: Vec<String> = check(&persona)
        .into_iter()
        .filter(|p| p.severity == Severity::Needed)
        .map(|p| p.message)
        .collect();
    if !needed.is_empty() {
        let mut shown: Vec<String> = needed.iter().take(PROBLEMS_SHOWN).cloned().collect();
        if needed.len() > PROBLEMS_SHOWN {
            shown.push(format!("(and {} more)", needed.len() - PROBLEMS_SHOWN));
        }
        return Err(FileError::NotReady(shown));
    }
    Ok(persona)
}

/// Reads a share file with every check of [`from_file`] but readiness: a draft someone
/// exported comes back as a draft, to finish in the editor (Home offers it once it is ready).
pub fn draft_from_file(text: &str) -> Result<Persona, FileError> {
    // Some editors start a saved file with a byte order mark.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.len() > MAX_FILE_BYTES {
        return Err(FileError::TooLarge);
    }
    // serde_json stops at 128 levels of nesting, so a deep file cannot exhaust the stack.
    let value: Value = serde_json::from_str(text).map_err(|_| FileError::NotJson)?;
    let Some(head) = value.as_object() else {
        return Err(FileError::NotAPersonaFile);
    };
    if head.get("format").and_then(Value::as_str) != Some(FILE_FORMAT) {
        return Err(FileError::NotAPersonaFile);
    }
    match head.get("format_version").and_then(Value::as_u64) {
        Some(v) if v == u64::from(FILE_FORMAT_VERSION) => {}
        Some(v) if v > u64::from(FILE_FORMAT_VERSION) => return Err(FileError::Newer),
        _ => return Err(FileError::NotAPersonaFile),
    }
    let Some(persona) = head.get("persona") else {
        return Err(FileError::Invalid("it holds no persona".into()));
    };
    match persona.get("format_version").and_then(Value::as_u64) {
        Some(v) if v > u64::from(FORMAT_VERSION) => return Err(FileError::Newer),
        _ => {}
    }
    if let Some(why) = shape_problem(persona) {
        return Err(FileError::Invalid(why));
    }
    let file: FileIn =
        serde_json::from_value(value).map_err(|e| FileError::Invalid(shape_error(&e)))?;
    let mut persona = file.persona;
    if persona.format_version != FORMAT_VERSION {
        return Err(FileError::Invalid(
            "its persona format version is not one Askwell knows".into(),
        ));
    }
    if !is_custom_id(&persona.id) {
        persona.id = custom_id_for(&persona.id);
    }
    Ok(persona)
}

/// serde's complaint, in words: which field, and that it is missing, unknown or of the
/// wrong kind. serde's own text names Rust types, so only the field name is kept.
fn shape_error(e: &serde_json::Error) -> String {
    let text = e.to_string();
    let quoted = text.split('`').nth(1).map(str::to_string);
    let name = quoted.filter(|q| {
        q.len() <= 40
            && q.chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '.')
    });
    if text.starts_with("missing field") {
        match name {
            Some(n) => format!("its persona has no “{n}”"),
            None => "its persona is missing a part".into(),
        }
    } else if text.starts_with("unknown field") {
        match name {
            Some(n) => format!("its persona has a part Askwell does not know (“{n}”)"),
            None => "its persona has a part Askwell does not know".into(),
        }
    } else if text.starts_with("unknown variant") {
        match name {
            Some(n) => format!("it uses a name Askwell does not know (“{n}”)"),
            None => "it uses a name Askwell does not know".into(),
        }
    } else {
        "one of its parts has the wrong kind of value".into()
    }
}
