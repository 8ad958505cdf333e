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
use askwell_core::store::{
    self, backup_key, parse_backup_key, session_key, DecodeError, ExportContents, ImportFile,
    ImportPlan, KeptValue, KeptWhy, Placement, Record, Saved, SessionIndex, SessionSummary,
    WriteCheck, INDEX_KEY, PREFIX,
};
use serde::de::DeserializeOwned;
use std::cell::{Cell, RefCell};
use std::collections::BTreeMap;
use wasm_bindgen::{JsCast, JsValue};

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
    revs: RefCell<BTreeMap<String, u64>>,
    /// Sessions this tab could not save (storage blocked, full, read-only).
    unsaved: RefCell<BTreeMap<String, Interview>>,
}

thread_local! {
    static ST: State = State {
        mode: Cell::new(Mode::Normal),
        loaded: Cell::new(false),
        revs: RefCell::default(),
        unsaved: RefCell::default(),
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
    if text.contains("Quota") || text.contains("quota") {
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
                DecodeError::Newer(_) => {
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
        (DecodeError::Newer(_), _) => {
            format!("{what} was saved by a newer Askwell, so it was left untouched.")
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
    let mut index = SessionIndex::default();
    for key in session_keys() {
        let id = &key[session_key("").len()..];
        match read_record::<Interview>(&key, now_ms) {
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
                if let (DecodeError::Newer(_), Some(line)) = (
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
        let _ = raw_set(INDEX_KEY, &store::encode_with_revision(&index, rev + 1));
    }
    for i in ST.with(|s| s.unsaved.borrow().values().cloned().collect::<Vec<_>>()) {
        index.upsert(SessionSummary::of(&i, &persona_name(&i.id, None, &i)));
    }
    (index, notes)
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
    let key = session_key(&i.id);
    let stored = s.get_item(&key).map_err(failed)?;
    let mut mine = my_rev(&i.id);
    match store::may_overwrite(stored.as_deref(), mine) {
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
    raw_set(&key, &store::encode_with_revision(i, mine + 1))?;
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
            Err(DecodeError::Newer(_)) => {
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
    raw_set(INDEX_KEY, &store::encode_with_revision(&index, rev + 1))?;
    Ok(index)
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
        merge_index(&s, |i| i.upsert(summary.clone()))
    });
    match result {
        Ok(merged) => {
            *index = merged;
            forget_unsaved(&interview.id);
            ask_persist_once();
            Ok(())
        }
        Err(e) => {
            index.upsert(summary);
            if !matches!(e, StorageError::Stale { .. }) {
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
        forget_in_memory(&i.id);
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
    let mut all: BTreeMap<String, Interview> = BTreeMap::new();
    for key in session_keys() {
        if let Some(Ok(r)) = raw_get(&key).ok().flatten().map(|r| store::decode(&r)) {
            let r: Interview = r;
            all.insert(r.id.clone(), r);
        }
    }
    ST.with(|s| all.extend(s.unsaved.borrow().clone()));
    all.into_values().collect()
}

/// Everything for an export: every session this tab can read (stored, and unsaved ones in
/// memory, which win), every backup, and every session value it cannot read, raw.
pub fn export_contents(now_ms: f64) -> ExportContents {
    let mut c = ExportContents::default();
    let mut all: BTreeMap<String, Interview> = BTreeMap::new();
    let now = now_ms.max(0.0) as u64;
    for key in session_keys() {
        let raw = match raw_get(&key) {
            Ok(Some(raw)) => raw,
            Ok(None) => continue,
            Err(_) => {
                c.unreachable += 1;
                continue;
            }
        };
        match store::decode_record::<Interview>(&raw) {
            Ok(r) => {
                all.insert(r.data.id.clone(), r.data);
            }
            Err(DecodeError::Newer(_)) => {
                c.kept.push(KeptValue::new(&key, KeptWhy::Newer, now, &raw))
            }
            Err(_) => c
                .kept
                .push(KeptValue::new(&key, KeptWhy::Unreadable, now, &raw)),
        }
    }
    for key in keys_with(&backup_prefix()) {
        match raw_get(&key) {
            Ok(Some(raw)) => {
                let at = parse_backup_key(&key).map_or(0, |(at, _)| at);
                c.kept.push(KeptValue::new(&key, KeptWhy::Backup, at, &raw));
            }
            Ok(None) => {}
            Err(_) => c.unreachable += 1,
        }
    }
    ST.with(|s| {
        let unsaved = s.unsaved.borrow();
        c.unsaved = unsaved.len();
        all.extend(unsaved.clone());
    });
    c.sessions = all.into_values().collect();
    c
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
    list.sort_by(|a, b| b.at_ms.total_cmp(&a.at_ms));
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

/// Drops this tab's in-memory copies of a session (unsaved, handed over), so the next page
/// reads what is stored: after an import or a restore, an older copy held here must not be
/// saved over it.
fn forget_in_memory(id: &str) {
    forget_unsaved(id);
    crate::pages::drop_hand_over(id);
}

/// Keeps `raw` (the value of `original`) under a new backup key, unless a backup of that
/// key with the same value exists. Returns the backup key.
fn keep_backup(
    s: &web_sys::Storage,
    original: &str,
    raw: &str,
    at_ms: u64,
) -> Result<String, StorageError> {
    for key in keys_with(&backup_prefix()) {
        let same_key = parse_backup_key(&key).is_some_and(|(_, o)| o == original);
        if same_key && s.get_item(&key).map_err(failed)?.as_deref() == Some(raw) {
            return Ok(key);
        }
    }
    let mut at = at_ms;
    let mut key = backup_key(original, at as f64);
    while s.get_item(&key).map_err(failed)?.is_some() {
        at += 1;
        key = backup_key(original, at as f64);
    }
    raw_set(&key, raw)?;
    Ok(key)
}

/// What is saved under a session id, for placing a restored session.
fn saved_at(id: &str) -> Saved {
    if let Some(i) = ST.with(|s| s.unsaved.borrow().get(id).cloned()) {
        return Saved::Session(Box::new(i));
    }
    match raw_get(&session_key(id)) {
        Ok(None) => Saved::Free,
        Ok(Some(raw)) => store::decode::<Interview>(&raw)
            .map_or(Saved::Unreadable, |i| Saved::Session(Box::new(i))),
        Err(_) => Saved::Unreadable,
    }
}

/// What an import did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ImportDone {
    /// Sessions added or replaced from the file.
    pub written: usize,
    /// Copies here replaced by the file's, kept as backups first.
    pub replaced_kept: usize,
    /// Kept values in the file restored as sessions.
    pub restored: usize,
    /// The file's copies not taken although they hold questions missing here, and kept
    /// values that do not read as sessions: kept as backups.
    pub kept_as_backups: usize,
}

/// Carries out an import plan: the file's sessions to add or replace (a copy here that
/// differs is kept as a backup first), kept values restored as sessions (never over a saved
/// one), the file's copies that lost but hold something new and the values that cannot be
/// read kept as backups; then the index is merged. This tab's in-memory copies of every
/// session written are dropped.
pub fn apply_import(
    file: &ImportFile,
    plan: &ImportPlan,
    index: &mut SessionIndex,
) -> Result<ImportDone, (ImportDone, StorageError)> {
    let take = |id: &String| plan.add.contains(id) || plan.replace.contains(id);
    let chosen: Vec<&Interview> = file.sessions.iter().filter(|s| take(&s.id)).collect();
    let mut done = ImportDone::default();
    if mode() == Mode::Memory {
        let restored = plan.restore.iter().map(|r| &r.session);
        let all: Vec<Interview> = chosen.into_iter().chain(restored).cloned().collect();
        done.written = import_sessions(&all, index).unwrap_or_default();
        return Ok(done);
    }
    let s = writable().map_err(|e| (done.clone(), e))?;
    let mut lines = Vec::new();
    let result = write_import(&s, file, plan, &chosen, &mut done, &mut lines);
    let merged = merge_index(&s, |idx| lines.into_iter().for_each(|l| idx.upsert(l)));
    match (result, merged) {
        (Ok(()), Ok(merged)) => {
            *index = merged;
            Ok(done)
        }
        (Err(e), _) | (Ok(()), Err(e)) => Err((done, e)),
    }
}

fn write_import(
    s: &web_sys::Storage,
    file: &ImportFile,
    plan: &ImportPlan,
    chosen: &[&Interview],
    done: &mut ImportDone,
    lines: &mut Vec<SessionSummary>,
) -> Result<(), StorageError> {
    let now = now_ms().max(0.0) as u64;
    let line = |i: &Interview| SessionSummary::of(i, &persona_name(&i.id, None, i));
    for &i in chosen {
        let key = session_key(&i.id);
        // A readable copy here that differs is kept first (an unreadable one is moved
        // aside by `put_session`; a newer one is never written over).
        if let Some(old) = s.get_item(&key).map_err(failed)? {
            if store::decode::<Interview>(&old).is_ok_and(|o| o != *i) {
                keep_backup(s, &key, &old, now)?;
                done.replaced_kept += 1;
            }
        }
        put_session(s, i, true)?;
        forget_in_memory(&i.id);
        lines.push(line(i));
        done.written += 1;
    }
    for r in &plan.restore {
        let key = session_key(&r.session.id);
        if s.get_item(&key).map_err(failed)?.is_some() {
            // Saved meanwhile (another tab): keep the value from the file as a backup.
            if let Some(k) = file.kept.iter().find(|k| k.key == r.from_key) {
                keep_backup(s, k.original_key(), &k.raw(), k.at_ms)?;
                done.kept_as_backups += 1;
            }
            continue;
        }
        put_session(s, &r.session, false)?;
        forget_in_memory(&r.session.id);
        lines.push(line(&r.session));
        done.restored += 1;
    }
    for id in plan.file_copies_to_keep() {
        if let Some(i) = file.sessions.iter().find(|s| s.id == id) {
            keep_backup(s, &session_key(&id), &store::encode(i), now)?;
            done.kept_as_backups += 1;
        }
    }
    for k in &plan.keep_raw {
        keep_backup(s, k.original_key(), &k.raw(), k.at_ms)?;
        done.kept_as_backups += 1;
    }
    Ok(())
}

/// What restoring a backup did.
#[derive(Debug, Clone, PartialEq)]
pub enum Restored {
    /// Written as a session (`renamed`: under a new id, as its own was taken) and read back;
    /// the backup was removed.
    Session { id: String, renamed: bool },
    /// The session saved under this id already holds everything in the backup; the backup
    /// is kept.
    AlreadyHere { id: String },
}

/// Why a backup was not restored. The backup is kept in every case.
#[derive(Debug, Clone, PartialEq)]
pub enum RestoreError {
    /// It is not a session (the list of sessions is rebuilt from the sessions).
    NotASession,
    /// It cannot be read as a session by this build.
    Unreadable(DecodeError),
    Storage(StorageError),
}

impl std::fmt::Display for RestoreError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        const KEPT: &str = "The backup is kept unchanged; you can still download it.";
        match self {
            RestoreError::NotASession => write!(
                f,
                "This backup is not a session, so there is nothing to restore (Askwell rebuilds its list of sessions by itself). {KEPT}"
            ),
            RestoreError::Unreadable(DecodeError::Newer(_)) => write!(
                f,
                "This backup was saved by a newer version of Askwell, so this version cannot restore it. {KEPT} Update Askwell, then restore it."
            ),
            RestoreError::Unreadable(DecodeError::Corrupt(why)) => write!(
                f,
                "This backup cannot be read as a session ({why}), so it cannot be restored. {KEPT}"
            ),
            RestoreError::Storage(e) => write!(f, "{e} The backup is kept."),
        }
    }
}

/// Restores a backup as a session: decoded (older schemas migrated) and checked, written
/// under its own id or, when a different session has that id, under a new one (both are
/// kept), read back, and only then is the backup removed.
pub fn restore_backup(key: &str, index: &mut SessionIndex) -> Result<Restored, RestoreError> {
    let (at, original) = parse_backup_key(key).ok_or(RestoreError::NotASession)?;
    if !original.starts_with(&session_key("")) {
        return Err(RestoreError::NotASession);
    }
    let storage = |e| RestoreError::Storage(e);
    let raw = raw_get(key).map_err(storage)?.ok_or_else(|| {
        RestoreError::Storage(StorageError::Failed("the backup is no longer there".into()))
    })?;
    let session = store::decode_backup(&raw).map_err(RestoreError::Unreadable)?;
    let first_id = session.id.clone();
    let session = match store::place_restored(session, at, saved_at) {
        Placement::AlreadyHere { id } => return Ok(Restored::AlreadyHere { id }),
        Placement::New(session) => *session,
    };
    let s = writable().map_err(storage)?;
    put_session(&s, &session, false).map_err(storage)?;
    let back = raw_get(&session_key(&session.id))
        .ok()
        .flatten()
        .and_then(|raw| store::decode::<Interview>(&raw).ok());
    if back.as_ref() != Some(&session) {
        return Err(storage(StorageError::Failed(
            "the restored session did not read back".into(),
        )));
    }
    forget_in_memory(&session.id);
    let line = SessionSummary::of(&session, &persona_name(&session.id, None, &session));
    *index = merge_index(&s, |i| i.upsert(line)).map_err(storage)?;
    s.remove_item(key).map_err(|e| storage(failed(e)))?;
    Ok(Restored::Session {
        renamed: session.id != first_id,
        id: session.id,
    })
}

/// Bytes Askwell's keys take (the browser stores UTF-16: two bytes a code unit).
pub fn used_bytes() -> f64 {
    let Some(s) = local() else { return 0.0 };
    keys_with(PREFIX)
        .iter()
        .map(|k| {
            let v = s.get_item(k).ok().flatten().unwrap_or_default();
            (k.encode_utf16().count() + v.encode_utf16().count()) as f64 * 2.0
        })
        .sum()
}

fn storage_manager() -> Option<web_sys::StorageManager> {
    let nav = web_sys::window()?.navigator();
    let m = js_sys::Reflect::get(&nav, &"storage".into()).ok()?;
    (!m.is_undefined()).then(|| m.unchecked_into())
}

/// The browser's own figures, (usage, quota) in bytes, where it gives them.
pub async fn estimate() -> Option<(f64, f64)> {
    let p = storage_manager()?.estimate().ok()?;
    let e: web_sys::StorageEstimate = wasm_bindgen_futures::JsFuture::from(p)
        .await
        .ok()?
        .unchecked_into();
    Some((e.get_usage()?, e.get_quota()?))
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
