use crate::format::now_ms;
use crate::storage;
use askwell_core::store;
use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};

/// Hands `text` to the browser as a JSON file download (a Blob behind an object URL). False
/// when the browser refused.
pub fn download(filename: &str, text: &str) -> bool {
    download_as(filename, text, "application/json")
}

/// As `download`, with the file's media type (`text/calendar` for a reminder).
pub fn download_as(filename: &str, text: &str, media_type: &str) -> bool {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let opts = web_sys::BlobPropertyBag::new();
    opts.set_type(media_type);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &opts) else {
        return false;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return false;
    };
    let Ok(a) = document().create_element("a") else {
        return false;
    };
    let a: web_sys::HtmlAnchorElement = a.unchecked_into();
    a.set_href(&url);
    a.set_download(filename);
    a.click();
    // Give the browser time to start the download before the URL goes.
    set_timeout(
        move || {
            let _ = web_sys::Url::revoke_object_url(&url);
        },
        std::time::Duration::from_secs(10),
    );
    true
}

/// Export everything to one JSON file: every session, and every backup or value this
/// version cannot read, as it was stored. The message says what the file holds and what
/// was left out. Works in memory mode too.
#[component]
pub fn DataExport() -> impl IntoView {
    let app = crate::state::use_store();
    let status = RwSignal::new(String::new());
    let export = move |_| {
        let contents = storage::export_contents(now_ms());
        let text = match store::export_all(&contents, env!("CARGO_PKG_VERSION"), now_ms()) {
            Ok(text) => text,
            Err(e) => {
                status.set(format!(
                    "The export file could not be made ({e}), so nothing was downloaded. \
                     Your data is unchanged."
                ));
                return;
            }
        };
        let day: String = js_sys::Date::new_0().to_iso_string().into();
        let name = ["askwell-export-", day.get(..10).unwrap_or("today"), ".json"].concat();
        status.set(if download(&name, &text) {
            storage::note_export(now_ms());
            // The export reminder follows the session list: it rechecks, and goes.
            app.index.notify();
            contents.describe()
        } else {
            "The browser refused the download. Try again, or another browser.".into()
        });
    };
    view! {
        <section class="card data-export" aria-labelledby="export-heading">
            <h2 id="export-heading">"Export"</h2>
            <p>
                "Save everything Askwell keeps in this browser to one file: practice sessions, \
                 people, question plans, conversation notes, your own personas and backups. Keep \
                 it as a copy, or import it in another browser."
            </p>
            <button class="button primary" on:click=export>"Export everything"</button>
            <p class="hint" role="status">{move || status.get()}</p>
        </section>
    }
}
