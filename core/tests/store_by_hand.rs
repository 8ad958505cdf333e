//! Records read by hand (`store::Stored` with `json::Reader`: the question plans and
//! conversation logs) read exactly as serde's derived readers did, and tell a newer build's
//! data from damage the same way.

use askwell_core::prepare::{ConversationLog, EmailDraft, Logs, OutcomeNotes, PlanFor, Plans};
use askwell_core::prepare::{People, QuestionPlan};
use askwell_core::store::{
    decode_record, encode_with_revision, may_overwrite, DecodeError, Envelope, Stored, WriteCheck,
};
use askwell_core::store::{FiguresCache, SessionIndex};
use serde::de::DeserializeOwned;
use serde_json::{json, Value};

fn fixture(name: &str) -> String {
    let path = format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(path).unwrap()
}

/// Both readers give the same envelope, or both refuse the text.
fn agree<T: Stored + DeserializeOwned + PartialEq + std::fmt::Debug>(text: &str) {
    let by_serde = serde_json::from_str::<Envelope<T>>(text).ok();
    let by_hand = T::parse_envelope(text).ok();
    assert_eq!(by_hand, by_serde, "{text}");
}

fn texts_of(value: &Value) -> [String; 2] {
    [
        value.to_string(),
        serde_json::to_string_pretty(value).unwrap(),
    ]
}

fn some_logs() -> Logs {
    let times = [
        0.0,
        1714467600000.0,
        1714467600123.5,
        1.0 / 3.0,
        123.45600000000002,
    ];
    let logs = times
        .iter()
        .enumerate()
        .map(|(i, &at_ms)| ConversationLog {
            id: format!("l-{i}"),
            person_id: format!("p-\u{e9}\"{i}\\"),
            at_ms,
            minutes: i as u32 * 15,
            notes: OutcomeNotes {
                work: "Line one\nline two\ttabbed \u{1F600}".into(),
                path: String::new(),
                future: "\u{7}bell and \u{2028} separator".into(),
                contacts: "Dr. \u{201c}Quoted\u{201d}".into(),
                organizations: "x".repeat(i),
            },
            thank_you: (i % 2 == 0).then(|| EmailDraft {
                subject: "Thank you".into(),
                body: format!("Body {i}"),
            }),
        })
        .collect();
    Logs { logs }
}

fn some_plans() -> Plans {
    let plans = (0..4)
        .map(|i| QuestionPlan {
            id: format!("plan-{i}"),
            for_whom: if i % 2 == 0 {
                PlanFor::Person(format!("p-{i}"))
            } else {
                PlanFor::Persona("maya-okafor".into())
            },
            minutes: 30,
            introduction: "I'm a student \u{2014} exploring.".into(),
            questions: (0..i).map(|q| format!("Question {q}?")).collect(),
        })
        .collect();
    Plans { plans }
}

#[test]
fn fixtures_and_written_records_read_the_same_by_hand() {
    for name in [
        "v8/logs.json",
        "v8/plans.json",
        "v8/people.json",
        "v8/people_empty.json",
        "v8/index.json",
        "v8/index_empty.json",
    ] {
        let value: Value = serde_json::from_str(&fixture(name)).unwrap();
        for text in texts_of(&value) {
            agree::<Logs>(&text);
            agree::<Plans>(&text);
            agree::<People>(&text);
            agree::<SessionIndex>(&text);
            agree::<FiguresCache>(&text);
        }
        let parsed = match name {
            "v8/logs.json" => Logs::parse_envelope(&value.to_string()).is_ok(),
            "v8/plans.json" => Plans::parse_envelope(&value.to_string()).is_ok(),
            n if n.contains("index") => SessionIndex::parse_envelope(&value.to_string()).is_ok(),
            _ => People::parse_envelope(&value.to_string()).is_ok(),
        };
        assert!(parsed, "{name}");
    }
    for revision in [0, 7, u64::MAX] {
        let text = encode_with_revision(&some_logs(), revision).unwrap();
        assert_eq!(decode_record::<Logs>(&text).unwrap().data, some_logs());
        agree::<Logs>(&text);
        let text = encode_with_revision(&some_plans(), revision).unwrap();
        assert_eq!(decode_record::<Plans>(&text).unwrap().data, some_plans());
        agree::<Plans>(&text);
    }
}

#[test]
fn edge_shapes_are_read_or_refused_as_serde_did() {
    let log = json!({"id": "l", "person_id": "p", "at_ms": 5, "minutes": 3,
        "notes": {"work": "", "path": "", "future": "", "contacts": "", "organizations": ""}});
    let mut cases = Vec::new();
    let mut add = |edit: &dyn Fn(&mut Value)| {
        let mut l = log.clone();
        edit(&mut l);
        cases.push(json!({"version": 8, "revision": 1, "data": {"logs": [l]}}));
    };
    add(&|_| {});
    add(&|l| l["thank_you"] = Value::Null);
    add(&|l| l["at_ms"] = json!(-1.5e3));
    add(&|l| l["minutes"] = json!(2.0));
    add(&|l| l["minutes"] = json!(-1));
    add(&|l| l["at_ms"] = json!("soon"));
    add(&|l| l["notes"] = json!({"work": ""}));
    add(&|l| l["thank_you"] = json!({"subject": "s"}));
    add(&|l| {
        l.as_object_mut().unwrap().remove("person_id");
    });
    for case in &cases {
        agree::<Logs>(&case.to_string());
    }
    for text in [
        "",
        "{}",
        r#"{"version":8,"revision":1,"data":{"logs":[]}} x"#,
        r#"{"version":8,"revision":1,"data":{"logs":[]},"data":{"logs":[]}}"#,
        r#"{"version":8,"revision":1}"#,
        r#"{"version":8,"revision":1,"data":{"plans":[{"id":"a","for_whom":{},"minutes":1,"introduction":"","questions":[]}]}}"#,
        r#"{"version":8,"revision":1,"data":{"plans":[{"id":"a","for_whom":{"person":"p"},"minutes":1,"introduction":"","questions":[null]}]}}"#,
    ] {
        agree::<Plans>(text);
        agree::<Logs>(text);
    }
}

#[test]
fn a_newer_builds_names_are_left_alone_and_damage_is_named() {
    let logs: Value = serde_json::from_str(&fixture("v8/logs.json")).unwrap();
    let plans: Value = serde_json::from_str(&fixture("v8/plans.json")).unwrap();

    let mut l = logs.clone();
    l["data"]["logs"][0]["mood"] = json!("glad");
    match decode_record::<Logs>(&l.to_string()) {
        Err(DecodeError::NewerBuild(what)) => assert!(what.contains("\"mood\""), "{what}"),
        other => panic!("{other:?}"),
    }
    assert_eq!(
        may_overwrite::<Logs>(Some(&l.to_string()), 9),
        WriteCheck::Newer(8)
    );

    let mut p = plans.clone();
    p["data"]["plans"][0]["for_whom"] = json!({"team": "t-1"});
    assert!(matches!(
        decode_record::<Plans>(&p.to_string()),
        Err(DecodeError::Corrupt(_) | DecodeError::NewerBuild(_))
    ));

    let mut l = logs;
    l["data"]["logs"][0]["at_ms"] = json!("soon");
    match decode_record::<Logs>(&l.to_string()) {
        Err(DecodeError::Corrupt(why)) => {
            assert!(why.starts_with("data.logs.0.at_ms: "), "{why}")
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn people_edge_shapes_read_as_serde_did() {
    let people: Value = serde_json::from_str(&fixture("v8/people.json")).unwrap();
    let edits: [fn(&mut Value); 9] = [
        |p| p["data"]["people"][0]["referred_by"] = json!({"team": {"id": "x"}}),
        |p| {
            p["data"]["people"][0]["referred_by"] =
                json!({"person": {"person_id": "a"}, "practice": {}})
        },
        |p| p["data"]["people"][0]["referred_by"] = json!({"person": {"person_id": "a", "x": 1}}),
        |p| p["data"]["people"][0]["referred_by"] = json!({}),
        |p| p["data"]["people"][0]["stages"][0]["stage"] = json!("met"),
        |p| p["data"]["people"][0]["details"]["circle"] = json!("family"),
        |p| p["data"]["people"][0]["talk_at_ms"] = json!(1.5),
        |p| {
            p["data"]["people"][0]
                .as_object_mut()
                .unwrap()
                .remove("talk_at_ms");
        },
        |p| {
            p["data"]["people"][0]["details"]
                .as_object_mut()
                .unwrap()
                .remove("notes");
        },
    ];
    for edit in edits {
        let mut p = people.clone();
        edit(&mut p);
        agree::<People>(&p.to_string());
    }
    let mut p = people;
    p["data"]["people"][0]["details"]["pronouns"] = json!("she/her");
    match decode_record::<People>(&p.to_string()) {
        Err(DecodeError::NewerBuild(what)) => assert!(what.contains("\"pronouns\""), "{what}"),
        other => panic!("{other:?}"),
    }
}

#[test]
fn the_figures_cache_reads_as_serde_did() {
    let entry = json!({"score": 80, "timing_accuracy": 0.875, "questions": 9, "review_version": 3});
    let mut cases = vec![
        json!({}),
        json!({"s-2": entry, "s-1": entry}),
        json!({"s-1": entry, "s-1": {"score": 12, "timing_accuracy": 1, "questions": 1, "review_version": 1}}),
    ];
    let mut bad = entry.clone();
    bad["score"] = json!(300);
    cases.push(json!({ "s": bad }));
    let mut extra = entry.clone();
    extra["mood"] = json!(1);
    cases.push(json!({ "s": extra }));
    for sessions in cases {
        let text = json!({"version": 8, "revision": 4, "data": {"sessions": sessions}});
        for text in texts_of(&text) {
            agree::<FiguresCache>(&text);
        }
    }
    // A repeated id in the text: the last one wins, as in a map.
    let text = r#"{"version":8,"revision":1,"data":{"sessions":{"a":{"score":1,"timing_accuracy":0,"questions":1,"review_version":1},"a":{"score":2,"timing_accuracy":0,"questions":1,"review_version":1}}}}"#;
    agree::<FiguresCache>(text);
}
