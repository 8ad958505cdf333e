//! The personas: a small catalogue compiled in, and full scripts fetched from
//! `personas/<id>.<CONTENT_TAG>.json` (same origin, cached by the service worker) the first
//! time one is needed, then kept for the rest of the visit. The single-file build
//! (`scripts/build-single`) carries each file inside the page instead, as
//! `<script type="application/json" id="personas/<id>.<CONTENT_TAG>.json">`: a script is
//! read from there when the page has it, and fetched otherwise.

use askwell_core::understand::Matcher;
use askwell_core::{Persona, PersonaInfo};
use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::{Arc, OnceLock};

static CATALOG_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/catalog.json"));
/// Changes whenever persona content changes. It is part of each script's file name, so a
/// build never reads another build's script from the service worker's or the HTTP cache.
pub static CONTENT_TAG: &str = include_str!(concat!(env!("OUT_DIR"), "/content_tag.txt"));

/// Everyone who can be interviewed, in file order.
pub fn catalog() -> &'static [PersonaInfo] {
    static ALL: OnceLock<Vec<PersonaInfo>> = OnceLock::new();
    // Written and validated by build.rs from the same types.
    ALL.get_or_init(|| askwell_core::content::catalog_from_json(CATALOG_JSON).unwrap_or_default())
}

pub fn info(id: &str) -> Option<&'static PersonaInfo> {
    catalog().iter().find(|p| p.id == id)
}

/// A persona's full script with its matcher, built the first time it is needed.
pub struct Interviewee {
    pub persona: Persona,
    matcher: OnceLock<Matcher>,
}

impl Interviewee {
    pub fn new(persona: Persona) -> Interviewee {
        Interviewee {
            persona,
            matcher: OnceLock::new(),
        }
    }

    pub fn matcher(&self) -> &Matcher {
        self.matcher
            .get_or_init(|| Matcher::new(&self.persona.vocabulary))
    }
}

thread_local! {
    static LOADED: RefCell<HashMap<String, Arc<Interviewee>>> = RefCell::new(HashMap::new());
}

/// The persona's script, from memory or fetched. The error is a sentence for the user.
pub async fn load(id: &str) -> Result<Arc<Interviewee>, String> {
    if let Some(found) = LOADED.with(|l| l.borrow().get(id).cloned()) {
        return Ok(found);
    }
    if info(id).is_none() {
        return Err(format!(
            "\"{id}\" is not one of the people in this version of Askwell."
        ));
    }
    let path = format!("personas/{id}.{CONTENT_TAG}.json");
    let text = match text_in_page(&path) {
        Some(text) => text,
        None => fetch_text(&format!("./{path}")).await.map_err(|why| {
            format!("Could not load this person's conversation ({why}). Check your connection and reload; after one visit Askwell works offline.")
        })?,
    };
    let persona = askwell_core::content::persona_from_json(&text).map_err(|e| {
        format!("This person's conversation file is damaged ({e}). Reload to fetch it again.")
    })?;
    let loaded = Arc::new(Interviewee::new(persona));
    LOADED.with(|l| l.borrow_mut().insert(id.to_string(), loaded.clone()));
    Ok(loaded)
}

/// Makes an already-parsed persona available without fetching (tests, preloading).
pub fn insert(persona: Persona) {
    let id = persona.id.clone();
    LOADED.with(|l| {
        l.borrow_mut()
            .insert(id, Arc::new(Interviewee::new(persona)))
    });
}

/// The text of the page element whose id is `path` (the single-file build's copy of that file).
#[cfg(target_arch = "wasm32")]
fn text_in_page(path: &str) -> Option<String> {
    web_sys::window()?
        .document()?
        .get_element_by_id(path)?
        .text_content()
}

#[cfg(not(target_arch = "wasm32"))]
fn text_in_page(_path: &str) -> Option<String> {
    None
}

#[cfg(target_arch = "wasm32")]
async fn fetch_text(url: &str) -> Result<String, String> {
    use wasm_bindgen::JsCast;
    use wasm_bindgen_futures::JsFuture;
    let window = web_sys::window().ok_or("no window")?;
    let response = JsFuture::from(window.fetch_with_str(url))
        .await
        .map_err(|_| "the network request failed".to_string())?;
    let response: web_sys::Response = response.dyn_into().map_err(|_| "no response")?;
    if !response.ok() {
        return Err(format!("the server answered {}", response.status()));
    }
    let text = JsFuture::from(response.text().map_err(|_| "unreadable response")?)
        .await
        .map_err(|_| "the response was cut off".to_string())?;
    text.as_string()
        .ok_or_else(|| "the response was not text".to_string())
}

#[cfg(not(target_arch = "wasm32"))]
async fn fetch_text(_url: &str) -> Result<String, String> {
    Err("fetching needs a browser".into())
}
