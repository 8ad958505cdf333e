//! Reading stored text: the envelope's head alone (cheap, for revision checks), and the data
//! with a verdict on why it failed. A record that fails only because it names things this
//! build does not know (a topic, flag or status added later, or an extra field) was written
//! by a newer build: it is intact and must be left alone, not moved aside as damaged.

use super::{DecodeError, SCHEMA_VERSION};
use serde::de::{DeserializeOwned, IgnoredAny};
use serde::{Deserialize, Deserializer};
use serde_json::Value;
use serde_path_to_error::Segment;

/// The envelope without its data: `data` is skipped, not built.
#[derive(Deserialize)]
struct RawHead {
    #[serde(default)]
    version: Option<Value>,
    #[serde(default)]
    revision: Option<Value>,
    #[serde(default, deserialize_with = "present")]
    data: bool,
}

fn present<'de, D: Deserializer<'de>>(d: D) -> Result<bool, D::Error> {
    IgnoredAny::deserialize(d).map(|_| true)
}

/// What the head of a stored value says, checked as `upgrade` would check it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Head {
    pub version: u32,
    /// The write counter (0 for version 1, which had none).
    pub revision: u64,
}

/// The schema version a stored value claims: `Newer` when this build cannot read it.
pub(crate) fn check_version(version: Option<&Value>) -> Result<u32, DecodeError> {
    match version.and_then(Value::as_u64) {
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
    let head: RawHead =
        serde_json::from_str(raw).map_err(|e| DecodeError::Corrupt(e.to_string()))?;
    let version = check_version(head.version.as_ref())?;
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
            .as_ref()
            .and_then(Value::as_u64)
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
    /// for people ("the topic \"future.salary\""), `path` where it is (`exchanges.3.topic`).
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

/// Decodes `value` as `T`. On failure, tells whether only unknown names are to blame: each
/// unknown field is removed and each unknown enum value replaced by one this build knows, on
/// a scratch copy, until the data decodes (newer build) or fails another way (damaged).
pub(crate) fn decode_value<T: DeserializeOwned>(value: &Value) -> Result<T, DataError> {
    let first = match serde_path_to_error::deserialize::<_, T>(value) {
        Ok(t) => return Ok(t),
        Err(e) => e,
    };
    let mut scratch = value.clone();
    let mut unknown = None;
    let mut error = first;
    for _ in 0..MAX_UNKNOWN_NAMES {
        let Some(found) = set_aside_unknown_name(&mut scratch, &error) else {
            return Err(DataError::Damaged(describe(&error)));
        };
        unknown.get_or_insert(found);
        match serde_path_to_error::deserialize::<_, T>(&scratch) {
            Ok(_) => break,
            Err(e) => error = e,
        }
    }
    let (what, path) = unknown.unwrap_or_default();
    Err(DataError::Unknown { what, path })
}

/// A serde error with where it happened, for the damaged case.
fn describe(error: &serde_path_to_error::Error<serde_json::Error>) -> String {
    match dotted(error.path()) {
        path if path.is_empty() => error.inner().to_string(),
        path => format!("{path}: {}", error.inner()),
    }
}

/// `exchanges.3.topic`: the path as the import messages write it.
pub(crate) fn dotted(path: &serde_path_to_error::Path) -> String {
    let parts: Vec<String> = path
        .iter()
        .map(|s| match s {
            Segment::Seq { index } => index.to_string(),
            Segment::Map { key } => key.clone(),
            Segment::Enum { variant } => variant.clone(),
            Segment::Unknown => "?".into(),
        })
        .collect();
    parts.join(".")
}

/// If `error` is an unknown field or enum value, removes or replaces it in `scratch` and
/// returns what it was and where; None for any other error.
fn set_aside_unknown_name(
    scratch: &mut Value,
    error: &serde_path_to_error::Error<serde_json::Error>,
) -> Option<(String, String)> {
    let message = error.inner().to_string();
    let segments: Vec<&Segment> = error.path().iter().collect();
    let path = dotted(error.path());
    if message.starts_with("unknown field `") {
        // The path ends at the unknown field itself.
        let (Segment::Map { key }, parent) = segments.split_last()? else {
            return None;
        };
        node(scratch, parent)?.as_object_mut()?.remove(key)?;
        return Some((format!("the field \"{key}\""), path));
    }
    let rest = message.strip_prefix("unknown variant `")?;
    let (name, expected) = rest.split_once("`, expected")?;
    let known = first_quoted(expected)?;
    let what = format!("the {} \"{name}\"", kind_of(&segments, name));
    let at = node(scratch, &segments)?;
    if at.as_str() == Some(name) {
        *at = Value::String(known.into());
        return Some((what, path));
    }
    // An enum as a map key (a topic's answer count): the path ends at that key.
    let (Segment::Map { key }, parent) = segments.split_last()? else {
        return None;
    };
    if key != name {
        return None;
    }
    node(scratch, parent)?.as_object_mut()?.remove(key)?;
    Some((what, path))
}

/// The value at `segments` inside `value`.
fn node<'v>(value: &'v mut Value, segments: &[&Segment]) -> Option<&'v mut Value> {
    segments.iter().try_fold(value, |v, s| match s {
        Segment::Seq { index } => v.as_array_mut()?.get_mut(*index),
        Segment::Map { key } => v.as_object_mut()?.get_mut(key),
        Segment::Enum { .. } | Segment::Unknown => None,
    })
}

/// The text between the first pair of backticks.
fn first_quoted(text: &str) -> Option<&str> {
    let mut parts = text.split('`');
    parts.next()?;
    parts.next()
}

/// A plain name for what the enum value `name` at this path is.
fn kind_of(segments: &[&Segment], name: &str) -> &'static str {
    let field = segments.iter().rev().find_map(|s| match s {
        Segment::Map { key } if key != name => Some(key.as_str()),
        _ => None,
    });
    match field {
        Some("topic" | "last_topic" | "pending" | "answers_given" | "follow_ups_given") => "topic",
        Some("flags") => "coach flag",
        Some("status") => "status",
        Some("clock") => "clock mode",
        Some("kind") => "kind of reply",
        Some("segment") => "interview part",
        _ => "value",
    }
}
