//! Browser tests, run in headless Chromium by wasm-bindgen-test: the storage module against
//! the real localStorage, and the app mounted into a page.
#![cfg(target_arch = "wasm32")]

use askwell_core::interview::{Action, ClockMode, Interview};
use askwell_core::store::{self, session_key, SessionIndex, INDEX_KEY};
use askwell_core::understand::Matcher;
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
    storage::load_index(0.0);
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
    assert!(raw.starts_with("{\"version\":12,\"revision\":1,\"data\":"));
}

#[wasm_bindgen_test]
fn a_corrupt_session_is_moved_under_a_backup_key_and_reported() {
    local().clear().unwrap();
    storage::load_index(0.0);
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
    // Moved aside: the backup holds it exactly, the original key is free.
    assert_eq!(local().get_item(&key).unwrap(), None);
}

#[wasm_bindgen_test]
fn a_corrupt_index_is_backed_up_rebuilt_from_sessions_and_reported() {
    local().clear().unwrap();
    storage::load_index(0.0);
    let (i, persona) = interview("t-rebuild");
    let mut index = SessionIndex::default();
    storage::save_session(&i, &persona.name, &mut index).expect("saved");
    local().set_item(INDEX_KEY, "not json at all").unwrap();

    let (rebuilt, problems) = storage::load_index(99.0);
    assert_eq!(problems.len(), 1, "one notice for the user");
    assert!(problems[0].contains("moved aside"), "{}", problems[0]);
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
    storage::load_index(0.0);
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

fn stored_revision_of(key: &str) -> u64 {
    store::stored_revision(&local().get_item(key).unwrap().unwrap()).unwrap()
}

#[wasm_bindgen_test]
fn a_stale_copy_is_not_written_over_a_newer_one() {
    local().clear().unwrap();
    storage::load_index(0.0);
    let (i, persona) = interview("t-stale");
    let mut index = SessionIndex::default();
    storage::save_session(&i, &persona.name, &mut index).expect("saved");
    // Another tab saves the same session three times.
    let key = session_key("t-stale");
    let theirs = store::encode_with_revision(&i, 4).unwrap();
    local().set_item(&key, &theirs).unwrap();

    let err = storage::save_session(&i, &persona.name, &mut index).unwrap_err();
    assert_eq!(
        err,
        storage::StorageError::Stale {
            id: "t-stale".into()
        }
    );
    assert!(err.to_string().contains("changed in another tab"), "{err}");
    assert_eq!(
        local().get_item(&key).unwrap().as_deref(),
        Some(theirs.as_str())
    );

    // After reloading it, this tab may write again, at the next revision.
    assert!(matches!(
        storage::load_session("t-stale", 0.0),
        Ok(Read::Found(_))
    ));
    storage::save_session(&i, &persona.name, &mut index).expect("saved after reload");
    assert_eq!(stored_revision_of(&key), 5);
}

#[wasm_bindgen_test]
fn the_index_is_merged_not_overwritten() {
    local().clear().unwrap();
    storage::load_index(0.0);
    let (a, persona) = interview("t-tab-a");
    let mut index_a = SessionIndex::default();
    storage::save_session(&a, &persona.name, &mut index_a).expect("saved a");
    // Another tab, which loaded before "t-tab-a" existed, saves "t-tab-b".
    let (b, _) = interview("t-tab-b");
    let mut index_b = SessionIndex::default();
    storage::save_session(&b, &persona.name, &mut index_b).expect("saved b");
    // This tab saves again with its own, older list: both sessions stay listed.
    let mut stale = SessionIndex::default();
    stale.upsert(store::SessionSummary::of(&a, &persona.name));
    storage::save_session(&a, &persona.name, &mut stale).expect("saved a again");
    let stored: SessionIndex =
        store::decode(&local().get_item(INDEX_KEY).unwrap().unwrap()).unwrap();
    let mut ids: Vec<_> = stored.sessions.iter().map(|s| s.id.as_str()).collect();
    ids.sort();
    assert_eq!(ids, ["t-tab-a", "t-tab-b"]);
    assert_eq!(stale, stored, "the tab's list is the merged one");
    assert_eq!(stored_revision_of(INDEX_KEY), 3);
}

#[wasm_bindgen_test]
fn a_newer_index_puts_the_tab_in_read_only_mode() {
    local().clear().unwrap();
    let newer = r#"{"version":13,"revision":9,"data":{"sessions":"future"}}"#;
    local().set_item(INDEX_KEY, newer).unwrap();
    let (index, problems) = storage::load_index(1.0);
    assert!(index.sessions.is_empty());
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert_eq!(storage::mode(), storage::Mode::ReadOnly);
    let (i, persona) = interview("t-ro");
    let mut index = SessionIndex::default();
    let err = storage::save_session(&i, &persona.name, &mut index).unwrap_err();
    assert_eq!(err, storage::StorageError::ReadOnly);
    assert!(err
        .to_string()
        .contains("saved by a newer Askwell; update this tab"));
    assert_eq!(local().get_item(INDEX_KEY).unwrap().as_deref(), Some(newer));
    assert_eq!(local().length().unwrap(), 1, "nothing else was written");
    // The unsaved session is still in memory, for an export.
    assert_eq!(storage::all_sessions(), vec![i]);
    assert_eq!(
        storage::delete_everything(),
        Err(storage::StorageError::ReadOnly)
    );
    assert_eq!(local().length().unwrap(), 1);
}

#[wasm_bindgen_test]
fn a_session_deleted_in_another_tab_is_not_brought_back() {
    local().clear().unwrap();
    storage::load_index(0.0);
    let (i, persona) = interview("t-gone");
    let mut index = SessionIndex::default();
    storage::save_session(&i, &persona.name, &mut index).expect("saved");
    // Another tab deletes it (as its Delete button does: the session key and its line).
    local().remove_item(&session_key("t-gone")).unwrap();
    local().remove_item(INDEX_KEY).unwrap();

    let mut index = storage::refresh_after_other_tab().expect("list readable");
    assert!(index.sessions.is_empty());
    assert!(storage::was_deleted_elsewhere("t-gone"));
    assert_eq!(
        storage::save_session(&i, &persona.name, &mut index),
        Err(storage::StorageError::DeletedElsewhere)
    );
    assert_eq!(local().get_item(&session_key("t-gone")).unwrap(), None);
    assert!(index.sessions.iter().all(|s| s.id != "t-gone"));
}

#[wasm_bindgen_test]
fn a_new_session_never_overwrites_a_stored_one() {
    local().clear().unwrap();
    storage::load_index(0.0);
    let (i, persona) = interview("t-taken");
    let mut index = SessionIndex::default();
    storage::save_session(&i, &persona.name, &mut index).expect("saved");
    let before = local().get_item(&session_key("t-taken")).unwrap();
    let (fresh, _) = interview("t-taken");
    assert_eq!(
        storage::create_session(&fresh, &persona.name, &mut index),
        Err(storage::StorageError::Taken)
    );
    assert_eq!(local().get_item(&session_key("t-taken")).unwrap(), before);
    let a = storage::new_session_id(1_700_000_000_000.0);
    let b = storage::new_session_id(1_700_000_000_000.0);
    assert!(
        store::is_safe_id(&a) && a.starts_with("s1700000000000-"),
        "{a}"
    );
    assert_ne!(a, b, "two ids in one millisecond differ");
}

#[wasm_bindgen_test]
fn schema_1_values_load_and_are_not_lost() {
    local().clear().unwrap();
    let fixtures = [
        (
            INDEX_KEY.to_string(),
            include_str!("../core/tests/fixtures/v1/index.json"),
        ),
        (
            session_key("s-1714100000000-b2"),
            include_str!("../core/tests/fixtures/v1/session_real_active.json"),
        ),
        (
            session_key("s-1714000000000-a1"),
            include_str!("../core/tests/fixtures/v1/session_simulated.json"),
        ),
    ];
    for (k, v) in &fixtures {
        local().set_item(k, v.trim()).unwrap();
    }
    let (index, problems) = storage::load_index(2.0);
    assert!(problems.is_empty(), "{problems:?}");
    assert_eq!(storage::mode(), storage::Mode::Normal);
    assert_eq!(index.sessions.len(), 2);
    for (k, v) in &fixtures[1..] {
        let id = &k[session_key("").len()..];
        let Ok(Read::Found(s)) = storage::load_session(id, 2.0) else {
            panic!("{id} did not load");
        };
        let old: Interview = store::decode(v.trim()).unwrap();
        assert_eq!(s, old);
        assert_eq!(
            local().get_item(k).unwrap().as_deref(),
            Some(v.trim()),
            "left as it was"
        );
    }
    assert!(storage::backups().is_empty());
}

fn saved(id: &str) -> Option<Interview> {
    match storage::load_session(id, 0.0) {
        Ok(Read::Found(i)) => Some(i),
        _ => None,
    }
}

#[wasm_bindgen_test]
fn an_import_keeps_the_newer_copy_and_backs_up_what_it_replaces() {
    local().clear().unwrap();
    storage::load_index(0.0);
    let (a, persona) = interview("t-keep");
    let (b, _) = interview("t-import");
    let mut index = SessionIndex::default();
    storage::save_session(&a, &persona.name, &mut index).unwrap();
    storage::save_session(&b, &persona.name, &mut index).unwrap();
    // The file holds an older (shorter) copy of b: the copy here is kept by default.
    let mut shorter_b = b.clone();
    shorter_b.exchanges.clear();
    let text = store::export(&[shorter_b.clone()], "test", 0.0).unwrap();
    let file = store::parse_import(&text).unwrap();
    let mut plan = store::plan_import(saved, &file);
    assert_eq!(
        (plan.keep.clone(), plan.replace.len()),
        (vec!["t-import".to_string()], 0)
    );
    assert_eq!(plan.both[0].newer, store::Newer::Here);
    let done = storage::apply_import(&file, &plan, &mut index).unwrap();
    assert_eq!(done.written, 0);
    assert_eq!(saved("t-import"), Some(b.clone()));
    // Choosing the file's copy anyway replaces it, and the copy here becomes a backup.
    plan.use_file_copy("t-import", true);
    let done = storage::apply_import(&file, &plan, &mut index).unwrap();
    assert_eq!((done.written, done.replaced_kept), (1, 1));
    assert_eq!(index.sessions.len(), 2);
    assert_eq!(saved("t-import"), Some(shorter_b));
    assert_eq!(saved("t-keep"), Some(a));
    let backups = storage::backups();
    assert_eq!(backups.len(), 1);
    assert_eq!(backups[0].original, session_key("t-import"));
    // Restoring that backup keeps both: the longer copy comes back under a new id.
    match storage::restore_backup(&backups[0].key, &mut index) {
        Ok(storage::Restored::Session { id, renamed: true }) => {
            let mut expected = b.clone();
            expected.id = id.clone();
            assert_eq!(saved(&id), Some(expected));
        }
        other => panic!("{other:?}"),
    }
    assert!(storage::backups().is_empty());
    assert_eq!(index.sessions.len(), 3);
    assert!(storage::used_chars() > 0);
}

#[wasm_bindgen_test]
fn a_draft_is_kept_in_this_tab_until_emptied_or_everything_is_deleted() {
    let tab = web_sys::window()
        .unwrap()
        .session_storage()
        .unwrap()
        .unwrap();
    local().clear().unwrap();
    storage::load_index(0.0);
    storage::keep_draft("t-draft", "What does a typ");
    storage::keep_draft("t-other", "Where did");
    assert_eq!(
        storage::draft("t-draft").as_deref(),
        Some("What does a typ")
    );
    // In sessionStorage (this tab's own), never in localStorage.
    assert_eq!(local().length().unwrap(), 0);
    storage::keep_draft("t-draft", "");
    assert_eq!(storage::draft("t-draft"), None);
    storage::delete_everything().expect("deleted");
    assert_eq!(storage::draft("t-other"), None);
    assert_eq!(tab.length().unwrap(), 0);
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
