//! The records around the interview (people, question plans, conversation logs): one key
//! each, in the same versioned, revisioned envelope as sessions. The same rules hold: read
//! once at start (a damaged value moved aside, a newer one leaves the tab read-only), never
//! written over a copy another tab saved later, and kept in memory when storage is blocked.

use super::{
    damage_notice, encoded, failed, raw_set, read_record, set_aside, set_mode, writable, Mode,
    Read, StorageError, ST,
};
use crate::format::now_ms;
use askwell_core::prepare::{Logs, People, Plans, Prepared};
use askwell_core::sorted_map::SortedMap;
use askwell_core::store::{self, Stored, WriteCheck, LOGS_KEY, PEOPLE_KEY, PLANS_KEY};
use std::cell::RefCell;

thread_local! {
    /// The revision of each record as this tab last read or wrote it.
    static REVS: RefCell<SortedMap<&'static str, u64>> = RefCell::default();
}

/// Reads the three records. Problems come back as sentences for the user.
pub fn load_prepared(now_ms: f64) -> (Prepared, Vec<String>) {
    let mut notes = Vec::new();
    let prepared = Prepared {
        people: load_one(PEOPLE_KEY, "Your list of people", now_ms, &mut notes),
        plans: load_one(PLANS_KEY, "Your question plans", now_ms, &mut notes),
        logs: load_one(LOGS_KEY, "Your conversation notes", now_ms, &mut notes),
    };
    (prepared, notes)
}

pub(super) fn load_one<T: Stored + Default>(
    key: &'static str,
    what: &str,
    now_ms: f64,
    notes: &mut Vec<String>,
) -> T {
    if let Some(kept) = ST.with(|s| s.unsaved_records.borrow().get(key).cloned()) {
        if let Ok(value) = store::decode::<T>(&kept) {
            return value;
        }
    }
    match read_record::<T>(key, now_ms) {
        Ok(Read::Found(r)) => {
            REVS.with(|revs| revs.borrow_mut().insert(key, r.revision));
            r.data
        }
        Ok(Read::Damaged { backup, reason, .. }) => {
            notes.push(damage_notice(what, &backup, &reason));
            T::default()
        }
        Ok(Read::Missing) | Err(_) => T::default(),
    }
}

/// Saves the list of people.
pub fn save_people(people: &People) -> Result<(), StorageError> {
    save_one(PEOPLE_KEY, people)
}

/// Saves the question plans.
pub fn save_plans(plans: &Plans) -> Result<(), StorageError> {
    save_one(PLANS_KEY, plans)
}

/// Saves the conversation logs.
pub fn save_logs(logs: &Logs) -> Result<(), StorageError> {
    save_one(LOGS_KEY, logs)
}

/// Writes one record if the stored copy is not newer than this tab's. When storage is
/// blocked or full, the record is kept in memory (and in an export) and the error returned.
pub(super) fn save_one<T: Stored>(key: &'static str, value: &T) -> Result<(), StorageError> {
    let result = writable().and_then(|s| write_checked(&s, key, value));
    match result {
        Ok(()) => {
            ST.with(|s| s.unsaved_records.borrow_mut().remove(key));
            Ok(())
        }
        Err(e) => {
            if !matches!(e, StorageError::Stale { .. }) {
                if let Ok(text) = store::encode(value) {
                    ST.with(|s| s.unsaved_records.borrow_mut().insert(key.to_string(), text));
                }
            }
            if e == StorageError::Unavailable && super::mode() == Mode::Memory {
                return Ok(());
            }
            Err(e)
        }
    }
}

/// Writes `value` under `key` at the next revision, unless another tab saved a later copy
/// or a newer Askwell wrote it; a damaged stored value is moved aside first.
fn write_checked<T: Stored>(
    s: &web_sys::Storage,
    key: &'static str,
    value: &T,
) -> Result<(), StorageError> {
    let stored = s.get_item(key).map_err(failed)?;
    let mine = REVS.with(|revs| revs.borrow().get(key).copied().unwrap_or(0));
    match store::may_overwrite::<T>(stored.as_deref(), mine) {
        WriteCheck::Ok => {}
        WriteCheck::StaleCopy { .. } => {
            return Err(StorageError::Stale {
                id: key.to_string(),
            })
        }
        WriteCheck::Unreadable => {
            if set_aside(key, stored.as_deref().unwrap_or_default(), now_ms()).is_none() {
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
    raw_set(key, &encoded(value, mine + 1)?)?;
    REVS.with(|revs| revs.borrow_mut().insert(key, mine + 1));
    Ok(())
}

/// After another tab changed one of these records: read it again (this tab's unsaved copy
/// is dropped in favour of the stored one).
pub fn reload_prepared(now_ms: f64) -> (Prepared, Vec<String>) {
    ST.with(|s| s.unsaved_records.borrow_mut().clear());
    load_prepared(now_ms)
}

/// True for the keys of these records (the storage event reloads them).
pub fn is_prepared_key(key: &str) -> bool {
    matches!(key, PEOPLE_KEY | PLANS_KEY | LOGS_KEY)
}
