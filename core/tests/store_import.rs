//! Export and import: hostile and malformed files are rejected with the right message before
//! anything is returned. The import plan and kept values are tested in
//! `store_import_plan.rs`.

mod fixture_sessions;

use askwell_core::store::{
    checksum, export, parse_edited_import, parse_import, ImportError, MAX_FILE_BYTES,
};
use fixture_sessions::two_sessions;
use serde_json::{json, Value};

/// A file with a correct checksum and count around `sessions`, so the deeper checks run.
fn forge(sessions: Value, schema_version: Value) -> String {
    let count = sessions.as_array().map_or(0, Vec::len);
    json!({
        "format": "askwell-export",
        "format_version": 2,
        "app_version": "0.1.0",
        "schema_version": schema_version,
        "exported_at_ms": 1,
        "count": count,
        "checksum": checksum(&json!({"kept": [], "sessions": sessions})),
        "sessions": sessions,
        "kept": [],
    })
    .to_string()
}

/// The sessions of a real export, as JSON, to be tampered with.
fn sessions_value() -> Value {
    let text = export(&two_sessions(), "0.1.0", 1.0).unwrap();
    serde_json::from_str::<Value>(&text).unwrap()["sessions"].take()
}

fn err(text: &str) -> ImportError {
    parse_import(text).expect_err("must be rejected")
}

#[test]
fn export_is_canonical_and_checked() {
    let sessions = two_sessions();
    let text = export(&sessions, "0.1.0", 1_714_000_000_123.9).unwrap();
    assert!(text.starts_with(
        r#"{"format":"askwell-export","format_version":4,"app_version":"0.1.0","schema_version":12,"exported_at_ms":1714000000123,"count":2,"checksum":"fnv1a64:"#
    ));
    let reversed: Vec<_> = sessions.iter().rev().cloned().collect();
    assert_eq!(
        export(&reversed, "0.1.0", 1_714_000_000_123.9).unwrap(),
        text
    );
    let file = parse_import(&text).unwrap();
    assert_eq!(file.sessions[0].id, "s-1714000000000-a1");
    assert_eq!(
        export(
            &file.sessions,
            &file.app_version,
            file.exported_at_ms as f64
        )
        .unwrap(),
        text
    );
    // Spacing and key order do not matter; content does.
    let pretty = serde_json::to_string_pretty(&serde_json::from_str::<Value>(&text).unwrap());
    assert_eq!(parse_import(&pretty.unwrap()), Ok(file));
    assert_eq!(
        parse_import(&export(&[], "x", 0.0).unwrap())
            .unwrap()
            .sessions,
        []
    );
}

#[test]
fn messages_are_sentences_for_people() {
    assert_eq!(
        err(&forge(json!([]), json!(13))).to_string(),
        "This file was made by a newer Askwell (schema 13). Update Askwell, then import it again."
    );
    assert_eq!(
        err(r#"{"format":"something-else"}"#).to_string(),
        "This file is not an Askwell export."
    );
    let text = export(&two_sessions(), "0.1.0", 1.0)
        .unwrap()
        .replacen("pager", "pagers", 1);
    assert_eq!(
        err(&text).to_string(),
        "The file was changed after it was exported (its checksum does not match): damaged, \
         or edited by hand."
    );
    assert_eq!(
        err("").to_string(),
        "This file is empty, so there is nothing to import."
    );
}

/// Somewhere inside a string, where a byte cut leaves the text on a character boundary.
fn cut_at(text: &str) -> usize {
    (text.len() / 3..text.len())
        .find(|&i| text.is_char_boundary(i))
        .unwrap()
}

#[test]
fn not_json_not_askwell_and_empty() {
    assert_eq!(err(""), ImportError::Empty);
    assert_eq!(err(" \n\t"), ImportError::Empty);
    assert!(matches!(
        err("{not json"),
        ImportError::NotJson { line: 1, .. }
    ));
    assert_eq!(
        err("\u{feff}{}"),
        ImportError::NotAskwell,
        "a byte order mark is skipped"
    );
    assert!(matches!(
        err("PK\u{3}\u{4}binary"),
        ImportError::NotJson { .. }
    ));
    // An export that stops part-way says so, at any point of the cut.
    let whole = export(&two_sessions(), "0.1.0", 1.0).unwrap();
    for cut in [40, whole.len() / 2, whole.len() - 1] {
        assert_eq!(err(&whole[..cut]), ImportError::CutOff, "cut at {cut}");
    }
    assert!(err(&whole[..cut_at(&whole)])
        .to_string()
        .starts_with("This Askwell export is cut off"));
    // A file that is not an export stays "not an export", cut off or not.
    assert!(matches!(
        err(r#"{"name":"x","#),
        ImportError::NotJson { .. }
    ));
    for text in [
        "{}",
        "[]",
        "42",
        "\"askwell-export\"",
        "null",
        r#"{"format":7}"#,
    ] {
        assert_eq!(err(text), ImportError::NotAskwell, "{text}");
    }
}

#[test]
fn unknown_versions_are_refused() {
    assert_eq!(err(&forge(json!([]), json!(13))), ImportError::Newer(13));
    assert_eq!(
        err(&forge(json!([]), json!(1u64 << 40))),
        ImportError::Newer(u32::MAX)
    );
    for v in [json!(0), json!(-1), json!(2.5), json!("2"), json!(null)] {
        assert_eq!(
            err(&forge(json!([]), v.clone())),
            ImportError::UnknownVersion,
            "{v}"
        );
    }
}

#[test]
fn hostile_sizes_and_nesting_are_refused_before_parsing() {
    let huge = "x".repeat(200_000);
    assert_eq!(err(&format!("\"{huge}\"")), ImportError::StringTooLong);
    let mut s = sessions_value();
    s[0]["greeting"] = json!(huge);
    assert_eq!(err(&forge(s, json!(2))), ImportError::StringTooLong);
    let deep = format!("{}{}", "[".repeat(10_000), "]".repeat(10_000));
    assert_eq!(err(&deep), ImportError::TooDeep);
    let deep_obj = format!(
        r#"{{"format":"askwell-export","x":{}1{}}}"#,
        "{\"a\":".repeat(10_000),
        "}".repeat(10_000)
    );
    assert_eq!(err(&deep_obj), ImportError::TooDeep);
    let big = " ".repeat(MAX_FILE_BYTES + 1);
    assert_eq!(
        err(&big),
        ImportError::Empty,
        "blank is reported as empty, whatever its size"
    );
    let big = format!("{{{}}}", " ".repeat(MAX_FILE_BYTES));
    assert!(matches!(err(&big), ImportError::TooLarge { .. }));
    assert!(err(&big).to_string().contains("at most 8 MB"));
    assert_eq!(MAX_FILE_BYTES, 8 * 1024 * 1024);
}

#[test]
fn wrong_types_are_refused() {
    let good = sessions_value();
    let cases: Vec<(&str, Value)> = vec![
        ("exchanges", json!("many")),
        ("started_at_ms", json!("yesterday")),
        ("status", json!("paused-forever")),
        ("clock", json!(3)),
        ("plan", json!(null)),
        ("exchanges", json!([{"question": 1}])),
        ("memory", json!({"trust": "high"})),
    ];
    for (field, value) in cases {
        let mut s = good.clone();
        s[1][field] = value.clone();
        let e = err(&forge(s, json!(2)));
        assert!(
            matches!(e, ImportError::BadSession { number: 2, .. }),
            "{field} = {value}: {e:?}"
        );
    }
    let mut s = good.clone();
    s[0].as_object_mut().unwrap().remove("id");
    assert!(matches!(
        err(&forge(s, json!(2))),
        ImportError::BadSession { number: 1, .. }
    ));
    assert!(matches!(
        err(&forge(json!({"a": 1}), json!(2))),
        ImportError::Malformed(_)
    ));
    assert!(matches!(
        err(&forge(json!([1, 2]), json!(2))),
        ImportError::BadSession { number: 1, .. }
    ));

    // The header: wrong types, missing and unknown fields.
    let text = export(&two_sessions(), "0.1.0", 1.0).unwrap();
    let mut root: Value = serde_json::from_str(&text).unwrap();
    for (field, value) in [
        ("count", json!("2")),
        ("app_version", json!(1)),
        ("checksum", json!(null)),
    ] {
        let mut r = root.clone();
        r[field] = value;
        assert!(
            matches!(err(&r.to_string()), ImportError::Malformed(_)),
            "{field}"
        );
    }
    let mut r = root.clone();
    r["count"] = json!(3);
    assert_eq!(
        err(&r.to_string()),
        ImportError::CountMismatch {
            stated: 3,
            found: 2
        }
    );
    r = root.clone();
    r.as_object_mut().unwrap().remove("checksum");
    assert!(matches!(err(&r.to_string()), ImportError::Malformed(m) if m.contains("checksum")));
    root["extra"] = json!(true);
    assert!(matches!(err(&root.to_string()), ImportError::Malformed(m) if m.contains("extra")));
}

#[test]
fn unknown_session_fields_are_refused() {
    let mut s = sessions_value();
    s[0]["exchanges"][3]["script"] = json!("<script>alert(1)</script>");
    match err(&forge(s, json!(2))) {
        ImportError::BadSession { number: 1, why } => assert!(why.contains("exchanges.3.script")),
        e => panic!("{e:?}"),
    }
}

#[test]
fn session_invariants_are_checked() {
    let good = sessions_value();
    let bad = |edit: &dyn Fn(&mut Value)| {
        let mut s = good.clone();
        edit(&mut s[0]);
        err(&forge(s, json!(2)))
    };
    type Edit = Box<dyn Fn(&mut Value)>;
    let cases: Vec<(&str, Edit)> = vec![
        ("empty id", Box::new(|s| s["id"] = json!(""))),
        ("path id", Box::new(|s| s["id"] = json!("../../etc/passwd"))),
        ("long id", Box::new(|s| s["id"] = json!("a".repeat(65)))),
        ("space id", Box::new(|s| s["id"] = json!("a b"))),
        (
            "persona",
            Box::new(|s| s["persona_id"] = json!("<img src=x>")),
        ),
        ("negative", Box::new(|s| s["elapsed_s"] = json!(-1.0))),
        (
            "negative start",
            Box::new(|s| s["exchanges"][0]["start_s"] = json!(-0.5)),
        ),
        ("pause", Box::new(|s| s["paused_at_s"] = json!(-3.0))),
        (
            "plan",
            Box::new(|s| s["plan"]["minutes"] = json!(4_000_000_000u32)),
        ),
        ("plan sum", Box::new(|s| s["plan"]["seconds"][0] = json!(1))),
        (
            "exchanges",
            Box::new(|s| {
                let e = s["exchanges"][0].clone();
                s["exchanges"] = Value::Array(vec![e; 2001]);
            }),
        ),
    ];
    for (name, edit) in cases {
        let e = bad(&*edit);
        assert!(
            matches!(e, ImportError::BadSession { number: 1, .. }),
            "{name}: {e:?}"
        );
        assert!(e
            .to_string()
            .starts_with("Session 1 in the file cannot be imported: "));
    }
    let mut s = good.clone();
    s[1]["id"] = s[0]["id"].clone();
    assert_eq!(
        err(&forge(s, json!(2))),
        ImportError::DuplicateId("s-1714000000000-a1".into())
    );
}

#[test]
fn older_schema_files_are_migrated() {
    // Exports began with schema 2; a schema 1 file's sessions go through the same chain.
    let file = parse_import(&forge(sessions_value(), json!(1))).unwrap();
    assert_eq!(file.schema_version, 1);
    assert_eq!(file.sessions, {
        let mut v = two_sessions();
        v.sort_by(|a, b| a.id.cmp(&b.id));
        v
    });
    assert!(export(&file.sessions, "0.1.0", 1.0)
        .unwrap()
        .contains("\"schema_version\":12"));
}

#[test]
fn every_error_reads_as_a_sentence() {
    let errors = [
        ImportError::Empty,
        ImportError::TooLarge { bytes: 30 << 20 },
        ImportError::TooDeep,
        ImportError::StringTooLong,
        ImportError::NotJson { line: 1, column: 2 },
        ImportError::NotAskwell,
        ImportError::Newer(3),
        ImportError::UnknownVersion,
        ImportError::Malformed("missing field `count`".into()),
        ImportError::CountMismatch {
            stated: 1,
            found: 2,
        },
        ImportError::ChecksumMismatch,
        ImportError::TooManySessions(20_000),
        ImportError::BadSession {
            number: 1,
            why: "its id is empty".into(),
        },
        ImportError::DuplicateId("a".into()),
    ];
    for e in errors {
        let s = e.to_string();
        assert!(s.starts_with(char::is_uppercase) && s.ends_with('.'), "{s}");
    }
}

#[test]
fn a_file_edited_by_hand_can_still_be_taken_with_every_other_check() {
    let text = export(&two_sessions(), "0.1.0", 1.0)
        .unwrap()
        .replacen("pager", "pagers", 1);
    assert_eq!(err(&text), ImportError::ChecksumMismatch);
    let file = parse_edited_import(&text).expect("only the checksum failed");
    assert_eq!(file.sessions.len(), 2);
    assert!(format!("{:?}", file.sessions).contains("pagers"));
    // Every other check still holds.
    let broken = text.replacen("\"exchanges\"", "\"exchanges_x\"", 1);
    assert!(parse_edited_import(&broken).is_err());
    assert!(parse_edited_import("{ not json").is_err());
}
