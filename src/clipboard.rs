//! Copying text for the user (a review as Markdown, an email draft).

/// Puts `text` on the clipboard. False when the browser refused (no permission, an insecure
/// page): the caller then shows the text to copy by hand.
pub async fn copy_text(text: &str) -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let promise = window.navigator().clipboard().write_text(text);
    wasm_bindgen_futures::JsFuture::from(promise).await.is_ok()
}
