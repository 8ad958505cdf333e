//! The only code that touches localStorage. Values are versioned envelopes from
//! `askwell_core::store`, each with a write counter (`revision`).
//!
//! The rules: nothing is written before `load_index` has succeeded; a value this build cannot
//! read is copied under a backup key and only then removed; data from a newer Askwell puts
//! the tab in read-only mode and is never written over; a session is written only when the
//! stored copy is not newer than the one this tab loaded (another tab may have saved it);
//! the index is re-read and merged right before every write; and when storage is blocked
//! the app keeps its sessions in memory. Sessions that could not be saved stay in memory
//! too, so an export still holds them.

use crate::format::{date_time, now_ms};
use askwell_core::interview::Interview;
use askwell_core::small_sort::sort_stable_by;
use askwell_core::store::{
    self, backup_key, session_key, DecodeError, Record, SessionIndex, SessionSummary, WriteCheck,
    INDEX_KEY, PREFIX,
};
use serde::de::DeserializeOwned;
use std::cell::{Cell, RefCell};
use wasm_bindgen::{JsCast, JsValue};

mod check;
mod figures;
mod id_map;
mod personas;
mod prepared;

pub use check::{check_next_sessions, Checked};
pub use figures::{figures, save_figures};
use id_map::{one_per_id, IdMap};
pub use personas::{
    is_personas_key, load_personas, may_have_personas, reload_personas, save_personas, PERSONAS_KEY,
};
pub use prepared::{
    is_prepared_key, load_prepared, reload_prepared, save_logs, save_people, save_plans,
};

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
                "This session was deleted in another tab, so this tab did not save it again. \
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
    if text.to_ascii_lowercase().contains("quota") {
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
fn encoded<T: serde::Serialize>(data: &T, revision: u64) -> Result<String, StorageError> {
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

fn read_record<T: DeserializeOwned>(
    key: &str,
    now_ms: f64,
) -> Result<Read<Record<T>>, StorageError> {
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
pub fn read<T: DeserializeOwned>(key: &str, now_ms: f64) -> Result<Read<T>, StorageError> {
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

/// A session whose stored id differs from its key's (an edit by hand).
fn mismatch_notice(key_id: &str) -> String {
    [
        "A saved session (",
        key_id,
        ") names a different id inside, so it is not listed. It was left as it is.",
    ]
    .concat()
}

fn persona_name(id: &str, known: Option<&SessionIndex>, session: &Interview) -> String {
    known
        .and_then(|k| k.sessions.iter().find(|s| s.id == id))
        .map(|s| s.persona_name.clone())
        .or_else(|| crate::content::info(&session.persona_id).map(|i| i.name.clone()))
        .unwrap_or_else(|| session.persona_id.clone())
}

fn describe(id: &str, known: Option<&SessionIndex>) -> String {
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

fn unsaved_index() -> SessionIndex {
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

fn session_keys() -> Vec<String> {
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

/// Drops this tab's unsaved copy of a session, so the next load reads the stored one.
pub fn forget_unsaved(id: &str) {
    ST.with(|s| s.unsaved.borrow_mut().remove(id));
}

/// Writes one session if the stored copy is not newer than this tab's (`force`: the user
/// chose to replace it, as in an import).
fn put_session(s: &web_sys::Storage, i: &Interview, force: bool) -> Result<(), StorageError> {
    if !force && ST.with(|st| st.deleted_elsewhere.borrow().contains(&i.id)) {
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
fn merge_index(
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
            .ids()
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
    ST.with(|s| s.deleted_elsewhere.borrow().contains(id))
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

/// Deletes every value Askwell keeps (sessions, index, backups).
pub fn delete_everything() -> Result<(), StorageError> {
    ST.with(|s| s.unsaved.borrow_mut().clear());
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

/// A value moved aside because it could not be read.
#[derive(Debug, Clone, PartialEq)]
pub struct Backup {
    /// Its own key.
    pub key: String,
    /// The key it was read from.
    pub original: String,
    pub at_ms: f64,
    pub bytes: usize,
}

mod transfer;
pub use transfer::{
    apply_import, export_contents, restore_backup, ImportDone, RestoreError, Restored,
};

fn backup_prefix() -> String {
    [PREFIX, "backup."].concat()
}

/// Backups, newest first.
pub fn backups() -> Vec<Backup> {
    let prefix = backup_prefix();
    let mut list: Vec<Backup> = keys_with(&prefix)
        .into_iter()
        .map(|key| {
            let rest = &key[prefix.len()..];
            let (at, original) = rest.split_once('.').unwrap_or(("0", rest));
            Backup {
                original: original.to_string(),
                at_ms: at.parse().unwrap_or(0.0),
                bytes: raw_get(&key).ok().flatten().map_or(0, |v| v.len()),
                key,
            }
        })
        .collect();
    sort_stable_by(&mut list, |a, b| b.at_ms.total_cmp(&a.at_ms));
    list
}

/// The raw text of a backup.
pub fn backup_text(key: &str) -> Option<String> {
    raw_get(key).ok().flatten()
}

/// Removes a backup (only keys under the backup prefix).
pub fn delete_backup(key: &str) -> Result<(), StorageError> {
    if !key.starts_with(&backup_prefix()) {
        return Ok(());
    }
    writable()?.remove_item(key).map_err(failed)
}

/// Characters (UTF-16 code units) Askwell's keys and values take: what the browser's
/// localStorage limit counts.
pub fn used_chars() -> usize {
    let Some(s) = local() else { return 0 };
    // Lengths are read on the JavaScript side: copying megabytes into wasm to count them
    // would block the page.
    keys_with(PREFIX)
        .iter()
        .map(|k| {
            let v = js_sys::Reflect::get(&s, &JsValue::from_str(k))
                .ok()
                .and_then(|v| v.dyn_into::<js_sys::JsString>().ok())
                .map_or(0, |v| v.length() as usize);
            k.encode_utf16().count() + v
        })
        .sum()
}

/// The usual localStorage limit per site, in characters (5 Mi code units; about 10 MB as
/// the browser stores them). Browsers do not report it.
pub const USUAL_LIMIT_CHARS: usize = 5 * 1024 * 1024;

fn storage_manager() -> Option<web_sys::StorageManager> {
    let nav = web_sys::window()?.navigator();
    let m = js_sys::Reflect::get(&nav, &"storage".into()).ok()?;
    (!m.is_undefined()).then(|| m.unchecked_into())
}

fn last_export_key() -> String {
    [PREFIX, "last-export"].concat()
}

/// Remembers when the user last downloaded an export (for the reminder to keep a copy).
pub fn note_export(now_ms: f64) {
    if mode() == Mode::Normal {
        let _ = raw_set(&last_export_key(), &(now_ms as u64).to_string());
    }
}

/// When the user last downloaded an export from this browser, if ever.
pub fn last_export_ms() -> Option<f64> {
    raw_get(&last_export_key()).ok()??.parse().ok()
}

/// Asks the browser to keep Askwell's data under storage pressure, once per browser, after
/// the first saved session. Ignored where unsupported.
fn ask_persist_once() {
    let key = [PREFIX, "persist-asked"].concat();
    if raw_get(&key).ok().flatten().is_some() || raw_set(&key, "1").is_err() {
        return;
    }
    if let Some(p) = storage_manager().and_then(|m| m.persist().ok()) {
        wasm_bindgen_futures::spawn_local(async move {
            let _ = wasm_bindgen_futures::JsFuture::from(p).await;
        });
    }
}
