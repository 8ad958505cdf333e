//! Tests of `decode`: the stored envelope's head, versions and the paths in its errors.

use super::*;
use crate::interview::Interview;
use serde_json::{json, Value};

type Edit = fn(&mut Value);

fn session() -> Value {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/v3/session_simulated.json"
    );
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

/// The edited session as the store reads it.
fn tree(s: &Value) -> Tree {
    Tree::parse(&s.to_string()).unwrap()
}

fn unknown(edit: impl Fn(&mut Value)) -> (String, String) {
    let mut s = session();
    edit(&mut s);
    match decode_value::<Interview>(&tree(&s)) {
        Err(DataError::Unknown { what, path }) => (what, path),
        other => panic!("{other:?}"),
    }
}

#[test]
fn unknown_names_are_found_where_they_are() {
    let cases: [(Edit, &str, &str); 5] = [
        (
            |s| s["data"]["exchanges"][2]["topic"] = json!("future.salary"),
            "the topic \"future.salary\"",
            "data.exchanges.2.topic",
        ),
        (
            |s| s["data"]["memory"]["pending"] = json!(["present.skills", "future.salary"]),
            "the topic \"future.salary\"",
            "data.memory.pending.1",
        ),
        (
            |s| s["data"]["memory"]["answers_given"]["future.salary"] = json!(1),
            "the topic \"future.salary\"",
            "data.memory.answers_given.future.salary",
        ),
        (
            |s| s["data"]["exchanges"][3]["script"] = json!("a \"quoted\" {[,"),
            "the field \"script\"",
            "data.exchanges.3.script",
        ),
        (
            |s| s["data"]["exchanges"][0]["flags"] = json!(["leading_question"]),
            "the coach flag \"leading_question\"",
            "data.exchanges.0.flags.0",
        ),
    ];
    for (edit, what, path) in cases {
        assert_eq!(unknown(edit), (what.to_string(), path.to_string()));
    }
}

#[test]
fn damage_says_where() {
    let mut s = session();
    s["data"]["exchanges"][1]["start_s"] = json!("soon");
    match decode_value::<Interview>(&tree(&s)) {
        Err(DataError::Damaged(why)) => {
            assert!(
                why.starts_with("data.exchanges.1.start_s: invalid type"),
                "{why}"
            )
        }
        other => panic!("{other:?}"),
    }
}
