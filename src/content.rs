//! The personas: a small catalogue compiled in, and full scripts fetched from
//! `personas/<id>.<CONTENT_TAG>.json` (same origin, cached by the service worker) the first
//! time one is needed, then kept for the rest of the visit. The single-file build
//! (`scripts/build-single`) carries each file inside the page instead, as
//! `<script type="application/json" id="personas/<id>.<CONTENT_TAG>.json">`: a script is
//! read from there when the page has it, and fetched otherwise.
//!
//! Custom personas (the user's own, ids `my-...`) and hosted ones (`personas/extra/`) are
//! registered here by `crate::personas` whenever they change, so `info` and `load` resolve
//! them like shipped ones.

use askwell_core::sorted_map::SortedMap;
use askwell_core::understand::Matcher;
use askwell_core::{Persona, PersonaInfo};
use std::cell::RefCell;
use std::sync::{Arc, OnceLock};

/// Changes whenever persona content changes. It is part of each script's file name, so a
/// build never reads another build's script from the service worker's or the HTTP cache.
pub static CONTENT_TAG: &str = include_str!(concat!(env!("OUT_DIR"), "/content_tag.txt"));

/// Everyone who can be interviewed, in file order.
pub fn catalog() -> &'static [PersonaInfo] {
    static ALL: OnceLock<Vec<PersonaInfo>> = OnceLock::new();
    // Written and validated by build.rs from the same types.
    ALL.get_or_init(|| {
        use askwell_core::Temperament;
        include!(concat!(env!("OUT_DIR"), "/catalog.rs"))
    })
}

/// Who a persona id names: shipped, the user's own or hosted.
pub fn info(id: &str) -> Option<PersonaInfo> {
    catalog()
        .iter()
        .find(|p| p.id == id)
        .cloned()
        .or_else(|| own(id).map(|o| o.persona.info()))
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
        self.matcher.get_or_init(|| self.persona.matcher())
    }
}

thread_local! {
    static LOADED: RefCell<SortedMap<String, Arc<Interviewee>>> = RefCell::default();
    /// The user's own personas, then hosted ones (the user's copy wins on the same id).
    static OWN: RefCell<Vec<Arc<Interviewee>>> = const { RefCell::new(Vec::new()) };
    /// False until the hosted personas have been looked for (a page opened at start waits).
    static HOSTED_LOOKED_FOR: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Replaces the registered custom and hosted personas. Each is made safe to run first
/// (`engine_safe`), so a draft with missing answers never reaches the engine as it is.
pub fn register_own(personas: impl IntoIterator<Item = Persona>) {
    let list = personas
        .into_iter()
        .map(|p| Arc::new(Interviewee::new(engine_safe(p))))
        .collect();
    OWN.with(|o| *o.borrow_mut() = list);
}

/// Says the hosted personas have been looked for (found or not).
pub fn hosted_looked_for() {
    HOSTED_LOOKED_FOR.with(|h| h.set(true));
}

fn own(id: &str) -> Option<Arc<Interviewee>> {
    OWN.with(|o| o.borrow().iter().find(|p| p.persona.id == id).cloned())
}

/// A copy of a persona the engine can always answer with: empty answers, follow-ups and
/// greetings are dropped, and a topic with no answer yet gets one saying so (the engine
/// expects every topic it finds to have an answer).
pub fn engine_safe(mut persona: Persona) -> Persona {
    let keep = |list: &mut Vec<String>| list.retain(|t| !t.trim().is_empty());
    keep(&mut persona.greeting);
    if persona.greeting.is_empty() {
        persona.greeting.push("Hello.".into());
    }
    for script in &mut persona.topics {
        keep(&mut script.answers);
        keep(&mut script.follow_ups);
        if script.answers.is_empty() {
            script.answers.push(format!(
                "(No answer written yet for \u{201c}{}\u{201d}.)",
                script.topic.label()
            ));
        }
    }
    persona
}

/// A stand-in for a custom persona that is no longer here, so a session with it still
/// shows its review (named as the session remembers it).
pub fn stand_in(id: &str, name: &str) -> Arc<Interviewee> {
    let mut p = askwell_core::custom::blank(id.to_string());
    p.name = if name.trim().is_empty() || name == id {
        "a persona you deleted".into()
    } else {
        name.to_string()
    };
    Arc::new(Interviewee::new(engine_safe(p)))
}

/// The persona's script, from memory or fetched. The error is a sentence for the user.
pub async fn load(id: &str) -> Result<Arc<Interviewee>, String> {
    if let Some(found) = LOADED.with(|l| l.borrow().get(id).cloned()) {
        return Ok(found);
    }
    if askwell_core::custom::is_custom_id(id) {
        return load_own(id).await;
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

/// A custom or hosted persona; at start, waits (a few seconds at most) for the hosted ones
/// to be looked for.
async fn load_own(id: &str) -> Result<Arc<Interviewee>, String> {
    for _ in 0..100 {
        if let Some(found) = own(id) {
            return Ok(found);
        }
        if HOSTED_LOOKED_FOR.with(|h| h.get()) {
            break;
        }
        crate::tasks::sleep_ms(50).await;
    }
    own(id).ok_or_else(|| {
        "This persona is no longer saved in this browser (it was deleted, or made in another \
         browser). Your sessions with it are kept; choose someone else on Home."
            .to_string()
    })
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
    use wasm_bindgen_futures::JsFuture;
    let response = crate::tasks::fetch_in_time(url)
        .await
        .ok_or("the network request failed or went unanswered")?;
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
