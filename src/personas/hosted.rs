//! Personas a deployment hosts beside the app, in `personas/extra/` with a
//! `manifest.json` listing the files. Fetched once at start: an empty list, no folder (404)
//! or no network means none, silently; a manifest or file that cannot be used gives one quiet notice and
//! the rest still load. The service worker keeps them for offline use (`sw.js`).

use crate::state::{NoticeKind, Store};
use askwell_core::custom;
use leptos::prelude::*;

const FOLDER: &str = "./personas/extra/";

/// Fetches the manifest and every file it lists, then shows the usable personas on Home.
/// A page opened from a file (the single-file build) has no folder beside it to look in.
pub async fn load(store: Store) {
    if opened_from_file() {
        crate::content::hosted_looked_for();
        return;
    }
    // On a first visit the probe waits for the service worker (offline.js), which answers a
    // host with no list with an empty one: a 404 would show in the console.
    worker_in_charge().await;
    let manifest = match fetch(&format!("{FOLDER}manifest.json")).await {
        // A host that answers every missing path with the app's page has no folder either.
        Fetched::Text(text) if !text.trim_start().starts_with('<') => text,
        _ => {
            crate::content::hosted_looked_for();
            return;
        }
    };
    // An empty list (the service worker's answer where the host has none) needs no decoders.
    let compact: String = manifest.split_whitespace().collect();
    if askwell_core::substr::contains(&compact, "\"personas\":[]") {
        crate::content::hosted_looked_for();
        return;
    }
    // Checking the files needs the persona decoders: fetched only when a manifest lists some.
    match crate::chunk!(hosted_personas(store, manifest)) {
        Ok(task) => task.await,
        Err(why) => {
            quiet(store, why.to_string());
            crate::content::hosted_looked_for();
        }
    }
}

/// The files `manifest` lists, checked; the usable ones are offered on Home (manage chunk).
pub async fn load_listed(store: Store, manifest: String) {
    let names = match custom::parse_manifest(&manifest) {
        Ok(names) => names,
        Err(e) => {
            quiet(
                store,
                format!("Your organisation's personas could not be listed: {e}"),
            );
            crate::content::hosted_looked_for();
            return;
        }
    };
    let mut found = Vec::new();
    let mut refused = 0;
    for name in names {
        let text = match fetch(&format!("{FOLDER}{name}")).await {
            Fetched::Text(text) => text,
            Fetched::Absent => {
                refused += 1;
                continue;
            }
        };
        match custom::from_file(&text) {
            Ok(p) if !found.iter().any(|f: &askwell_core::Persona| f.id == p.id) => found.push(p),
            Ok(_) => {}
            Err(_) => refused += 1,
        }
    }
    // The app may have been unmounted while the files were fetched.
    if store.hosted.is_disposed() {
        return;
    }
    if refused > 0 {
        quiet(
            store,
            format!(
                "{refused} of your organisation's personas could not be loaded, so {} not \
                 offered. The others work as normal.",
                if refused == 1 { "it is" } else { "they are" }
            ),
        );
    }
    store.hosted.set(found);
    super::register(store);
    crate::content::hosted_looked_for();
}

fn opened_from_file() -> bool {
    web_sys::window()
        .and_then(|w| w.location().protocol().ok())
        .is_some_and(|p| p == "file:")
}

fn quiet(store: Store, text: String) {
    store.notify(NoticeKind::Info, text);
}

#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
enum Fetched {
    Text(String),
    /// Not there (404, any other status, or no network).
    Absent,
}

#[cfg(target_arch = "wasm32")]
async fn fetch(url: &str) -> Fetched {
    use wasm_bindgen_futures::JsFuture;
    let Some(response) = crate::tasks::fetch_in_time(url).await else {
        return Fetched::Absent;
    };
    if !response.ok() {
        return Fetched::Absent;
    }
    let Ok(promise) = response.text() else {
        return Fetched::Absent;
    };
    match JsFuture::from(promise)
        .await
        .ok()
        .and_then(|t| t.as_string())
    {
        Some(text) => Fetched::Text(text),
        None => Fetched::Absent,
    }
}

/// Settles when offline.js says a worker answers this page (at once without one).
#[cfg(target_arch = "wasm32")]
async fn worker_in_charge() {
    use wasm_bindgen::JsCast;
    let controlled = web_sys::window()
        .and_then(|w| js_sys::Reflect::get(&w, &"askwellControlled".into()).ok())
        .and_then(|p| p.dyn_into::<js_sys::Promise>().ok());
    if let Some(promise) = controlled {
        let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
    }
}

#[cfg(not(target_arch = "wasm32"))]
async fn worker_in_charge() {}

#[cfg(not(target_arch = "wasm32"))]
async fn fetch(_url: &str) -> Fetched {
    Fetched::Absent
}
