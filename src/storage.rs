//! The only code that touches web storage (localStorage; sessionStorage for `drafts`). Values
//! are versioned envelopes from `askwell_core::store`, each with a write counter (`revision`).
//!
//! The rules: nothing is written before `load_index` has succeeded; a value this build cannot
//! read is copied under a backup key and only then removed; data from a newer Askwell puts
//! the tab in read-only mode and is never written over; a session is written only when the
//! stored copy is not newer than the one this tab loaded (another tab may have saved it);
//! the index is re-read and merged right before every write; and when storage is blocked
//! the app keeps its sessions in memory. Sessions that could not be saved stay in memory
//! too, so an export still holds them.
//!
//! This file holds the guarded reads and writes every part goes through. Sessions are read in
//! `load` (and `check`, after the first screen) and written in `sessions`; `backups`,
//! `usage`, `figures`, `prepared`, `personas` and `transfer` (export, import, restore) hold
//! the rest; `drafts` keeps the question being typed, in this tab's sessionStorage.

use askwell_core::interview::Interview;
use askwell_core::store::{self, backup_key, DecodeError, Record, PREFIX};
use std::cell::{Cell, RefCell};
use wasm_bindgen::JsValue;

mod backups;
mod check;
mod drafts;
mod figures;
mod id_map;
mod load;
mod personas;
mod prepared;
mod sessions;
mod transfer;
mod usage;

pub use backups::{backup_text, backups, delete_backup, Backup};
pub use check::{check_next_sessions, Checked};
pub use drafts::{draft, keep_draft};
pub use figures::{figures, save_figures};
use id_map::{one_per_id, IdMap};
pub use load::{all_sessions, load_index, load_session, stored_index};
pub use personas::{
    is_personas_key, load_personas, may_have_personas, reload_personas, save_personas, PERSONAS_KEY,
};
pub use prepared::{
    is_prepared_key, load_prepared, reload_prepared, save_logs, save_people, save_plans,
};
pub use sessions::{
    create_session, delete_session, forget_unsaved, has_unsaved, import_sessions, new_session_id,
    refresh_after_other_tab, save_session, was_deleted_elsewhere,
};
pub use transfer::{
    apply_import, export_contents, restore_backup, ImportDone, RestoreError, Restored,
};
pub use usage::{last_copy, note_export, used_chars, USUAL_LIMIT_CHARS};

/// How this tab may use storage.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Normal,
    /// The browser blocks storage: sessions live in memory until the tab closes.
    Memory,
    /// A newer Askwell saved data here: read it if possible, never write.
    ReadOnly,
}

/// Why a write did not happen.
#[derive(Debug, Clone, PartialEq)]
pub enum StorageError {
    /// The browser blocks storage (private mode, disabled site data).
    Unavailable,
    /// The saved data has not been loaded yet.
    NotLoaded,
    /// The browser refused the write, usually because storage is full.
    QuotaExceeded,
    /// A newer Askwell saved data here.
    ReadOnly,
    /// Another tab saved a later copy of this session.
    Stale { id: String },
    /// Another tab deleted this session after this tab opened it.
    DeletedElsewhere,
    /// The id of a new session is already taken in storage.
    Taken,
    /// The session was saved, but the list of sessions could not be updated.
    ListNotUpdated,
    /// Anything else the browser reported.
    Failed(String),
}

const KEPT: &str = "Everything saved before is safe.";
const MAKE_ROOM: &str =
    "Export your sessions and delete old ones on the Data page (Data, at the top) to make room.";
/// The read-only notice.
pub const NEWER_NOTICE: &str = "This data was saved by a newer Askwell; update this tab \
    (reload the page). Until then Askwell changes nothing here.";

impl std::fmt::Display for StorageError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            StorageError::Unavailable => f.write_str(
                "This browser is blocking storage, so Askwell is running in memory: practice \
                 works, but sessions are gone when you close the tab. Export them on the Data \
                 page to keep them.",
            ),
            StorageError::NotLoaded => f.write_str(
                "Your saved data could not be loaded, so nothing was saved. Reload the page.",
            ),
            StorageError::QuotaExceeded => write!(
                f,
                "Storage is full, so your latest change was not saved. {KEPT} {MAKE_ROOM}"
            ),
            StorageError::ReadOnly => f.write_str(NEWER_NOTICE),
            StorageError::Stale { .. } => f.write_str(
                "This session was changed in another tab, so this tab's copy was not saved \
                 over it. Reload the session to see the latest version.",
            ),
            StorageError::DeletedElsewhere => f.write_str(
                "This session was deleted in another tab, so this tab does not save it again. \
                 Start a new practice from Home.",
            ),
            StorageError::Taken => f.write_str(
                "A saved session already uses this id, so nothing was written over it. Try \
                 starting the practice again.",
            ),
            StorageError::ListNotUpdated => write!(
                f,
                "Your session was saved, but the list of sessions could not be updated \
                 (storage is full). Askwell repairs the list the next time it opens. {MAKE_ROOM}"
            ),
            StorageError::Failed(why) => write!(
                f,
                "Saving failed ({why}), so your latest change was not saved. {KEPT} {MAKE_ROOM}"
            ),
        }
    }
}

/// What reading a key found.
#[derive(Debug, Clone, PartialEq)]
pub enum Read<T> {
    Found(T),
    Missing,
    /// Unreadable. A damaged value was copied to `backup` and removed (if the copy worked;
    /// otherwise it was left in place); a newer version's value is left untouched.
    Damaged {
        key: String,
        backup: Option<String>,
        reason: DecodeError,
    },
}

impl<T> Read<T> {
    fn map<U>(self, f: impl FnOnce(T) -> U) -> Read<U> {
        match self {
            Read::Found(t) => Read::Found(f(t)),
            Read::Missing => Read::Missing,
            Read::Damaged {
                key,
                backup,
                reason,
            } => Read::Damaged {
                key,
                backup,
                reason,
            },
        }
    }
}

struct State {
    mode: Cell<Mode>,
    loaded: Cell<bool>,
    /// The revision of each session as this tab last read or wrote it.
    revs: RefCell<IdMap<u64>>,
    /// Sessions this tab could not save (storage blocked, full, read-only).
    unsaved: RefCell<IdMap<Interview>>,
    /// Sessions another tab deleted after this tab read them: never written back.
    deleted_elsewhere: RefCell<IdMap<()>>,
    /// Records around the interview (people, plans, logs) this tab could not save, as JSON
    /// by key, so the page and an export still have them.
    unsaved_records: RefCell<IdMap<String>>,
    /// Sessions listed from the stored index at start but not yet read and checked
    /// (`check::next_sessions` works through them after the first screen is up).
    unchecked: RefCell<Vec<String>>,
}

thread_local! {
    static ST: State = State {
        mode: Cell::new(Mode::Normal),
        loaded: Cell::new(false),
        revs: RefCell::default(),
        unsaved: RefCell::default(),
        deleted_elsewhere: RefCell::default(),
        unchecked: RefCell::default(),
        unsaved_records: RefCell::default(),
    };
}

/// The tab's storage mode, as the last load or write found it.
pub fn mode() -> Mode {
    ST.with(|s| s.mode.get())
}

fn set_mode(m: Mode) {
    ST.with(|s| s.mode.set(m));
}

fn my_rev(id: &str) -> u64 {
    ST.with(|s| s.revs.borrow().get(id).copied().unwrap_or(0))
}

fn set_rev(id: &str, rev: u64) {
    ST.with(|s| s.revs.borrow_mut().insert(id.to_string(), rev));
}

/// localStorage, probed without writing: the getter throws when the browser blocks it.
fn local() -> Option<web_sys::Storage> {
    let s = web_sys::window()?.local_storage().ok()??;
    s.length().ok()?;
    Some(s)
}

/// True when localStorage can be used.
pub fn is_available() -> bool {
    local().is_some()
}

fn failed(e: JsValue) -> StorageError {
    let text = js_sys::Reflect::get(&e, &"name".into())
        .ok()
        .and_then(|n| n.as_string())
        .or_else(|| e.as_string())
        .unwrap_or_else(|| "unknown error".into());
    // Chromium and Safari say QuotaExceededError; older Firefox NS_ERROR_DOM_QUOTA_REACHED.
    if askwell_core::substr::contains(&text.to_ascii_lowercase(), "quota") {
        StorageError::QuotaExceeded
    } else {
        StorageError::Failed(text)
    }
}

fn raw_get(key: &str) -> Result<Option<String>, StorageError> {
    local()
        .ok_or(StorageError::Unavailable)?
        .get_item(key)
        .map_err(failed)
}

/// Writes and reads back: a write that did not stick must not pass for saved. A failed
/// write leaves the previous value as it was (the browser does not half-write).
fn raw_set(key: &str, value: &str) -> Result<(), StorageError> {
    let s = local().ok_or(StorageError::Unavailable)?;
    s.set_item(key, value).map_err(failed)?;
    match s.get_item(key) {
        Ok(Some(back)) if back == value => Ok(()),
        _ => Err(StorageError::Failed("the value did not read back".into())),
    }
}

/// The storage, if this tab may write to it now.
fn writable() -> Result<web_sys::Storage, StorageError> {
    match mode() {
        Mode::Memory => return Err(StorageError::Unavailable),
        Mode::ReadOnly => return Err(StorageError::ReadOnly),
        Mode::Normal => {}
    }
    if !ST.with(|s| s.loaded.get()) {
        return Err(StorageError::NotLoaded);
    }
    local().ok_or(StorageError::Unavailable)
}

/// A record's text at `revision`, or a refusal: a value that cannot be encoded is never
/// written (an empty value would replace good data).
fn encoded<T: store::Stored>(data: &T, revision: u64) -> Result<String, StorageError> {
    store::encode_with_revision(data, revision).map_err(|e| StorageError::Failed(e.to_string()))
}

/// Copies an unreadable value under a backup key, then removes it. Returns the backup key,
/// or None (value left in place) when the copy could not be made.
fn set_aside(key: &str, raw: &str, now_ms: f64) -> Option<String> {
    let b = backup_key(key, now_ms);
    raw_set(&b, raw).ok()?;
    if let Some(s) = local() {
        let _ = s.remove_item(key);
    }
    Some(b)
}

/// Copies the stored value of `key` under a backup key and leaves it in place: for a value
/// this build reads only in part, so what it leaves out is never lost when it saves.
pub(crate) fn keep_copy(key: &str, now_ms: f64) -> Option<String> {
    let raw = raw_get(key).ok()??;
    let b = backup_key(key, now_ms);
    raw_set(&b, &raw).ok()?;
    Some(b)
}

fn read_record<T: store::Stored>(key: &str, now_ms: f64) -> Result<Read<Record<T>>, StorageError> {
    let Some(raw) = raw_get(key)? else {
        return Ok(Read::Missing);
    };
    match store::decode_record::<T>(&raw) {
        Ok(r) => Ok(Read::Found(r)),
        Err(reason) => {
            let backup = match reason {
                // A newer version's data is intact; it just cannot be read here.
                DecodeError::Newer(_) | DecodeError::NewerBuild(_) => {
                    set_mode(Mode::ReadOnly);
                    None
                }
                DecodeError::Corrupt(_) if mode() == Mode::ReadOnly => None,
                DecodeError::Corrupt(_) => set_aside(key, &raw, now_ms),
            };
            Ok(Read::Damaged {
                key: key.to_string(),
                backup,
                reason,
            })
        }
    }
}

/// Reads and decodes a key. Damaged values are moved aside before anything else happens.
pub fn read<T: store::Stored>(key: &str, now_ms: f64) -> Result<Read<T>, StorageError> {
    Ok(read_record(key, now_ms)?.map(|r| r.data))
}

/// A sentence for the user about a damaged value.
pub fn damage_notice(what: &str, backup: &Option<String>, reason: &DecodeError) -> String {
    match (reason, backup) {
        (DecodeError::Newer(_) | DecodeError::NewerBuild(_), _) => {
            format!(
                "{what} was saved by a newer version of Askwell, so it was left untouched. \
                 Open it where Askwell is up to date, or reload this tab to update it."
            )
        }
        (_, Some(_)) => format!(
            "{what} could not be read, so it was moved aside unchanged as a backup. Download \
             it from the Data page. Everything else works as normal."
        ),
        (_, None) => format!(
            "{what} could not be read and could not be copied aside; it was left untouched."
        ),
    }
}

/// True if a session is stored: read without decoding anything, so the main module can tell
/// a returning user before the saved data is read.
pub fn has_saved_sessions() -> bool {
    let prefix = store::session_key("");
    local().is_some_and(|s| {
        (0..s.length().unwrap_or(0)).any(|i| {
            s.key(i)
                .ok()
                .flatten()
                .is_some_and(|k| k.starts_with(&prefix))
        })
    })
}

fn keys_with(prefix: &str) -> Vec<String> {
    let Some(s) = local() else {
        return Vec::new();
    };
    let len = s.length().unwrap_or(0);
    (0..len)
        .filter_map(|i| s.key(i).ok().flatten())
        .filter(|k| k.starts_with(prefix))
        .collect()
}

/// Deletes every value Askwell keeps (sessions, index, backups).
pub fn delete_everything() -> Result<(), StorageError> {
    ST.with(|s| s.unsaved.borrow_mut().clear());
    drafts::forget_drafts();
    if mode() == Mode::Memory {
        return Ok(());
    }
    let s = writable()?;
    for key in keys_with(PREFIX) {
        s.remove_item(&key).map_err(failed)?;
    }
    ST.with(|st| st.revs.borrow_mut().clear());
    Ok(())
}
