//! Browser tests for the records around the interview (people, plans, notes): saved in
//! their versioned envelope, read back, never written over a later copy from another tab.
#![cfg(target_arch = "wasm32")]

use askwell_core::prepare::{People, PeopleAction, PersonDetails};
use askwell_core::store::PEOPLE_KEY;
use askwell_web::storage::{self, StorageError};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn local() -> web_sys::Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

fn one_person(name: &str) -> People {
    let mut people = People::default();
    let details = PersonDetails {
        name: name.into(),
        ..PersonDetails::default()
    };
    people
        .apply(PeopleAction::Add {
            id: "p1".into(),
            details,
            referred_by: None,
            at_ms: 1_700_000_000_000.0,
        })
        .expect("a person is added");
    people
}

#[wasm_bindgen_test]
fn people_are_saved_read_back_and_not_written_over_a_later_copy() {
    local().clear().unwrap();
    storage::load_index(0.0);
    let (prepared, notes) = storage::load_prepared(0.0);
    assert!(notes.is_empty() && prepared.people.people.is_empty());

    let people = one_person("Ana Ruiz");
    storage::save_people(&people).expect("saved");
    let raw = local().get_item(PEOPLE_KEY).unwrap().unwrap();
    assert!(raw.starts_with("{\"version\":12,\"revision\":1,"), "{raw}");
    assert_eq!(storage::load_prepared(0.0).0.people, people);

    // Another tab saves a later copy (revision 5): this tab's next save is refused.
    let later = raw.replacen("\"revision\":1", "\"revision\":5", 1);
    local().set_item(PEOPLE_KEY, &later).unwrap();
    let refused = storage::save_people(&one_person("Someone else"));
    assert!(
        matches!(refused, Err(StorageError::Stale { .. })),
        "{refused:?}"
    );
    assert_eq!(local().get_item(PEOPLE_KEY).unwrap().unwrap(), later);

    // After reading it again, this tab may save on top of it.
    let (reloaded, _) = storage::reload_prepared(0.0);
    assert_eq!(reloaded.people, people);
    storage::save_people(&one_person("Ana R.")).expect("saved after reload");
    assert!(local()
        .get_item(PEOPLE_KEY)
        .unwrap()
        .unwrap()
        .starts_with("{\"version\":12,\"revision\":6,"));
}

#[wasm_bindgen_test]
fn a_damaged_people_record_is_moved_aside_and_a_newer_one_left_alone() {
    local().clear().unwrap();
    storage::load_index(0.0);
    local()
        .set_item(PEOPLE_KEY, "{\"version\":4,\"revision\":2,\"data\":{oops")
        .unwrap();
    let (prepared, notes) = storage::load_prepared(1234.0);
    assert!(prepared.people.people.is_empty());
    assert_eq!(notes.len(), 1, "{notes:?}");
    assert!(notes[0].contains("moved aside"), "{notes:?}");
    assert_eq!(local().get_item(PEOPLE_KEY).unwrap(), None);
    let backup = askwell_core::store::backup_key(PEOPLE_KEY, 1234.0);
    assert!(local().get_item(&backup).unwrap().is_some());
    // Saving afterwards writes a fresh record.
    storage::save_people(&one_person("Ana Ruiz")).expect("saved");

    // A record from a newer Askwell is read as newer, never moved aside or written over.
    let newer = "{\"version\":13,\"revision\":1,\"data\":{}}";
    local().set_item(PEOPLE_KEY, newer).unwrap();
    let (_, notes) = storage::load_prepared(2000.0);
    assert!(notes[0].contains("newer version of Askwell"), "{notes:?}");
    assert!(storage::save_people(&one_person("Someone")).is_err());
    assert_eq!(
        local().get_item(PEOPLE_KEY).unwrap().as_deref(),
        Some(newer)
    );
}

#[wasm_bindgen_test]
fn own_personas_are_saved_read_back_and_never_written_over_a_later_copy() {
    use askwell_core::custom::{self, CustomPersona, CustomPersonas, Origin};
    use askwell_web::storage::PERSONAS_KEY;
    local().clear().unwrap();
    storage::load_index(0.0);
    let mut draft = custom::blank("my-ana-lee-k3x9".into());
    draft.name = "Dr. Ana Lee".into();
    let mut list = CustomPersonas::default();
    list.upsert(CustomPersona {
        persona: draft,
        created_ms: 1.0,
        updated_ms: 2.0,
        origin: Origin::Written,
    })
    .unwrap();
    storage::save_personas(&list).expect("saved");
    let (read, notes) = storage::load_personas(0.0);
    assert!(notes.is_empty(), "{notes:?}");
    assert_eq!(read, list, "a draft (not ready) is kept as it is");

    // Another tab saves a later copy: this tab's next save is refused until it reads again.
    let raw = local().get_item(PERSONAS_KEY).unwrap().unwrap();
    let later = raw.replacen("\"revision\":1", "\"revision\":4", 1);
    local().set_item(PERSONAS_KEY, &later).unwrap();
    let refused = storage::save_personas(&CustomPersonas::default());
    assert!(
        matches!(refused, Err(StorageError::Stale { .. })),
        "{refused:?}"
    );
    assert_eq!(local().get_item(PERSONAS_KEY).unwrap().unwrap(), later);
    assert_eq!(storage::load_personas(0.0).0, list);
    storage::save_personas(&CustomPersonas::default()).expect("saved after reading again");

    // A damaged value is moved aside and said; the list is empty, nothing else is lost.
    local()
        .set_item(PERSONAS_KEY, "{\"version\":5,\"revision\":2,\"data\":{oops")
        .unwrap();
    let (read, notes) = storage::load_personas(0.0);
    assert!(read.personas.is_empty());
    assert_eq!(notes.len(), 1, "{notes:?}");
    assert!(notes[0].contains("Your personas"), "{notes:?}");
}

#[wasm_bindgen_test]
fn a_stored_persona_this_build_cannot_use_is_left_out_but_kept_as_a_backup() {
    use askwell_core::custom::{self, CustomPersona, CustomPersonas, Origin};
    use askwell_web::storage::PERSONAS_KEY;
    local().clear().unwrap();
    storage::load_index(0.0);
    let mut list = CustomPersonas::default();
    list.upsert(CustomPersona {
        persona: custom::blank("my-ana-lee-k3x9".into()),
        created_ms: 1.0,
        updated_ms: 2.0,
        origin: Origin::Written,
    })
    .unwrap();
    storage::save_personas(&list).expect("saved");
    // A second entry the stored-list rules refuse (a shipped persona's id), as another build
    // or a hand edit might leave.
    let raw = local().get_item(PERSONAS_KEY).unwrap().unwrap();
    let entry_start = raw.find("{\"persona\"").expect("one entry");
    let entry_end = raw.rfind("}]").expect("end of the list") + 1;
    let entry = &raw[entry_start..entry_end];
    let other = entry.replacen("my-ana-lee-k3x9", "maya-okafor", 1);
    let two = raw.replacen(entry, &format!("{entry},{other}"), 1);
    local().set_item(PERSONAS_KEY, &two).unwrap();

    let (read, notes) = storage::load_personas(5.0);
    assert_eq!(read, list, "the usable persona is kept");
    assert_eq!(notes.len(), 1, "{notes:?}");
    assert!(notes[0].contains("Backups"), "{notes:?}");
    // The stored list is untouched, and a backup holds it whole before any save.
    assert_eq!(local().get_item(PERSONAS_KEY).unwrap().unwrap(), two);
    let backups = storage::backups();
    assert_eq!(backups.len(), 1);
    assert_eq!(backups[0].original, PERSONAS_KEY);
    assert_eq!(local().get_item(&backups[0].key).unwrap().unwrap(), two);
}
