//! How much room Askwell's data takes, and keeping it: the browser's persistent-storage
//! request and the date of the last export (for the reminder to keep a copy).

use super::{keys_with, local, mode, raw_get, raw_set, Mode};
use askwell_core::store::PREFIX;
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

/// Remembers when the user last downloaded an export (for the reminder to keep a copy).
pub fn note_export(now_ms: f64) {
    if mode() == Mode::Normal {
        let _ = raw_set(&last_export_key(), &(now_ms as u64).to_string());
    }
}

/// When the user last downloaded an export from this browser, if ever.
pub fn last_export_ms() -> Option<f64> {
    // Written as whole milliseconds; parsing an integer keeps the float parser out of the .wasm.
    raw_get(&last_export_key())
        .ok()??
        .parse::<u64>()
        .ok()
        .map(|ms| ms as f64)
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
