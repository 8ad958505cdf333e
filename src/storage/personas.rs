//! The user's own personas (drafts and ready ones): one key, `askwell.personas`, in the same
//! versioned, revision-checked envelope as the records around the interview, with the same
//! rules (a damaged value moved aside, a newer one leaves the tab read-only, never written
//! over another tab's later copy, kept in memory when storage is blocked).

use super::prepared::{load_one, save_one};
use super::{StorageError, ST};
use askwell_core::custom::CustomPersonas;
pub use askwell_core::store::PERSONAS_KEY;

/// Reads the list. A persona that breaks the stored limits is left out (and said so), so
/// one bad entry never hides the others. Problems come back as sentences for the user.
pub fn load_personas(now_ms: f64) -> (CustomPersonas, Vec<String>) {
    let mut notes = Vec::new();
    let stored: CustomPersonas = load_one(PERSONAS_KEY, "Your personas", now_ms, &mut notes);
    let mut kept = CustomPersonas::default();
    let mut copied = false;
    for item in stored.personas {
        let name = item.persona.name.clone();
        if let Err(why) = kept.upsert(item) {
            // The next save writes the list without it: keep the whole stored list first.
            copied = copied || super::keep_copy(PERSONAS_KEY, now_ms).is_some();
            let kept_where = if copied {
                " A copy of the list as it was is kept under Backups on the Data page."
            } else {
                ""
            };
            notes.push(format!(
                "One of your personas ({name}) could not be used: {why} It was left out; \
                 everything else works as normal.{kept_where}"
            ));
        }
    }
    (kept, notes)
}

/// Reads the stored list again, dropping this tab's copy kept in memory after a failed save:
/// another tab saved a newer list, and saves here would be refused as stale until then.
pub fn reload_personas(now_ms: f64) -> (CustomPersonas, Vec<String>) {
    ST.with(|s| s.unsaved_records.borrow_mut().remove(PERSONAS_KEY));
    load_personas(now_ms)
}

/// Saves the list (checked first: a list that would not read back is never written).
pub fn save_personas(list: &CustomPersonas) -> Result<(), StorageError> {
    list.validate().map_err(StorageError::Failed)?;
    save_one(PERSONAS_KEY, list)
}

/// True for the key of this list (the storage event reloads it).
pub fn is_personas_key(key: &str) -> bool {
    key == PERSONAS_KEY
}

/// False only when nothing is stored under the list's key: then there is nothing to decode,
/// and the code that decodes it need not be fetched at start.
pub fn may_have_personas() -> bool {
    !matches!(super::raw_get(PERSONAS_KEY), Ok(None))
}
