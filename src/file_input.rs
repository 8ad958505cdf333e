//! Reading the file a user picked in an `<input type="file">` (data import, persona import).

use leptos::prelude::*;

/// The file picked in the input that fired `ev`, if any. The input is cleared, so the same
/// file can be picked again after a Cancel.
pub fn take_picked(ev: &leptos::ev::Event) -> Option<web_sys::File> {
    let input: web_sys::HtmlInputElement = event_target(ev);
    let file = input.files().and_then(|f| f.get(0))?;
    input.set_value("");
    Some(file)
}

/// The file's text, or None when the browser could not read it.
pub async fn text_of(file: web_sys::File) -> Option<String> {
    let text = wasm_bindgen_futures::JsFuture::from(file.text()).await;
    text.ok().and_then(|t| t.as_string())
}
