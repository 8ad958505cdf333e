//! Pure migrations between stored schema versions. Each one takes an envelope of version n
//! (as a plain JSON `Tree`) and returns the same record as version n + 1; `upgrade` chains
//! them. A new schema version adds one function to `MIGRATIONS` and freezes fixtures of the
//! version it replaces under `tests/fixtures/`.

use super::{DecodeError, SCHEMA_VERSION};
use crate::json::Tree;

/// One step: an envelope of version n in, version n + 1 out, or why it cannot be read.
pub type Migration = fn(Tree) -> Result<Tree, String>;

/// `MIGRATIONS[n - 1]` turns version n into version n + 1. Its length is checked by the type.
pub const MIGRATIONS: [Migration; SCHEMA_VERSION as usize - 1] = [
    migrate_v1_to_v2,
    migrate_v2_to_v3,
    migrate_v3_to_v4,
    migrate_v4_to_v5,
    migrate_v5_to_v6,
    migrate_v6_to_v7,
    migrate_v7_to_v8,
    migrate_v8_to_v9,
    migrate_v9_to_v10,
    migrate_v10_to_v11,
    migrate_v11_to_v12,
];

/// Version 2 adds the record's write counter, `revision`; a version 1 record starts at 0.
/// The data is unchanged.
pub fn migrate_v1_to_v2(mut value: Tree) -> Result<Tree, String> {
    let obj = envelope_of_version(&mut value, 1)?;
    obj.insert("version", Tree::whole(2));
    obj.insert("revision", Tree::whole(0));
    Ok(value)
}

/// A migration that changes nothing but the version: the data of `from` is valid data of the
/// next version, and the bump tells an older build meeting it that it is newer, not damaged.
fn version_only(mut value: Tree, from: u64) -> Result<Tree, String> {
    envelope_of_version(&mut value, from)?.insert("version", Tree::whole(from + 1));
    Ok(value)
}

/// The envelope, if it is an object of `version` holding data.
fn envelope_of_version(value: &mut Tree, version: u64) -> Result<&mut Tree, String> {
    if !matches!(value, Tree::Object(_)) {
        return Err("not an object".into());
    }
    if value.get("version").and_then(Tree::as_u64) != Some(version) {
        return Err(format!("not a version {version} record"));
    }
    if value.get("data").is_none() {
        return Err("no data".into());
    }
    Ok(value)
}

/// Version 3 adds topics (`opening.small_talk`, `present.compensation`, `present.work_life`,
/// `closing.anything_else`) and an exchange's `job_words`. Version 2 data is valid version 3
/// data; the bump exists so that an older build meeting the new topic ids sees a newer
/// record (and leaves it alone) rather than a damaged one.
pub fn migrate_v2_to_v3(value: Tree) -> Result<Tree, String> {
    version_only(value, 2)
}

/// Version 4 adds new records (people, plans, conversation logs) under new keys. Version 3
/// data is valid version 4 data; the bump tells an older build that meets the new records
/// that they are newer (left alone), not damaged.
pub fn migrate_v3_to_v4(value: Tree) -> Result<Tree, String> {
    version_only(value, 3)
}

/// Version 5 adds the user's own personas under a new key (`askwell.personas`). Version 4
/// data is valid version 5 data; the bump tells an older build that meets the new record
/// that it is newer (left alone), not damaged.
pub fn migrate_v4_to_v5(value: Tree) -> Result<Tree, String> {
    version_only(value, 4)
}

/// Version 6 adds an exchange's `also`: a second closing intent said in the same line.
/// Version 5 data is valid version 6 data; the bump tells an older build that meets the new
/// field that the record is newer (left alone), not damaged.
pub fn migrate_v5_to_v6(value: Tree) -> Result<Tree, String> {
    version_only(value, 5)
}

/// Version 7 adds the persona memory's `variants_given` (which of a topic's answers were
/// given). Version 6 data is valid version 7 data, read as answers given in order.
pub fn migrate_v6_to_v7(value: Tree) -> Result<Tree, String> {
    version_only(value, 6)
}

/// Version 8 adds a session's `question_plan` (the id of a plan for a real person, rehearsed
/// with a persona) and a person's `talk_at_ms` (when the conversation is arranged for).
/// Version 7 data is valid version 8 data; the bump tells an older build
/// that meets the new field that the record is newer (left alone), not damaged.
pub fn migrate_v7_to_v8(value: Tree) -> Result<Tree, String> {
    version_only(value, 7)
}

/// Version 9 adds the persona memory's `follow_ups_picked` (which of a topic's follow-ups
/// were given) and `tangents_told`, and an exchange's `also` becomes a list of topic ids
/// (one line may thank, ask for names and ask to keep in touch). Version 8 data is valid
/// version 9 data: follow-ups given in order, no tangent counted as told (a session saved
/// before may hear one again), and a single `also` id
/// is read as a list of one.
pub fn migrate_v8_to_v9(value: Tree) -> Result<Tree, String> {
    version_only(value, 8)
}

/// Version 10 adds a persona's `lines.agenda_set` (the welcome to an introduction that set
/// the agenda). Version 9 data is valid version 10 data: no persona held the lines.
pub fn migrate_v9_to_v10(value: Tree) -> Result<Tree, String> {
    version_only(value, 9)
}

/// Version 11 adds a persona's `terms` (its glossary). Version 10 data is valid version 11
/// data: no persona held terms.
pub fn migrate_v10_to_v11(value: Tree) -> Result<Tree, String> {
    version_only(value, 10)
}

/// Version 12 lets a persona's nugget be `asked` (an answer of its own to a question naming
/// it). Version 11 data is valid version 12 data: no nugget was.
pub fn migrate_v11_to_v12(value: Tree) -> Result<Tree, String> {
    version_only(value, 11)
}

/// The schema version of a stored envelope: `Newer` when this build cannot read it.
pub fn version_of(value: &Tree) -> Result<u32, DecodeError> {
    super::decode::check_version(value.get("version").and_then(Tree::as_u64))
}

/// Brings an envelope of any version this build knows up to `SCHEMA_VERSION`.
pub fn upgrade(mut value: Tree) -> Result<Tree, DecodeError> {
    let from = version_of(&value)?;
    for (i, step) in MIGRATIONS.iter().enumerate().skip(from as usize - 1) {
        value = step(value).map_err(|why| {
            DecodeError::Corrupt(format!("cannot migrate from schema {}: {why}", i + 1))
        })?;
    }
    Ok(value)
}
