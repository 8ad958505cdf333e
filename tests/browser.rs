//! Browser tests, run in headless Chromium by wasm-bindgen-test: the storage module against
//! the real localStorage, and the app mounted into a page.
#![cfg(target_arch = "wasm32")]

use askwell_core::interview::{Action, ClockMode, Interview};
use askwell_core::matcher::Matcher;
use askwell_core::store::{self, session_key, SessionIndex, INDEX_KEY};
use askwell_core::Persona;
use askwell_web::storage::{self, Read};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn personas() -> Vec<Persona> {
    serde_json::from_str(include_str!(concat!(
        env!("OUT_DIR"),
        "/personas_for_tests.json"
    )))
    .expect("test personas parse")
}

fn local() -> web_sys::Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

fn interview(id: &str) -> (Interview, Persona) {
    let persona = personas().remove(0);
    let matcher = Matcher::new(&persona.vocabulary);
    let mut i = Interview::new(id, &persona, 30, ClockMode::Simulated, 1_700_000_000_000.0);
    i.apply(
        &persona,
        &matcher,
        Action::Ask {
            text: "What does a typical day look like for you?".into(),
            now_s: 0.0,
        },
    );
    (i, persona)
}

#[wasm_bindgen_test]
fn saves_and_loads_a_session_and_its_index() {
    local().clear().unwrap();
    let (i, persona) = interview("t-save");
    let mut index = SessionIndex::default();
    storage::save_session(&i, &persona.name, &mut index).expect("saved");

    assert_eq!(
        storage::load_session("t-save", 0.0),
        Ok(Read::Found(i.clone()))
    );
    let (loaded, problems) = storage::load_index(0.0);
    assert!(problems.is_empty(), "{problems:?}");
    assert_eq!(loaded.sessions.len(), 1);
    assert_eq!(loaded.sessions[0].questions, 1);
    // The stored value is the versioned envelope.
    let raw = local().get_item(&session_key("t-save")).unwrap().unwrap();
    assert!(raw.starts_with("{\"version\":1,\"data\":"));
}

#[wasm_bindgen_test]
fn a_corrupt_session_is_kept_under_a_backup_key_and_reported() {
    local().clear().unwrap();
    let key = session_key("t-bad");
    local()
        .set_item(&key, "{\"version\":1,\"data\":{oops")
        .unwrap();

    let read = storage::load_session("t-bad", 1234.0).unwrap();
    let Read::Damaged {
        backup: Some(backup),
        ..
    } = read
    else {
        panic!("expected a damaged read with a backup, got {read:?}");
    };
    assert_eq!(backup, store::backup_key(&key, 1234.0));
    assert_eq!(
        local().get_item(&backup).unwrap().as_deref(),
        Some("{\"version\":1,\"data\":{oops")
    );
    // The original is left exactly as it was.
    assert_eq!(
        local().get_item(&key).unwrap().as_deref(),
        Some("{\"version\":1,\"data\":{oops")
    );
}

#[wasm_bindgen_test]
fn a_corrupt_index_is_backed_up_rebuilt_from_sessions_and_reported() {
    local().clear().unwrap();
    let (i, persona) = interview("t-rebuild");
    let mut index = SessionIndex::default();
    storage::save_session(&i, &persona.name, &mut index).expect("saved");
    local().set_item(INDEX_KEY, "not json at all").unwrap();

    let (rebuilt, problems) = storage::load_index(99.0);
    assert_eq!(problems.len(), 1, "one notice for the user");
    assert!(problems[0].contains("set aside"), "{}", problems[0]);
    assert_eq!(rebuilt.sessions.len(), 1);
    assert_eq!(rebuilt.sessions[0].id, "t-rebuild");
    assert_eq!(
        local()
            .get_item(&store::backup_key(INDEX_KEY, 99.0))
            .unwrap()
            .as_deref(),
        Some("not json at all")
    );
}

#[wasm_bindgen_test]
fn data_from_a_newer_version_is_left_untouched() {
    local().clear().unwrap();
    let key = session_key("t-new");
    let newer = r#"{"version":99,"data":{"future":true}}"#;
    local().set_item(&key, newer).unwrap();
    let read = storage::load_session("t-new", 5.0).unwrap();
    assert!(
        matches!(read, Read::Damaged { backup: None, .. }),
        "{read:?}"
    );
    assert_eq!(local().get_item(&key).unwrap().as_deref(), Some(newer));
    assert_eq!(local().length().unwrap(), 1, "nothing else was written");
}

#[wasm_bindgen_test]
async fn the_home_page_lists_every_persona() {
    local().clear().unwrap();
    let window = web_sys::window().unwrap();
    window.location().set_hash("/").unwrap();
    let document = window.document().unwrap();
    let host = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&host).unwrap();
    let handle = leptos::mount::mount_to(host.clone().unchecked_into(), askwell_web::app::App);
    leptos::task::tick().await;
    let text = host.text_content().unwrap_or_default();
    assert!(text.contains("Rehearse the conversation"), "{text}");
    assert!(!text.contains("Page not found"));
    let options = host.query_selector_all("input[name=persona]").unwrap();
    assert_eq!(options.length() as usize, personas().len());
    assert!(text.contains("No sessions yet"));
    drop(handle);
}

use wasm_bindgen::JsCast;
