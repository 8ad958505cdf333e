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

/// The file picked in the input that fired `ev`, if any, left in view in the input (which
/// names it): pair it with `clear_on_click` so the same file can be picked again.
pub fn picked(ev: &leptos::ev::Event) -> Option<web_sys::File> {
    let input: web_sys::HtmlInputElement = event_target(ev);
    input.files().and_then(|f| f.get(0))
}

/// For an input's click (the mouse's, or Enter or Space on it), before the picker opens:
/// the input is emptied, so picking the same file again is still a change.
pub fn clear_on_click(ev: leptos::ev::MouseEvent) {
    event_target::<web_sys::HtmlInputElement>(&ev).set_value("");
}

/// The file's text, or None when the browser could not read it.
pub async fn text_of(file: web_sys::File) -> Option<String> {
    let text = wasm_bindgen_futures::JsFuture::from(file.text()).await;
    text.ok().and_then(|t| t.as_string())
}
