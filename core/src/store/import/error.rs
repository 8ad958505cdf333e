//! Why a file cannot be imported: `ImportError`, whose `Display` is one sentence for the user.

use crate::store::{MAX_FILE_BYTES, MAX_SESSIONS, MAX_STRING_CHARS};

/// Why a file cannot be imported. `Display` gives one sentence for the user.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportError {
    Empty,
    TooLarge {
        bytes: usize,
    },
    TooDeep,
    StringTooLong,
    NotJson {
        line: usize,
        column: usize,
    },
    NotAskwell,
    /// An export that ends part-way.
    CutOff,
    Newer(u32),
    NewerFormat(u32),
    UnknownVersion,
    Malformed(String),
    CountMismatch {
        stated: u64,
        found: usize,
    },
    ChecksumMismatch,
    TooManySessions(usize),
    BadSession {
        number: usize,
        why: String,
    },
    DuplicateId(String),
    /// The people, plans or conversation logs cannot be imported.
    BadPrepared(String),
    /// The user's own personas cannot be imported.
    BadPersonas(String),
}

impl std::fmt::Display for ImportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        const NOT: &str = "This file is not an Askwell export";
        const UPDATE: &str = "Update Askwell, then import it again.";
        match self {
            ImportError::Empty => write!(f, "This file is empty, so there is nothing to import."),
            ImportError::TooLarge { bytes } => write!(
                f,
                "This file is too large to import ({} MB; an Askwell export is at most {} MB).",
                crate::decimal::fixed(*bytes as f64 / (1024.0 * 1024.0), 1),
                MAX_FILE_BYTES / (1024 * 1024)
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
            ImportError::CutOff => write!(
                f,
                "This Askwell export is cut off: it ends part-way, perhaps because a download or copy did not finish. Export again, or find the complete file."
            ),
            ImportError::Newer(v) => write!(
                f,
                "This file was made by a newer Askwell (schema {v}). {UPDATE}"
            ),
            ImportError::NewerFormat(v) => write!(
                f,
                "This file was made by a newer Askwell (file format {v}). {UPDATE}"
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
                write!(
                    f,
                    "The file was changed after it was exported (its checksum does not match): \
                     damaged, or edited by hand."
                )
            }
            ImportError::TooManySessions(n) => write!(
                f,
                "This file holds {n} sessions; Askwell imports at most {MAX_SESSIONS} at once."
            ),
            ImportError::BadSession { number, why } => {
                write!(f, "Session {number} in the file cannot be imported: {why}.")
            }
            ImportError::BadPrepared(why) => write!(
                f,
                "The people, plans and conversation logs in this file cannot be imported: {why}."
            ),
            ImportError::BadPersonas(why) => write!(
                f,
                "The personas of your own in this file cannot be imported: {why}."
            ),
            ImportError::DuplicateId(id) => write!(
                f,
                "The file is damaged: it holds two sessions with the id \"{id}\"."
            ),
        }
    }
}

impl std::error::Error for ImportError {}

impl ImportError {
    /// The file is not an export, or is damaged: the reason (`Display`) is technical detail.
    pub fn is_damage(&self) -> bool {
        matches!(
            self,
            ImportError::TooDeep
                | ImportError::StringTooLong
                | ImportError::NotJson { .. }
                | ImportError::NotAskwell
                | ImportError::UnknownVersion
                | ImportError::Malformed(_)
                | ImportError::CountMismatch { .. }
                | ImportError::DuplicateId(_)
        )
    }

    /// What the Data page says about the file named `file`, and the technical detail it
    /// keeps behind "Details" (none when the first part already says what to do):
    /// "'bad.json' isn't an Askwell export (it may be damaged). Nothing was changed."
    pub fn for_file(&self, file: &str) -> (String, Option<String>) {
        let name = ["'", file, "'"].concat();
        if self.is_damage() {
            (
                [
                    &name,
                    " isn't an Askwell export (it may be damaged). Nothing was changed.",
                ]
                .concat(),
                Some(self.to_string()),
            )
        } else {
            (
                [
                    &name,
                    " wasn't imported. ",
                    &self.to_string(),
                    " Nothing was changed.",
                ]
                .concat(),
                None,
            )
        }
    }
}
