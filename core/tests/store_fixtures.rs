//! Every frozen fixture of a past schema version still decodes, migrates to the expected
//! value, and re-encodes to the frozen bytes of the current version.

use askwell_core::interview::{ClockMode, Interview, Status};
use askwell_core::json::Tree;
use askwell_core::store::Stored;
use askwell_core::store::{
    self, decode_record, encode_with_revision, may_overwrite, migrate_v10_to_v11,
    migrate_v11_to_v12, migrate_v1_to_v2, migrate_v2_to_v3, migrate_v3_to_v4, migrate_v4_to_v5,
    migrate_v5_to_v6, migrate_v6_to_v7, migrate_v7_to_v8, migrate_v8_to_v9, migrate_v9_to_v10,
    SessionIndex, WriteCheck,
};
use serde::Serialize;
use serde_json::Value;
use std::fmt::Debug;

/// Text as the tree the migrations take.
fn tree(text: &str) -> Tree {
    Tree::parse(text).unwrap()
}

fn fixture(path: &str) -> String {
    let full = format!("{}/tests/fixtures/{path}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&full).unwrap_or_else(|e| panic!("{full}: {e}"))
}

/// Every value in the frozen `old` is in `new`, unchanged; `new` may add fields (a field
/// added later with a serde default, written out on the next save).
fn assert_contained(old: &Value, new: &Value, at: &str) {
    match (old, new) {
        (Value::Object(a), Value::Object(b)) => {
            for (k, v) in a {
                let w = b.get(k).unwrap_or_else(|| panic!("{at}.{k} was dropped"));
                assert_contained(v, w, &format!("{at}.{k}"));
            }
        }
        (Value::Array(a), Value::Array(b)) => {
            assert_eq!(a.len(), b.len(), "{at}: length");
            for (i, (v, w)) in a.iter().zip(b).enumerate() {
                assert_contained(v, w, &format!("{at}.{i}"));
            }
        }
        _ => assert_eq!(old, new, "{at}"),
    }
}

/// v1 → v2 by the pure function, by `decode_record`, and back to the frozen v2 bytes.
fn check_v1<T: Stored + Serialize + PartialEq + Debug>(name: &str) -> T {
    let v1 = fixture(&format!("v1/{name}.json"));
    let v2 = fixture(&format!("v2/{name}.json"));
    assert_eq!(
        v2,
        v1.replacen("{\"version\":1,", "{\"version\":2,\"revision\":0,", 1),
        "{name}: v2 is v1 with revision 0"
    );
    let migrated = migrate_v1_to_v2(tree(&v1)).unwrap();
    assert_eq!(migrated, tree(&v2), "{name}");
    let old = decode_record::<T>(&v1).unwrap();
    let new = decode_record::<T>(&v2).unwrap();
    assert_eq!((old.revision, old.stored_version), (0, 1), "{name}");
    assert_eq!((new.revision, new.stored_version), (0, 2), "{name}");
    assert_eq!(old.data, new.data, "{name}");
    let v3 = fixture(&format!("v3/{name}.json"));
    assert_eq!(
        v3,
        v2.replacen("{\"version\":2,", "{\"version\":3,", 1),
        "{name}: v3 is v2 with the version bumped"
    );
    assert_eq!(migrate_v2_to_v3(tree(&v2)).unwrap(), tree(&v3), "{name}");
    let v4 = fixture(&format!("v4/{name}.json"));
    assert_eq!(
        v4,
        v3.replacen("{\"version\":3,", "{\"version\":4,", 1),
        "{name}: v4 is v3 with the version bumped"
    );
    assert_eq!(migrate_v3_to_v4(tree(&v3)).unwrap(), tree(&v4), "{name}");
    let v5 = fixture(&format!("v5/{name}.json"));
    assert_eq!(
        v5,
        v4.replacen("{\"version\":4,", "{\"version\":5,", 1),
        "{name}: v5 is v4 with the version bumped"
    );
    assert_eq!(migrate_v4_to_v5(tree(&v4)).unwrap(), tree(&v5), "{name}");
    let v6 = fixture(&format!("v6/{name}.json"));
    assert_eq!(
        v6,
        v5.replacen("{\"version\":5,", "{\"version\":6,", 1),
        "{name}: v6 is v5 with the version bumped"
    );
    assert_eq!(migrate_v5_to_v6(tree(&v5)).unwrap(), tree(&v6), "{name}");
    let v7 = fixture(&format!("v7/{name}.json"));
    assert_eq!(
        v7,
        v6.replacen("{\"version\":6,", "{\"version\":7,", 1),
        "{name}: v7 is v6 with the version bumped"
    );
    assert_eq!(migrate_v6_to_v7(tree(&v6)).unwrap(), tree(&v7), "{name}");
    let v8 = fixture(&format!("v8/{name}.json"));
    assert_eq!(
        v8,
        v7.replacen("{\"version\":7,", "{\"version\":8,", 1),
        "{name}: v8 is v7 with the version bumped"
    );
    assert_eq!(migrate_v7_to_v8(tree(&v7)).unwrap(), tree(&v8), "{name}");
    let v9 = fixture(&format!("v9/{name}.json"));
    assert_eq!(
        v9,
        v8.replacen("{\"version\":8,", "{\"version\":9,", 1),
        "{name}: v9 is v8 with the version bumped"
    );
    assert_eq!(migrate_v8_to_v9(tree(&v8)).unwrap(), tree(&v9), "{name}");
    let v10 = fixture(&format!("v10/{name}.json"));
    assert_eq!(
        v10,
        v9.replacen("{\"version\":9,", "{\"version\":10,", 1),
        "{name}: v10 is v9 with the version bumped"
    );
    assert_eq!(migrate_v9_to_v10(tree(&v9)).unwrap(), tree(&v10), "{name}");
    let v11 = fixture(&format!("v11/{name}.json"));
    assert_eq!(
        v11,
        v10.replacen("{\"version\":10,", "{\"version\":11,", 1),
        "{name}: v11 is v10 with the version bumped"
    );
    assert_eq!(
        migrate_v10_to_v11(tree(&v10)).unwrap(),
        tree(&v11),
        "{name}"
    );
    let v12 = fixture(&format!("v12/{name}.json"));
    assert_eq!(
        v12,
        v11.replacen("{\"version\":11,", "{\"version\":12,", 1),
        "{name}: v12 is v11 with the version bumped"
    );
    assert_eq!(
        migrate_v11_to_v12(tree(&v11)).unwrap(),
        tree(&v12),
        "{name}"
    );
    assert_eq!(decode_record::<T>(&v3).unwrap().data, old.data, "{name}");
    assert_eq!(decode_record::<T>(&v4).unwrap().data, old.data, "{name}");
    assert_eq!(decode_record::<T>(&v5).unwrap().data, old.data, "{name}");
    assert_eq!(decode_record::<T>(&v6).unwrap().data, old.data, "{name}");
    assert_eq!(decode_record::<T>(&v7).unwrap().data, old.data, "{name}");
    assert_eq!(decode_record::<T>(&v8).unwrap().data, old.data, "{name}");
    assert_eq!(decode_record::<T>(&v9).unwrap().data, old.data, "{name}");
    assert_eq!(decode_record::<T>(&v10).unwrap().data, old.data, "{name}");
    assert_eq!(decode_record::<T>(&v11).unwrap().data, old.data, "{name}");
    let again = encode_with_revision(&old.data, 0).unwrap();
    assert_contained(
        &serde_json::from_str(&v12).unwrap(),
        &serde_json::from_str(&again).unwrap(),
        name,
    );
    assert_eq!(decode_record::<T>(&again).unwrap().data, old.data, "{name}");
    assert_eq!(may_overwrite::<T>(Some(&v1), 0), WriteCheck::Ok);
    old.data
}

#[test]
fn v1_sessions_migrate_to_the_expected_value() {
    let s: Interview = check_v1("session_simulated");
    assert_eq!(s.id, "s-1714000000000-a1");
    assert_eq!(s.persona_id, "maya-okafor");
    assert_eq!((s.clock, s.status), (ClockMode::Simulated, Status::Ended));
    assert_eq!(s.exchanges.len(), 14);
    assert_eq!(s.elapsed_s, 434.00000000000006);
    // Floats come back bit for bit (serde_json's float_roundtrip; the default parser reads
    // this one as 127.6).
    assert_eq!(
        s.exchanges[3].end_s.to_bits(),
        127.60000000000001f64.to_bits()
    );
    assert_ne!(127.60000000000001f64, 127.6);
    assert_eq!(s.exchanges[8].nuggets, ["org-mentorship-program"]);
    assert_eq!(s.exchanges[12].flags.len(), 2);
    assert_eq!(s.memory.revealed.len(), 3);
    assert_eq!(s.memory.trust, 6);

    let r: Interview = check_v1("session_real_active");
    assert_eq!((r.clock, r.status), (ClockMode::Real, Status::Active));
    assert_eq!((r.exchanges.len(), r.elapsed_s), (4, 154.0));
}

#[test]
fn v1_indexes_migrate_to_the_expected_value() {
    let index: SessionIndex = check_v1("index");
    let ids: Vec<_> = index.sessions.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(ids, ["s-1714100000000-b2", "s-1714000000000-a1"]);
    assert_eq!(index.sessions[1].questions, 14);
    assert_eq!(index.sessions[1].persona_name, "Dr. Maya Okafor");
    let empty: SessionIndex = check_v1("index_empty");
    assert!(empty.sessions.is_empty());
}

#[test]
fn the_minimal_v1_session_gets_defaults() {
    let raw = fixture("v1/session_minimal.json");
    let full: Interview = store::decode(&fixture("v1/session_real_active.json")).unwrap();
    let rec = decode_record::<Interview>(&raw).unwrap();
    assert_eq!((rec.revision, rec.stored_version), (0, 1));
    let s = rec.data;
    assert_eq!(s.id, "s-minimal");
    assert_eq!(s.memory, Default::default());
    assert!(s
        .exchanges
        .iter()
        .all(|e| e.nuggets.is_empty() && e.flags.is_empty()));
    assert_eq!(s.exchanges.len(), full.exchanges.len());
    assert_eq!(s.greeting, full.greeting);
}

#[test]
fn current_version_fixtures_are_the_current_format() {
    for name in ["session_simulated", "session_real_active"] {
        let raw = fixture(&format!("v12/{name}.json"));
        let s: Interview = store::decode(&raw).unwrap();
        let again = encode_with_revision(&s, 0).unwrap();
        assert_contained(
            &serde_json::from_str(&raw).unwrap(),
            &serde_json::from_str(&again).unwrap(),
            name,
        );
        store::validate_session(&s).unwrap();
    }
    assert_eq!(
        store::SCHEMA_VERSION,
        12,
        "freeze v12 fixtures before moving on"
    );
}

#[test]
fn a_second_intent_stored_as_one_id_reads_as_a_list_of_one() {
    // Schemas 6 to 8 stored one `also` topic id; schema 9 stores a list.
    let mut v: Value = serde_json::from_str(&fixture("v8/session_simulated.json")).unwrap();
    let last = v["data"]["exchanges"]
        .as_array_mut()
        .unwrap()
        .last_mut()
        .unwrap();
    last["also"] = Value::from("closing.thanks");
    let s: Interview = store::decode(&v.to_string()).unwrap();
    let thanks = vec![askwell_core::Topic::Thanks];
    assert_eq!(s.exchanges.last().unwrap().also, thanks);
    let again = encode_with_revision(&s, 0).unwrap();
    assert!(again.contains(r#""also":["closing.thanks"]"#), "{again}");
    let back: Interview = store::decode(&again).unwrap();
    assert_eq!(back.exchanges.last().unwrap().also, thanks);
}
