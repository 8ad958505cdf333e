//! What happens when the app panics. The release profile aborts on panic, so the wasm
//! instance is gone afterwards and nothing written with Leptos can run again. The hook hands
//! the message to `window.askwellRescue` (plain JavaScript in `rescue.js`), which replaces
//! the page with a screen that offers Reload and a raw download of the saved data.
//!
//! The release build panics with `immediate-abort` (scripts/setup, `release_std`): no hook
//! runs and the instance traps at once, which rescue.js shows without the Rust message.
//! The hook stays for the debug and test builds, where the message helps most.

use wasm_bindgen::{JsCast, JsValue};

/// Installs the panic hook. Call once, before mounting. Under `immediate-abort` a hook
/// would never run (leaving it out saves only about 50 bytes: the formatting code goes
/// with the panic strategy).
#[allow(unexpected_cfgs)]
#[cfg(not(panic = "immediate-abort"))]
pub fn install() {
    std::panic::set_hook(Box::new(|info| {
        // The console keeps the full message and stack for developers.
        console_error_panic_hook::hook(info);
        show_rescue(&info.to_string());
    }));
}

/// Nothing to install: the release build's panics trap without running a hook.
#[allow(unexpected_cfgs)]
#[cfg(panic = "immediate-abort")]
pub fn install() {}

/// Calls `window.askwellRescue(message)` if the rescue script is loaded.
#[allow(unexpected_cfgs)]
#[cfg(not(panic = "immediate-abort"))]
fn show_rescue(message: &str) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Ok(rescue) = js_sys::Reflect::get(&window, &JsValue::from_str("askwellRescue")) else {
        return;
    };
    if let Some(rescue) = rescue.dyn_ref::<js_sys::Function>() {
        let _ = rescue.call1(&JsValue::NULL, &JsValue::from_str(message));
    }
}

/// Test-only: panics on request, so the e2e suite can check the rescue screen. Compiled only
/// with the `test-hooks` feature, which `scripts/test` turns on for its e2e build; the build
/// that `scripts/serve` and hosting use has no such export.
#[cfg(feature = "test-hooks")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn askwell_test_panic() {
    panic!("a panic requested by the end-to-end tests");
}
