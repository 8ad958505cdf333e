//! Reading sessions: the list of saved sessions loaded and checked once at start, one
//! session by id, and every session for an export. Damaged values are moved aside by
//! `read_record` before anything else happens.

use super::id_map::one_per_id;
use super::{
    damage_notice, encoded, is_available, keys_with, mode, raw_get, raw_set, read_record, set_mode,
    set_rev, Mode, Read, StorageError, ST,
};
use crate::format::date_time;
use askwell_core::interview::Interview;
use askwell_core::small_sort::sort_stable_by;
use askwell_core::store::{
    self, session_key, DecodeError, SessionIndex, SessionSummary, INDEX_KEY,
};

/// A session whose stored id differs from its key's (an edit by hand).
pub(super) fn mismatch_notice(key_id: &str) -> String {
    [
        "A saved session (",
        key_id,
        ") names a different id inside, so it is not listed. It was left as it is.",
    ]
    .concat()
}

pub(super) fn persona_name(id: &str, known: Option<&SessionIndex>, session: &Interview) -> String {
    known
        .and_then(|k| k.sessions.iter().find(|s| s.id == id))
        .map(|s| s.persona_name.clone())
        .or_else(|| crate::content::info(&session.persona_id).map(|i| i.name.clone()))
        .unwrap_or_else(|| session.persona_id.clone())
}

pub(super) fn describe(id: &str, known: Option<&SessionIndex>) -> String {
    match known.and_then(|k| k.sessions.iter().find(|s| s.id == id)) {
        Some(s) => [
            "Your session with ",
            &s.persona_name,
            " on ",
            &date_time(s.started_at_ms),
        ]
        .concat(),
        None => ["A saved session (", id, ")"].concat(),
    }
}

pub(super) fn unsaved_index() -> SessionIndex {
    let mut index = SessionIndex::default();
    ST.with(|s| {
        for i in s.unsaved.borrow().values() {
            index.upsert(SessionSummary::of(i, &persona_name(&i.id, None, i)));
        }
    });
    index
}

/// Loads the list of saved sessions and checks every session, once at start. Damaged values
/// are moved aside and named in the returned messages; sessions missing from the list are
/// added and lines without a session dropped. Only after this may anything be written.
pub fn load_index(now_ms: f64) -> (SessionIndex, Vec<String>) {
    ST.with(|s| s.loaded.set(false));
    if !is_available() {
        set_mode(Mode::Memory);
        return (unsaved_index(), Vec::new());
    }
    set_mode(Mode::Normal);
    let mut notes = Vec::new();
    let (known, rev) = match read_record::<SessionIndex>(INDEX_KEY, now_ms) {
        Ok(Read::Found(r)) => (Some(r.data), r.revision),
        Ok(Read::Missing) => (None, 0),
        Ok(Read::Damaged { backup, reason, .. }) => {
            notes.push(damage_notice("The list of your sessions", &backup, &reason));
            (None, 0)
        }
        Err(e) => return (SessionIndex::default(), vec![e.to_string()]),
    };
    let keys = session_keys();
    if let Some(listed) = known.as_ref().filter(|k| lists_exactly(k, &keys)) {
        // The list matches the stored sessions: show it now and read every session after the
        // first screen is up, a few at a time, so a long history never blocks the start.
        let mut index = listed.clone();
        ST.with(|s| {
            *s.unchecked.borrow_mut() = keys.clone();
            s.loaded.set(true);
        });
        for line in unsaved_index().sessions {
            index.upsert(line);
        }
        return (index, notes);
    }
    let mut index = SessionIndex::default();
    for key in keys {
        let id = &key[session_key("").len()..];
        match read_record::<Interview>(&key, now_ms) {
            Ok(Read::Found(r)) if r.data.id != id => notes.push(mismatch_notice(id)),
            Ok(Read::Found(r)) => {
                set_rev(id, r.revision);
                let name = persona_name(id, known.as_ref(), &r.data);
                index.upsert(SessionSummary::of(&r.data, &name));
            }
            Ok(Read::Damaged { backup, reason, .. }) => {
                notes.push(damage_notice(
                    &describe(id, known.as_ref()),
                    &backup,
                    &reason,
                ));
                // A newer session stays listed: it is still there.
                if let (DecodeError::Newer(_) | DecodeError::NewerBuild(_), Some(line)) = (
                    &reason,
                    known
                        .as_ref()
                        .and_then(|k| k.sessions.iter().find(|s| s.id == id)),
                ) {
                    index.upsert(line.clone());
                }
            }
            _ => {}
        }
    }
    ST.with(|s| s.loaded.set(true));
    let fresh = known.is_none() && index.sessions.is_empty();
    if mode() == Mode::Normal && known.as_ref() != Some(&index) && !fresh {
        // Heal the stored list; if that fails, the next save tries again.
        if let Ok(text) = encoded(&index, rev + 1) {
            let _ = raw_set(INDEX_KEY, &text);
        }
    }
    for i in ST.with(|s| s.unsaved.borrow().values().cloned().collect::<Vec<_>>()) {
        index.upsert(SessionSummary::of(&i, &persona_name(&i.id, None, &i)));
    }
    (index, notes)
}

/// True when the list names exactly the sessions stored under `keys`.
fn lists_exactly(index: &SessionIndex, keys: &[String]) -> bool {
    // Sorted lists with no repeats, compared: the same test as two sets, with the shared sort.
    let mut stored: Vec<&str> = keys.iter().map(|k| &k[session_key("").len()..]).collect();
    let mut listed: Vec<&str> = index.sessions.iter().map(|s| s.id.as_str()).collect();
    for ids in [&mut stored, &mut listed] {
        sort_stable_by(ids, |a, b| a.cmp(b));
        ids.dedup();
    }
    stored.len() == keys.len() && listed.len() == index.sessions.len() && stored == listed
}

/// The stored list as it is now (after a change in another tab), or None if it cannot be
/// read. Writes nothing.
pub fn stored_index() -> Option<SessionIndex> {
    let raw = raw_get(INDEX_KEY).ok()?;
    match raw {
        None => Some(SessionIndex::default()),
        Some(raw) => store::decode::<SessionIndex>(&raw).ok(),
    }
}

pub(super) fn session_keys() -> Vec<String> {
    keys_with(&session_key(""))
}

/// A session by id: this tab's unsaved copy if it has one, else the stored one.
pub fn load_session(id: &str, now_ms: f64) -> Result<Read<Interview>, StorageError> {
    if let Some(i) = ST.with(|s| s.unsaved.borrow().get(id).cloned()) {
        return Ok(Read::Found(i));
    }
    if mode() == Mode::Memory {
        return Ok(Read::Missing);
    }
    let read = read_record::<Interview>(&session_key(id), now_ms)?;
    if let Read::Found(r) = &read {
        set_rev(id, r.revision);
    }
    Ok(read.map(|r| r.data))
}

/// Every session this tab can read (stored, and unsaved ones in memory), for an export.
pub fn all_sessions() -> Vec<Interview> {
    let mut all: Vec<Interview> = Vec::new();
    for key in session_keys() {
        if let Some(Ok(r)) = raw_get(&key).ok().flatten().map(|r| store::decode(&r)) {
            all.push(r);
        }
    }
    ST.with(|s| all.extend(s.unsaved.borrow().values().cloned()));
    one_per_id(all)
}
