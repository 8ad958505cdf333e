//! A record from a newer build of the same schema version (a topic, flag, status or field
//! this build does not know) is `NewerBuild`: left alone, never written over. Damaged data
//! (broken JSON, wrong types, missing fields) stays `Corrupt`.

use askwell_core::interview::Interview;
use askwell_core::store::Stored;
use askwell_core::store::{
    self, decode_record, export, may_overwrite, parse_import, DecodeError, ImportError,
    SessionIndex, WriteCheck, SCHEMA_VERSION,
};
use serde_json::{json, Value};

type Edit = fn(&mut Value);

fn fixture(name: &str) -> Value {
    let path = format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

fn session() -> Value {
    fixture("v3/session_simulated.json")
}

fn index() -> Value {
    fixture("v3/index.json")
}

fn decoded<T: Stored>(record: &Value) -> Result<T, DecodeError> {
    decode_record::<T>(&record.to_string()).map(|r| r.data)
}

/// Asserts a record is `NewerBuild`, naming `what`, and that no tab may write over it.
fn assert_newer_build<T: Stored + std::fmt::Debug>(record: &Value, what: &str) {
    let raw = record.to_string();
    match decoded::<T>(record) {
        Err(DecodeError::NewerBuild(found)) => assert!(found.contains(what), "{found}"),
        other => panic!("expected NewerBuild naming {what}, got {other:?}"),
    }
    let version = record["version"].as_u64().unwrap() as u32;
    for mine in [0, 1, 1000] {
        assert_eq!(
            may_overwrite::<T>(Some(&raw), mine),
            WriteCheck::Newer(version)
        );
    }
}

fn assert_corrupt<T: Stored + std::fmt::Debug>(raw: &str, case: &str) {
    match decode_record::<T>(raw) {
        Err(DecodeError::Corrupt(_)) => {}
        other => panic!("{case}: expected Corrupt, got {other:?}"),
    }
    assert_eq!(
        may_overwrite::<T>(Some(raw), 0),
        WriteCheck::Unreadable,
        "{case}"
    );
}

#[test]
fn unknown_topic_in_an_exchange_is_a_newer_build() {
    let mut s = session();
    s["data"]["exchanges"][2]["topic"] = json!("future.salary");
    assert_newer_build::<Interview>(&s, "the topic \"future.salary\"");
}

#[test]
fn unknown_flag_status_and_kind_are_a_newer_build() {
    let mut s = session();
    s["data"]["exchanges"][0]["flags"] = json!(["closed_question", "leading_question"]);
    assert_newer_build::<Interview>(&s, "the coach flag \"leading_question\"");

    let mut s = session();
    s["data"]["status"] = json!("abandoned");
    assert_newer_build::<Interview>(&s, "the status \"abandoned\"");

    let mut s = session();
    s["data"]["exchanges"][1]["kind"] = json!("small_talk");
    assert_newer_build::<Interview>(&s, "\"small_talk\"");

    let mut i = index();
    i["data"]["sessions"][0]["status"] = json!("abandoned");
    i["data"]["sessions"][0]["clock"] = json!("hybrid");
    // The first unknown name in field order is the one named.
    assert_newer_build::<SessionIndex>(&i, "the clock mode \"hybrid\"");
}

#[test]
fn unknown_topics_in_the_memory_are_a_newer_build() {
    let mut s = session();
    s["data"]["memory"]["answers_given"]["future.salary"] = json!(1);
    assert_newer_build::<Interview>(&s, "the topic \"future.salary\"");

    let mut s = session();
    s["data"]["memory"]["pending"] = json!(["present.typical_day", "future.salary"]);
    assert_newer_build::<Interview>(&s, "the topic \"future.salary\"");

    let mut s = session();
    s["data"]["memory"]["last_topic"] = json!("future.salary");
    assert_newer_build::<Interview>(&s, "the topic \"future.salary\"");
}

#[test]
fn unknown_fields_at_every_depth_are_a_newer_build() {
    let edits: [(&str, Edit); 6] = [
        ("written_by", |s| s["written_by"] = json!("askwell 0.2.0")),
        ("summary", |s| s["data"]["summary"] = json!({"score": 3})),
        ("tone", |s| {
            s["data"]["exchanges"][4]["tone"] = json!("warm")
        }),
        ("patience", |s| s["data"]["memory"]["patience"] = json!(2)),
        ("locked", |s| s["data"]["plan"]["locked"] = json!(true)),
        ("note", |s| {
            s["data"]["exchanges"][0]["topic"] = json!("future.salary");
            s["data"]["exchanges"][3]["note"] = json!("");
            s["data"]["status"] = json!("archived");
        }),
    ];
    for (name, edit) in edits {
        let mut s = session();
        edit(&mut s);
        let first = if name == "note" {
            "future.salary"
        } else {
            name
        };
        assert_newer_build::<Interview>(&s, first);
    }
    let mut i = index();
    i["data"]["sessions"][1]["pinned"] = json!(true);
    assert_newer_build::<SessionIndex>(&i, "the field \"pinned\"");
    let mut i = index();
    i["data"]["archived"] = json!([]);
    assert_newer_build::<SessionIndex>(&i, "the field \"archived\"");
}

#[test]
fn an_older_version_with_unknown_names_is_a_newer_build_too() {
    let mut s = fixture("v2/session_simulated.json");
    s["data"]["exchanges"][0]["topic"] = json!("future.salary");
    assert_newer_build::<Interview>(&s, "future.salary");
    let mut s = fixture("v1/session_simulated.json");
    s["data"]["exchanges"][0]["mood"] = json!("calm");
    assert_newer_build::<Interview>(&s, "the field \"mood\"");
}

#[test]
fn damaged_data_is_still_corrupt() {
    let good = session().to_string();
    assert_corrupt::<Interview>(&good[..good.len() / 2], "truncated");
    assert_corrupt::<Interview>("", "empty");
    assert_corrupt::<Interview>("null", "null");

    let edits: [(&str, Edit); 8] = [
        ("wrong type", |s| s["data"]["elapsed_s"] = json!("long")),
        ("wrong type deep", |s| {
            s["data"]["exchanges"][1]["start_s"] = json!([1])
        }),
        ("topic of the wrong type", |s| {
            s["data"]["exchanges"][1]["topic"] = json!(7)
        }),
        ("missing field", |s| {
            s["data"].as_object_mut().unwrap().remove("greeting");
        }),
        ("missing field deep", |s| {
            s["data"]["exchanges"][2]
                .as_object_mut()
                .unwrap()
                .remove("reply");
        }),
        // Unknown names do not excuse damage elsewhere.
        ("unknown topic and missing field", |s| {
            s["data"]["exchanges"][0]["topic"] = json!("future.salary");
            s["data"].as_object_mut().unwrap().remove("plan");
        }),
        ("unknown field and wrong type", |s| {
            s["data"]["exchanges"][0]["tone"] = json!("warm");
            s["data"]["exchanges"][5]["end_s"] = json!(null);
        }),
        ("no revision", |s| {
            s.as_object_mut().unwrap().remove("revision");
        }),
    ];
    for (case, edit) in edits {
        let mut s = session();
        edit(&mut s);
        assert_corrupt::<Interview>(&s.to_string(), case);
    }
    let mut i = index();
    i["data"]["sessions"][0]["questions"] = json!(-1);
    assert_corrupt::<SessionIndex>(&i.to_string(), "negative count");
}

#[test]
fn the_message_says_a_newer_version_saved_it() {
    let e = DecodeError::NewerBuild("the topic \"future.salary\"".into());
    assert_eq!(
        e.to_string(),
        "this was saved by a newer version of Askwell (it uses the topic \"future.salary\" \
         that this version does not know)"
    );
}

#[test]
fn import_refuses_unknown_names_saying_why() {
    let good: Interview = store::decode(&session().to_string()).unwrap();
    let text = export(&[good], "0.1.0", 1.0).unwrap();
    let edited = text.replacen("\"present.typical_day\"", "\"future.salary\"", 1);
    // Fix the checksum so only the topic is at issue.
    let mut root: Value = serde_json::from_str(&edited).unwrap();
    let content = json!({"kept": root["kept"], "personas": root["personas"], "prepare": root["prepare"],
            "sessions": root["sessions"]});
    root["checksum"] = json!(store::checksum(&content));
    match parse_import(&root.to_string()) {
        Err(ImportError::BadSession { number: 1, why }) => {
            assert!(why.contains("the topic \"future.salary\""), "{why}");
            assert!(why.contains("does not know"), "{why}");
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(SCHEMA_VERSION, 12);
}
