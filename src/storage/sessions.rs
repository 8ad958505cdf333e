//! Writing sessions: a new or changed session, an import, a deletion. Each write checks
//! that the stored copy is not newer than this tab's, and re-reads and merges the index
//! right before writing it, so other tabs' sessions are kept.

use super::load::{persona_name, stored_index, unsaved_index};
use super::usage::ask_persist_once;
use super::{
    encoded, failed, mode, my_rev, raw_get, raw_set, set_aside, set_mode, set_rev, transfer,
    writable, Mode, StorageError, ST,
};
use crate::format::now_ms;
use askwell_core::interview::Interview;
use askwell_core::store::{
    self, session_key, DecodeError, SessionIndex, SessionSummary, WriteCheck, INDEX_KEY,
};

/// True when this tab holds a copy of the session that could not be saved.
pub fn has_unsaved(id: &str) -> bool {
    ST.with(|s| s.unsaved.borrow().contains_key(id))
}

/// Drops this tab's unsaved copy of a session, so the next load reads the stored one.
pub fn forget_unsaved(id: &str) {
    ST.with(|s| s.unsaved.borrow_mut().remove(id));
}

/// Writes one session if the stored copy is not newer than this tab's (`force`: the user
/// chose to replace it, as in an import).
pub(super) fn put_session(
    s: &web_sys::Storage,
    i: &Interview,
    force: bool,
) -> Result<(), StorageError> {
    if !force && ST.with(|st| st.deleted_elsewhere.borrow().contains_key(&i.id)) {
        return Err(StorageError::DeletedElsewhere);
    }
    let key = session_key(&i.id);
    let stored = s.get_item(&key).map_err(failed)?;
    let mut mine = my_rev(&i.id);
    match store::may_overwrite::<Interview>(stored.as_deref(), mine) {
        WriteCheck::Ok => {}
        WriteCheck::StaleCopy { stored_revision } if force => mine = stored_revision,
        WriteCheck::StaleCopy { .. } => return Err(StorageError::Stale { id: i.id.clone() }),
        WriteCheck::Unreadable => {
            if set_aside(&key, stored.as_deref().unwrap_or_default(), now_ms()).is_none() {
                return Err(StorageError::Failed(
                    "the damaged saved copy could not be moved aside".into(),
                ));
            }
        }
        WriteCheck::Newer(_) => {
            set_mode(Mode::ReadOnly);
            return Err(StorageError::ReadOnly);
        }
    }
    raw_set(&key, &encoded(i, mine + 1)?)?;
    set_rev(&i.id, mine + 1);
    Ok(())
}

/// Re-reads the stored index right before writing it, applies `change` to that, and
/// writes it back at the next revision: other tabs' sessions are kept.
pub(super) fn merge_index(
    s: &web_sys::Storage,
    change: impl FnOnce(&mut SessionIndex),
) -> Result<SessionIndex, StorageError> {
    let (mut index, rev) = match s.get_item(INDEX_KEY).map_err(failed)? {
        None => (SessionIndex::default(), 0),
        Some(raw) => match store::decode_record::<SessionIndex>(&raw) {
            Ok(r) => (r.data, r.revision),
            Err(DecodeError::Newer(_) | DecodeError::NewerBuild(_)) => {
                set_mode(Mode::ReadOnly);
                return Err(StorageError::ReadOnly);
            }
            Err(DecodeError::Corrupt(_)) => {
                set_aside(INDEX_KEY, &raw, now_ms());
                (SessionIndex::default(), 0)
            }
        },
    };
    change(&mut index);
    raw_set(INDEX_KEY, &encoded(&index, rev + 1)?)?;
    Ok(index)
}

/// Saves a brand-new session: its key must be empty, so a colliding id never overwrites a
/// stored session (two tabs in one millisecond, a clock set back).
pub fn create_session(
    interview: &Interview,
    persona_name: &str,
    index: &mut SessionIndex,
) -> Result<(), StorageError> {
    if mode() == Mode::Normal && raw_get(&session_key(&interview.id))?.is_some() {
        return Err(StorageError::Taken);
    }
    save_session(interview, persona_name, index)
}

/// A fresh session id: the start time plus a random suffix, so ids made in the same
/// millisecond (two tabs, reduced timer precision) still differ.
pub fn new_session_id(started_ms: f64) -> String {
    let suffix = (js_sys::Math::random() * 1_679_616.0) as u32; // 36^4
    format!("s{}-{}", started_ms as u64, base36(suffix))
}

fn base36(mut n: u32) -> String {
    let mut out = Vec::new();
    loop {
        out.push(b"0123456789abcdefghijklmnopqrstuvwxyz"[(n % 36) as usize]);
        n /= 36;
        if n == 0 {
            break;
        }
    }
    out.reverse();
    String::from_utf8(out).unwrap_or_default()
}

/// After a change in another tab: the stored list merged with this tab's unsaved sessions,
/// and every session this tab had read but is now gone from storage marked as deleted
/// elsewhere, so this tab never brings it back. Returns the list, or None when the stored
/// list cannot be read (the caller keeps its own).
pub fn refresh_after_other_tab() -> Option<SessionIndex> {
    if mode() == Mode::Memory {
        return None;
    }
    let gone: Vec<String> = ST.with(|s| {
        s.revs
            .borrow()
            .keys()
            .filter(|id| matches!(raw_get(&session_key(id)), Ok(None)))
            .cloned()
            .collect()
    });
    ST.with(|s| {
        let mut revs = s.revs.borrow_mut();
        let mut deleted = s.deleted_elsewhere.borrow_mut();
        for id in gone {
            revs.remove(&id);
            deleted.insert(id, ());
        }
    });
    let mut index = stored_index()?;
    for line in unsaved_index().sessions {
        index.upsert(line);
    }
    Some(index)
}

/// True when another tab deleted this session after this tab read it.
pub fn was_deleted_elsewhere(id: &str) -> bool {
    ST.with(|s| s.deleted_elsewhere.borrow().contains_key(id))
}

/// Saves a session under its own key, then merges its line into the stored index. `index`
/// becomes the merged list (on failure, this tab's list with the session updated). When
/// storage is blocked the session is kept in memory and this returns Ok.
pub fn save_session(
    interview: &Interview,
    persona_name: &str,
    index: &mut SessionIndex,
) -> Result<(), StorageError> {
    let summary = SessionSummary::of(interview, persona_name);
    let result = writable().and_then(|s| {
        put_session(&s, interview, false)?;
        // The session itself is safe now; only the derived list is behind.
        merge_index(&s, |i| i.upsert(summary.clone())).map_err(|e| match e {
            StorageError::QuotaExceeded => StorageError::ListNotUpdated,
            other => other,
        })
    });
    match result {
        Ok(merged) => {
            *index = merged;
            forget_unsaved(&interview.id);
            ask_persist_once();
            Ok(())
        }
        Err(StorageError::DeletedElsewhere) => Err(StorageError::DeletedElsewhere),
        Err(StorageError::ListNotUpdated) => {
            index.upsert(summary);
            forget_unsaved(&interview.id);
            Err(StorageError::ListNotUpdated)
        }
        Err(e) => {
            index.upsert(summary);
            if !matches!(
                e,
                StorageError::Stale { .. } | StorageError::DeletedElsewhere | StorageError::Taken
            ) {
                ST.with(|s| {
                    s.unsaved
                        .borrow_mut()
                        .insert(interview.id.clone(), interview.clone())
                });
            }
            if e == StorageError::Unavailable && mode() == Mode::Memory {
                return Ok(());
            }
            Err(e)
        }
    }
}

/// Writes sessions the user chose to import, replacing stored copies; then merges their
/// lines into the index. Returns how many were written before any failure.
pub fn import_sessions(
    sessions: &[Interview],
    index: &mut SessionIndex,
) -> Result<usize, (usize, StorageError)> {
    let line = |i: &Interview| SessionSummary::of(i, &persona_name(&i.id, Some(index), i));
    let lines: Vec<SessionSummary> = sessions.iter().map(line).collect();
    if mode() == Mode::Memory {
        ST.with(|s| {
            let mut u = s.unsaved.borrow_mut();
            sessions.iter().for_each(|i| {
                u.insert(i.id.clone(), i.clone());
            })
        });
        lines.into_iter().for_each(|l| index.upsert(l));
        return Ok(sessions.len());
    }
    let s = writable().map_err(|e| (0, e))?;
    let mut done = 0;
    let mut err = None;
    for i in sessions {
        if let Err(e) = put_session(&s, i, true) {
            err = Some(e);
            break;
        }
        transfer::forget_in_memory(&i.id);
        done += 1;
    }
    match merge_index(&s, |idx| {
        lines[..done].iter().for_each(|l| idx.upsert(l.clone()))
    }) {
        Ok(merged) => *index = merged,
        Err(e) => err = err.or(Some(e)),
    }
    match err {
        None => Ok(done),
        Some(e) => Err((done, e)),
    }
}

/// Deletes one session and its line in the index.
pub fn delete_session(id: &str, index: &mut SessionIndex) -> Result<(), StorageError> {
    forget_unsaved(id);
    super::keep_draft(id, "");
    index.remove(id);
    if mode() == Mode::Memory {
        return Ok(());
    }
    let s = writable()?;
    s.remove_item(&session_key(id)).map_err(failed)?;
    ST.with(|st| st.revs.borrow_mut().remove(id));
    *index = merge_index(&s, |i| i.remove(id))?;
    Ok(())
}
