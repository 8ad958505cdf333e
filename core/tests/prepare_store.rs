//! The schema 4 records (people, plans, conversation logs): frozen fixtures, the v3 → v4
//! and v4 → v5 migrations, the schema checks, and export / import round trips.

mod common;

use askwell_core::json::Tree;
use askwell_core::prepare::{Logs, People, Plans, Prepared};
use askwell_core::store::Stored;
use askwell_core::store::{
    self, decode_record, encode_with_revision, export_all, migrate_v10_to_v11, migrate_v11_to_v12,
    migrate_v3_to_v4, migrate_v4_to_v5, migrate_v5_to_v6, migrate_v6_to_v7, migrate_v7_to_v8,
    migrate_v8_to_v9, migrate_v9_to_v10, parse_import, ExportContents, ImportError, LOGS_KEY,
    PEOPLE_KEY, PLANS_KEY, SCHEMA_VERSION,
};
use serde::Serialize;
use std::fmt::Debug;

/// Text as the tree the migrations take.
fn tree(text: &str) -> Tree {
    Tree::parse(text).unwrap()
}

fn fixture(path: &str) -> String {
    let full = format!("{}/tests/fixtures/{path}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&full).unwrap_or_else(|e| panic!("{full}: {e}"))
}

/// A frozen v4 record decodes to `expected` and migrates to the frozen v5 record, which
/// decodes to the same data and re-encodes to the same bytes; the same data in a v3
/// envelope (v3 data is valid v4 data) migrates to the v4 record.
fn check_v4<T: Stored + Serialize + PartialEq + Debug>(name: &str, expected: &T, revision: u64) {
    let raw = fixture(&format!("v4/{name}.json"));
    let rec = decode_record::<T>(&raw).unwrap();
    assert_eq!(
        (&rec.data, rec.revision, rec.stored_version),
        (expected, revision, 4),
        "{name}"
    );
    let v5 = fixture(&format!("v5/{name}.json"));
    assert_eq!(migrate_v4_to_v5(tree(&raw)).unwrap(), tree(&v5), "{name}");
    let now = decode_record::<T>(&v5).unwrap();
    assert_eq!(
        (&now.data, now.revision, now.stored_version),
        (expected, revision, 5),
        "{name}"
    );
    let v6 = fixture(&format!("v6/{name}.json"));
    assert_eq!(migrate_v5_to_v6(tree(&v5)).unwrap(), tree(&v6), "{name}");
    let v7 = fixture(&format!("v7/{name}.json"));
    assert_eq!(migrate_v6_to_v7(tree(&v6)).unwrap(), tree(&v7), "{name}");
    let v8 = fixture(&format!("v8/{name}.json"));
    assert_eq!(migrate_v7_to_v8(tree(&v7)).unwrap(), tree(&v8), "{name}");
    let v9 = fixture(&format!("v9/{name}.json"));
    assert_eq!(migrate_v8_to_v9(tree(&v8)).unwrap(), tree(&v9), "{name}");
    let v10 = fixture(&format!("v10/{name}.json"));
    assert_eq!(migrate_v9_to_v10(tree(&v9)).unwrap(), tree(&v10), "{name}");
    let v11 = fixture(&format!("v11/{name}.json"));
    assert_eq!(
        migrate_v10_to_v11(tree(&v10)).unwrap(),
        tree(&v11),
        "{name}"
    );
    let v12 = fixture(&format!("v12/{name}.json"));
    assert_eq!(
        migrate_v11_to_v12(tree(&v11)).unwrap(),
        tree(&v12),
        "{name}"
    );
    assert_eq!(
        encode_with_revision(&now.data, revision).unwrap(),
        v12,
        "{name}: same bytes"
    );
    let as_v3 = raw.replacen("{\"version\":4,", "{\"version\":3,", 1);
    let migrated = migrate_v3_to_v4(tree(&as_v3)).unwrap();
    assert_eq!(migrated, tree(&raw), "{name}");
    let old = decode_record::<T>(&as_v3).unwrap();
    assert_eq!((&old.data, old.stored_version), (expected, 3), "{name}");
}

#[test]
fn v4_fixtures_of_the_new_records_decode_and_re_encode() {
    let p = common::prepared();
    check_v4::<People>("people", &p.people, 3);
    check_v4::<Plans>("plans", &p.plans, 2);
    check_v4::<Logs>("logs", &p.logs, 1);
    check_v4::<People>("people_empty", &People::default(), 0);
    assert_eq!(SCHEMA_VERSION, 12);
    assert_eq!(
        (PEOPLE_KEY, PLANS_KEY, LOGS_KEY),
        ("askwell.people", "askwell.plans", "askwell.logs")
    );
}

#[test]
fn an_older_build_reads_v4_records_as_newer() {
    // What an older build sees: a version above its own is `Newer`, never damaged.
    let raw = fixture("v12/people.json").replacen("{\"version\":12,", "{\"version\":13,", 1);
    assert_eq!(
        store::decode::<People>(&raw),
        Err(store::DecodeError::Newer(13))
    );
    // A newer build's field in a v4 record is `NewerBuild`, left alone.
    let raw =
        fixture("v4/logs.json").replacen("\"minutes\":30", "\"minutes\":30,\"mood\":\"good\"", 1);
    assert!(
        matches!(
            store::decode::<Logs>(&raw),
            Err(store::DecodeError::NewerBuild(_))
        ),
        "{:?}",
        store::decode::<Logs>(&raw)
    );
}

fn contents(prepared: Prepared) -> ExportContents {
    let session: askwell_core::interview::Interview =
        store::decode(&fixture("v4/session_simulated.json")).unwrap();
    ExportContents {
        sessions: vec![session],
        prepared,
        ..ExportContents::default()
    }
}

#[test]
fn people_plans_and_logs_round_trip_through_export_and_import() {
    let c = contents(common::prepared());
    let text = export_all(&c, "0.1.0", 1_714_000_000_000.0).unwrap();
    assert!(text.contains("\"format_version\":4") && text.contains("\"prepare\":{\"people\""));
    let file = parse_import(&text).unwrap();
    assert_eq!(file.prepared, c.prepared);
    assert_eq!(file.sessions, c.sessions);
    // Export → import → export gives the same bytes; the checksum covers the new records.
    let again = ExportContents {
        sessions: file.sessions.clone(),
        prepared: file.prepared.clone(),
        ..ExportContents::default()
    };
    assert_eq!(
        export_all(&again, "0.1.0", 1_714_000_000_000.0).unwrap(),
        text
    );
    let edited = text.replacen("Sam Lee", "Sam Lea", 1);
    assert_eq!(parse_import(&edited), Err(ImportError::ChecksumMismatch));
    assert!(
        c.describe()
            .contains("With them: 4 people, 2 question plans and 1 logged conversation."),
        "{}",
        c.describe()
    );
}

#[test]
fn older_export_files_still_import_with_nothing_prepared() {
    let file = parse_import(&fixture("export-v1/two_sessions.json")).unwrap();
    assert_eq!((file.format_version, file.sessions.len()), (1, 2));
    assert!(file.prepared.is_empty());
}

#[test]
fn bad_new_records_are_refused_with_a_reason() {
    let mut bad = common::prepared();
    bad.people.people[1].id = bad.people.people[0].id.clone();
    let text = export_all(&contents(bad), "0.1.0", 1.0).unwrap();
    match parse_import(&text) {
        Err(ImportError::BadPrepared(why)) => assert!(why.contains("share the id"), "{why}"),
        other => panic!("{other:?}"),
    }
    // A format 2 file may not carry them.
    let text = export_all(&contents(common::prepared()), "0.1.0", 1.0).unwrap();
    let downgraded = text.replacen("\"format_version\":4", "\"format_version\":2", 1);
    assert!(matches!(
        parse_import(&downgraded),
        Err(ImportError::Malformed(_))
    ));
}

#[test]
fn merging_an_import_adds_what_is_missing_and_keeps_local_copies() {
    let mut mine = Prepared::default();
    let theirs = common::prepared();
    assert_eq!(mine.merge_missing(&theirs), 4 + 2 + 1);
    assert_eq!(mine, theirs);
    let mut edited = theirs.clone();
    edited.people.people[0].details.notes = "local note".into();
    assert_eq!(edited.merge_missing(&theirs), 0);
    assert_eq!(edited.people.people[0].details.notes, "local note");
}
