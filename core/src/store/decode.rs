//! Reading stored text: the envelope's head alone (cheap, for revision checks), and the data
//! with a verdict on why it failed. A record that fails only because it names things this
//! build does not know (a topic, flag or status added later, or an extra field) was written
//! by a newer build: it is intact and must be left alone, not moved aside as damaged.

use super::stored::{Failure, Stored};
use super::{DecodeError, Envelope, SCHEMA_VERSION};
use crate::json::{self, Reader, Tree};

/// What the head of a stored value says, checked as `upgrade` would check it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Head {
    pub version: u32,
    /// The write counter (0 for version 1, which had none).
    pub revision: u64,
}

/// The envelope without its data: `data` is skipped, not built. A version or revision
/// that is not a whole number counts as absent; other fields are ignored.
struct RawHead {
    version: Option<u64>,
    revision: Option<u64>,
    data: bool,
}

fn raw_head(raw: &str) -> json::Result<RawHead> {
    const NAMES: [&str; 3] = ["version", "revision", "data"];
    let mut head = RawHead {
        version: None,
        revision: None,
        data: false,
    };
    let mut seen = 0u8;
    let mut r = Reader::new(raw);
    r.object(&mut |r, key| {
        let Some(i) = NAMES.iter().position(|n| *n == key) else {
            return r.skip();
        };
        if seen & (1 << i) != 0 {
            return Err(r.key_error(format!("duplicate field `{key}`")));
        }
        seen |= 1 << i;
        match i {
            2 => {
                head.data = true;
                r.skip()
            }
            _ => {
                *[&mut head.version, &mut head.revision][i] = r.tree()?.as_u64();
                Ok(())
            }
        }
    })?;
    r.finish()?;
    Ok(head)
}

/// The schema version a stored value claims: `Newer` when this build cannot read it.
pub(crate) fn check_version(version: Option<u64>) -> Result<u32, DecodeError> {
    match version {
        Some(v) if v > u64::from(SCHEMA_VERSION) => {
            Err(DecodeError::Newer(u32::try_from(v).unwrap_or(u32::MAX)))
        }
        Some(v) if v >= 1 => Ok(v as u32),
        Some(v) => Err(DecodeError::Corrupt(format!("unknown schema version {v}"))),
        None => Err(DecodeError::Corrupt("no schema version".into())),
    }
}

/// Reads only the envelope's version and revision; the data is skipped without being built.
pub(crate) fn read_head(raw: &str) -> Result<Head, DecodeError> {
    if !raw.trim_start().starts_with('{') {
        return Err(DecodeError::Corrupt("not a saved record".into()));
    }
    let head = raw_head(raw).map_err(|e| DecodeError::Corrupt(e.to_string()))?;
    let version = check_version(head.version)?;
    if version < SCHEMA_VERSION && !head.data {
        return Err(DecodeError::Corrupt(format!(
            "cannot migrate from schema {version}: no data"
        )));
    }
    let revision = match version {
        // Version 1 had no write counter; migrating it starts at 0.
        1 => 0,
        _ => head
            .revision
            .ok_or_else(|| DecodeError::Corrupt("no revision".into()))?,
    };
    Ok(Head { version, revision })
}

/// Why stored data did not decode into this build's types.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum DataError {
    /// Missing fields, wrong types, impossible values: the data is damaged.
    Damaged(String),
    /// It decodes except for names this build does not know: `what` is the first such name
    /// for people ("the topic \"future.salary\""), `path` where it is (`data.exchanges.3.topic`).
    Unknown { what: String, path: String },
}

impl From<DataError> for DecodeError {
    fn from(e: DataError) -> DecodeError {
        match e {
            DataError::Damaged(why) => DecodeError::Corrupt(why),
            DataError::Unknown { what, .. } => DecodeError::NewerBuild(what),
        }
    }
}

/// How many unknown names are set aside before giving up on proving the rest is sound
/// (such a record is then left alone as newer rather than called damaged).
const MAX_UNKNOWN_NAMES: usize = 10_000;

/// Decodes the envelope `value` with data `T`. On failure, tells whether only unknown names
/// are to blame: each unknown field is removed and each unknown enum value replaced by one
/// this build knows, on a scratch copy, until the data decodes (newer build) or fails
/// another way (damaged).
///
/// It decodes through the compact text, the same `from_str` the usual read uses, so each
/// stored type has one copy of its Deserialize in the .wasm; the error's column then says
/// where the offending name is (`path_at`).
pub(crate) fn decode_value<T: Stored>(value: &Tree) -> Result<Envelope<T>, DataError> {
    let mut read = None;
    check_value(value, &mut |text| {
        T::parse_envelope(text).map(|env| read = Some(env))
    })?;
    Ok(read.expect("checked only once read"))
}

/// `decode_value` for any type: `parse` reads an envelope's text and keeps what it read. One
/// copy of this loop serves every stored type (NOTES.md §1).
pub(crate) fn check_value(
    value: &Tree,
    parse: &mut dyn FnMut(&str) -> Result<(), Failure>,
) -> Result<(), DataError> {
    let mut text = value_text(value);
    let mut error = match parse(&text) {
        Ok(()) => return Ok(()),
        Err(e) => e,
    };
    let mut scratch = value.clone();
    let mut unknown = None;
    for _ in 0..MAX_UNKNOWN_NAMES {
        let Some(found) = set_aside_unknown_name(&mut scratch, &text, &error) else {
            return Err(DataError::Damaged(describe(&text, &error)));
        };
        unknown.get_or_insert(found);
        text = value_text(&scratch);
        match parse(&text) {
            Ok(()) => break,
            Err(e) => error = e,
        }
    }
    let (what, path) = unknown.unwrap_or_default();
    Err(DataError::Unknown { what, path })
}

/// A tree as text, written as serde_json wrote a `Value`.
fn value_text(value: &Tree) -> String {
    let mut w = crate::json::Writer::new();
    w.tree(value);
    w.finish()
}

/// The reader's message after the path where it happened.
fn describe(text: &str, error: &Failure) -> String {
    match error
        .at
        .and_then(|end| path_at(text, end))
        .map(|(steps, _)| dotted(&steps))
    {
        Some(path) if !path.is_empty() => format!("{path}: {}", error.message),
        _ => error.message.clone(),
    }
}

/// One step into a JSON value: an object's key or an array's index.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Step {
    Key(String),
    Index(usize),
}

/// `data.exchanges.3.topic`: a path as the messages write it.
fn dotted(steps: &[Step]) -> String {
    let parts: Vec<String> = steps
        .iter()
        .map(|s| match s {
            Step::Key(k) => k.clone(),
            Step::Index(i) => i.to_string(),
        })
        .collect();
    parts.join(".")
}

/// The path to what was being read in `text` at byte `end`, and whether that was an object's key (an unknown field, or
/// an enum used as a map key) rather than a value.
fn path_at(text: &str, end: usize) -> Option<(Vec<Step>, bool)> {
    let bytes = text.as_bytes();
    // Each open container, with the key or index being read in it (None: a key is next).
    let mut open: Vec<Option<Step>> = Vec::new();
    let (mut i, mut key_end) = (0, 0);
    while i < end.min(bytes.len()) {
        match bytes[i] {
            b'"' => {
                let close = string_end(bytes, i)?;
                if let Some(key @ None) = open.last_mut() {
                    *key = Some(Step::Key(Reader::new(&text[i..=close]).string().ok()?));
                    key_end = close + 1;
                }
                i = close;
            }
            b'{' => open.push(None),
            b'[' => open.push(Some(Step::Index(0))),
            b'}' | b']' => {
                open.pop();
            }
            b',' => match open.last_mut()? {
                Some(Step::Index(n)) => *n += 1,
                key => *key = None,
            },
            _ => {}
        }
        i += 1;
    }
    Some((open.into_iter().flatten().collect(), key_end == end))
}

/// The index of the quote closing the string that opens at `start`.
fn string_end(bytes: &[u8], start: usize) -> Option<usize> {
    let mut i = start + 1;
    while i < bytes.len() {
        match bytes[i] {
            b'\\' => i += 2,
            b'"' => return Some(i),
            _ => i += 1,
        }
    }
    None
}

/// If `error` is an unknown field or enum value, removes or replaces it in `scratch` and
/// returns what it was and where; None for any other error.
fn set_aside_unknown_name(
    scratch: &mut Tree,
    text: &str,
    error: &Failure,
) -> Option<(String, String)> {
    let message = &error.message;
    let mut end = error.at?;
    // A name refused after it was read (a topic, by `Topic`'s own Deserialize) is reported
    // after the object or list it closed, if it was the last there.
    if end >= 2 && matches!(text.as_bytes()[end - 2..end], [b'"', b'}' | b']']) {
        end -= 1;
    }
    let (steps, is_key) = path_at(text, end)?;
    let path = dotted(&steps);
    if message.starts_with("unknown field `") {
        // The path ends at the unknown field itself.
        let (Step::Key(key), parent) = steps.split_last()? else {
            return None;
        };
        node(scratch, parent)?.remove(key)?;
        return Some((format!("the field \"{key}\""), path));
    }
    let rest = message.strip_prefix("unknown variant `")?;
    let at = crate::substr::find(rest, "`, expected")?;
    let (name, expected) = (&rest[..at], &rest[at + 2..]);
    let known = first_quoted(expected)?;
    let what = format!("the {} \"{name}\"", kind_of(&steps, name));
    if !is_key {
        let at = node(scratch, &steps)?;
        if at.as_str() != Some(name) {
            return None;
        }
        *at = Tree::String(known.into());
        return Some((what, path));
    }
    // An enum as a map key (a topic's answer count): the path ends at that key.
    let (Step::Key(key), parent) = steps.split_last()? else {
        return None;
    };
    if key != name {
        return None;
    }
    node(scratch, parent)?.remove(key)?;
    Some((what, path))
}

/// The value at `steps` inside `value`.
fn node<'v>(value: &'v mut Tree, steps: &[Step]) -> Option<&'v mut Tree> {
    steps.iter().try_fold(value, |v, s| match s {
        Step::Index(i) => v.item_mut(*i),
        Step::Key(k) => v.get_mut(k),
    })
}

/// The text between the first pair of backticks.
fn first_quoted(text: &str) -> Option<&str> {
    let mut parts = text.split('`');
    parts.next()?;
    parts.next()
}

/// A plain name for what the enum value `name` at this path is.
fn kind_of(steps: &[Step], name: &str) -> &'static str {
    let field = steps.iter().rev().find_map(|s| match s {
        Step::Key(k) if k != name => Some(k.as_str()),
        _ => None,
    });
    match field {
        Some(
            "topic" | "last_topic" | "pending" | "answers_given" | "follow_ups_given"
            | "variants_given" | "follow_ups_picked" | "also",
        ) => "topic",
        Some("flags") => "coach flag",
        Some("status") => "status",
        Some("clock") => "clock mode",
        Some("kind") => "kind of reply",
        Some("segment") => "interview part",
        _ => "value",
    }
}

#[cfg(test)]
#[path = "decode_tests.rs"]
mod tests;
