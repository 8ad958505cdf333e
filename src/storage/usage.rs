//! How much room Askwell's data takes, and keeping it: the browser's persistent-storage
//! request and the dates of the last export and import (for the reminder to keep a copy).

use super::{keys_with, local, mode, raw_get, raw_set, Mode};
use askwell_core::store::{LastCopy, PREFIX};
use wasm_bindgen::{JsCast, JsValue};

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

fn last_import_key() -> String {
    [PREFIX, "last-import"].concat()
}

/// Remembers when the user last downloaded an export (for the reminder to keep a copy).
pub fn note_export(now_ms: f64) {
    if mode() == Mode::Normal {
        let _ = raw_set(&last_export_key(), &(now_ms as u64).to_string());
    }
}

/// Remembers an import or a restore, which starts the reminder's month again; an import
/// that left nothing saved only here (`covers_all`) also counts as an export.
pub(super) fn note_import(now_ms: f64, covers_all: bool) {
    if mode() == Mode::Normal {
        let _ = raw_set(&last_import_key(), &(now_ms as u64).to_string());
        if covers_all {
            note_export(now_ms);
        }
    }
}

/// A stored time, if any. Written as whole milliseconds: parsing an integer keeps the float
/// parser out of the .wasm.
fn time_at(key: &str) -> Option<f64> {
    raw_get(key).ok()??.parse::<u64>().ok().map(|ms| ms as f64)
}

/// When the user last downloaded an export from this browser, if ever.
pub(super) fn last_export_ms() -> Option<f64> {
    time_at(&last_export_key())
}

/// When the user's data last went into or came from a file, for the export reminder.
pub fn last_copy() -> LastCopy {
    LastCopy {
        all_in_file_ms: last_export_ms(),
        imported_ms: time_at(&last_import_key()),
    }
}

/// Asks the browser to keep Askwell's data under storage pressure, once per browser, after
/// the first saved session. Ignored where unsupported.
pub(super) fn ask_persist_once() {
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
