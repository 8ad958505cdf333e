//! Custom personas: interviewees written, copied or imported by the user (issue 12).
//!
//! A custom persona is an ordinary [`Persona`] whose id starts with [`ID_PREFIX`], so the
//! engine, review, coach, progress, plans and people treat it like a shipped one. This module
//! holds what only custom personas need: the checks shared with `askwell check` (`check`),
//! starting points (`blank`, `copy_of`), the completeness meter, the editing reducer
//! (`Draft`), the share file, the hosted-persona manifest, and the stored list.

mod blank;
mod check;
mod complete;
mod edit;
mod fields;
mod file;
mod limits;
mod manifest;
mod slots;
mod store;

pub use crate::store::PERSONAS_KEY;
pub use blank::{blank, copy_of};
pub use check::{
    check, is_ready, Field, LineKind, Problem, Severity, CORE_TOPICS, MAX_AGE, MIN_NUGGETS,
};
pub use complete::{completeness, next_step, Completeness, Coverage, TopicStatus};
pub use edit::{Draft, Edit, EditKey, ProfileField};
pub use file::{draft_from_file, from_file, to_file, FileError, FILE_FORMAT, FILE_FORMAT_VERSION};
pub use limits::{
    MAX_BIO_CHARS, MAX_FIELD_CHARS, MAX_FILE_BYTES, MAX_FILE_DEPTH, MAX_KEYWORDS, MAX_LINE_CHARS,
    MAX_LIST_ITEMS, MAX_NUGGETS, MAX_PHRASE_CHARS, MAX_VOCABULARY_PHRASES,
};
pub use manifest::{parse_manifest, MANIFEST_FORMAT, MANIFEST_FORMAT_VERSION, MAX_MANIFEST_FILES};
pub use slots::{has_slots, line_parts, LinePart};
pub use store::{
    decode_personas, decode_personas_record, encode_personas, CustomPersona, CustomPersonas,
    Origin, PersonaMerge, MAX_CUSTOM_PERSONAS, MAX_STORED_PERSONA_BYTES,
};

use crate::persona::Persona;

/// Every custom persona's id starts with this; shipped ids never do.
pub const ID_PREFIX: &str = "my-";

/// Whether an id names a custom persona.
pub fn is_custom_id(id: &str) -> bool {
    id.starts_with(ID_PREFIX)
}

/// An id for a new custom persona: `my-` + a slug of the name + `-` + the suffix the caller
/// made at random (base 36), within the stored id length. `new_id("Dr. Ana Lee", "k3x9")` is
/// `my-dr-ana-lee-k3x9`.
pub fn new_id(name: &str, random_suffix: &str) -> String {
    let suffix: String = random_suffix
        .chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .map(|c| c.to_ascii_lowercase())
        .take(12)
        .collect();
    let mut slug = String::new();
    for c in name
        .chars()
        .map(crate::understand::text::lower_char)
        .map(crate::understand::text::plain_letter)
    {
        if c.is_ascii_alphanumeric() {
            slug.push(c);
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
    }
    // Room for the prefix, the dash and the suffix inside the stored id length.
    let room = crate::store::MAX_ID_LEN - ID_PREFIX.len() - 1 - suffix.len();
    slug.truncate(room.min(40));
    let slug = slug.trim_end_matches('-');
    let mut id = String::from(ID_PREFIX);
    if !slug.is_empty() {
        id.push_str(slug);
    }
    if !suffix.is_empty() {
        if !id.ends_with('-') {
            id.push('-');
        }
        id.push_str(&suffix);
    }
    if id.ends_with('-') {
        id.push_str("persona");
    }
    id
}

/// `id` as a custom id: unchanged when it already is one, otherwise prefixed with `my-` (and
/// cut to the stored id length). Used when a shipped persona's file is imported.
pub fn custom_id_for(id: &str) -> String {
    if is_custom_id(id) {
        return id.to_string();
    }
    // Cut by characters, never inside one: the id is not checked yet and may be any text.
    let out: String = format!("{ID_PREFIX}{id}")
        .chars()
        .scan(0, |bytes, c| {
            *bytes += c.len_utf8();
            (*bytes <= crate::store::MAX_ID_LEN).then_some(c)
        })
        .collect();
    out.trim_end_matches('-').to_string()
}

/// Whether a persona is one of the user's own (written, copied, imported or hosted).
pub fn is_custom(persona: &Persona) -> bool {
    is_custom_id(&persona.id)
}
