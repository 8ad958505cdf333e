//! The only code that touches localStorage. Values are versioned envelopes from
//! `askwell_core::store`. A value that cannot be read is never overwritten blindly: its raw
//! text is first copied under a backup key and the user is told.

use askwell_core::interview::Interview;
use askwell_core::store::{
    self, backup_key, session_key, DecodeError, SessionIndex, SessionSummary, INDEX_KEY, PREFIX,
};
use gloo_storage::{LocalStorage, Storage};
use serde::de::DeserializeOwned;

/// Why storage could not be used.
#[derive(Debug, Clone, PartialEq)]
pub enum StorageError {
    /// The browser blocks storage (private mode, disabled site data).
    Unavailable,
    /// The browser refused the write, usually because storage is full.
    QuotaExceeded,
    /// Anything else the browser reported.
    Failed(String),
}

impl std::fmt::Display for StorageError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            StorageError::Unavailable => write!(
                f,
                "This browser is blocking storage, so nothing can be saved. Practice still works, \
                 but sessions will be gone when you close the tab."
            ),
            StorageError::QuotaExceeded => write!(
                f,
                "Storage is full, so the latest change was not saved. Delete old sessions to make room."
            ),
            StorageError::Failed(why) => write!(f, "Saving failed: {why}."),
        }
    }
}

/// What reading a key found.
#[derive(Debug, Clone, PartialEq)]
pub enum Read<T> {
    Found(T),
    Missing,
    /// Unreadable: the raw text was copied to `backup` (if that worked) and left in place.
    Damaged {
        key: String,
        backup: Option<String>,
        reason: DecodeError,
    },
}

/// True when localStorage can be used. Probed without panicking: gloo's `raw()` panics
/// when the browser blocks storage, so it is only called after this succeeds.
pub fn is_available() -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    match window.local_storage() {
        Ok(Some(s)) => {
            let probe = format!("{PREFIX}probe");
            let ok = s.set_item(&probe, "1").is_ok();
            let _ = s.remove_item(&probe);
            ok
        }
        _ => false,
    }
}

fn raw_get(key: &str) -> Result<Option<String>, StorageError> {
    if !is_available() {
        return Err(StorageError::Unavailable);
    }
    LocalStorage::raw()
        .get_item(key)
        .map_err(|e| StorageError::Failed(js_error_text(&e)))
}

fn raw_set(key: &str, value: &str) -> Result<(), StorageError> {
    if !is_available() {
        return Err(StorageError::Unavailable);
    }
    let storage = LocalStorage::raw();
    storage.set_item(key, value).map_err(|e| {
        let text = js_error_text(&e);
        if text.contains("Quota") || text.contains("quota") {
            StorageError::QuotaExceeded
        } else {
            StorageError::Failed(text)
        }
    })?;
    // Read back: a write that did not stick must not pass for saved.
    match storage.get_item(key) {
        Ok(Some(back)) if back == value => Ok(()),
        _ => Err(StorageError::Failed("the value did not read back".into())),
    }
}

fn js_error_text(e: &wasm_bindgen::JsValue) -> String {
    js_sys::Reflect::get(e, &"name".into())
        .ok()
        .and_then(|n| n.as_string())
        .or_else(|| e.as_string())
        .unwrap_or_else(|| "unknown error".into())
}

/// Reads and decodes a key. Damaged values are copied aside before anything else happens.
pub fn read<T: DeserializeOwned>(key: &str, now_ms: f64) -> Result<Read<T>, StorageError> {
    let Some(raw) = raw_get(key)? else {
        return Ok(Read::Missing);
    };
    match store::decode::<T>(&raw) {
        Ok(v) => Ok(Read::Found(v)),
        Err(reason) => {
            let backup = match reason {
                // A newer version's data is intact; it just cannot be read here.
                DecodeError::Newer(_) => None,
                DecodeError::Corrupt(_) => {
                    let b = backup_key(key, now_ms);
                    raw_set(&b, &raw).ok().map(|_| b)
                }
            };
            Ok(Read::Damaged {
                key: key.to_string(),
                backup,
                reason,
            })
        }
    }
}

/// A sentence for the user about a damaged value.
pub fn damage_notice(what: &str, backup: &Option<String>, reason: &DecodeError) -> String {
    match (reason, backup) {
        (DecodeError::Newer(_), _) => format!("{what}: {reason}. It was left untouched."),
        (_, Some(b)) => format!(
            "{what} could not be read, so it was set aside unchanged (saved as \"{b}\"). \
             Everything else works as normal."
        ),
        (_, None) => format!(
            "{what} could not be read and could not be copied aside; it was left untouched."
        ),
    }
}

/// The list of saved sessions, and messages for anything that could not be read. A damaged
/// index is rebuilt from the sessions themselves.
pub fn load_index(now_ms: f64) -> (SessionIndex, Vec<String>) {
    match read::<SessionIndex>(INDEX_KEY, now_ms) {
        Ok(Read::Found(index)) => (index, Vec::new()),
        Ok(Read::Missing) => (rebuild_index(now_ms), Vec::new()),
        Ok(Read::Damaged { backup, reason, .. }) => (
            rebuild_index(now_ms),
            vec![damage_notice("The list of your sessions", &backup, &reason)],
        ),
        Err(e) => (SessionIndex::default(), vec![e.to_string()]),
    }
}

/// Summaries of every readable session key, for when the index is missing or damaged.
fn rebuild_index(now_ms: f64) -> SessionIndex {
    let mut index = SessionIndex::default();
    let prefix = session_key("");
    for key in session_keys() {
        if let Ok(Read::Found(interview)) = read::<Interview>(&key, now_ms) {
            let name = crate::content::info(&interview.persona_id)
                .map(|i| i.name.clone())
                .unwrap_or_else(|| interview.persona_id.clone());
            index.upsert(SessionSummary::of(&interview, &name));
        }
        debug_assert!(key.starts_with(&prefix));
    }
    index
}

fn session_keys() -> Vec<String> {
    if !is_available() {
        return Vec::new();
    }
    let storage = LocalStorage::raw();
    let prefix = session_key("");
    let len = storage.length().unwrap_or(0);
    (0..len)
        .filter_map(|i| storage.key(i).ok().flatten())
        .filter(|k| k.starts_with(&prefix))
        .collect()
}

pub fn load_session(id: &str, now_ms: f64) -> Result<Read<Interview>, StorageError> {
    read(&session_key(id), now_ms)
}

/// Saves a session under its own key, then its line in the index.
pub fn save_session(
    interview: &Interview,
    persona_name: &str,
    index: &mut SessionIndex,
) -> Result<(), StorageError> {
    raw_set(&session_key(&interview.id), &store::encode(interview))?;
    index.upsert(SessionSummary::of(interview, persona_name));
    raw_set(INDEX_KEY, &store::encode(index))
}
