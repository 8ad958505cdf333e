//! The stored envelope: encoding with revisions, decoding every version, and the checks
//! before a write (moved from `store/mod.rs`'s unit tests; only the public API is used).

use askwell_core::interview::{ClockMode, Status};
use askwell_core::json::Tree;
use askwell_core::store::*;

fn summary(id: &str, at: f64) -> SessionSummary {
    SessionSummary {
        id: id.into(),
        persona_id: "p".into(),
        persona_name: "P".into(),
        started_at_ms: at,
        planned_minutes: 20,
        actual_s: 12.5,
        questions: 3,
        clock: ClockMode::Simulated,
        status: Status::Ended,
    }
}

#[test]
fn envelope_round_trips_with_its_revision() {
    let mut index = SessionIndex::default();
    index.upsert(summary("a", 1.0));
    let raw = encode(&index).unwrap();
    assert!(raw.starts_with("{\"version\":12,\"revision\":0,\"data\":"));
    assert_eq!(decode::<SessionIndex>(&raw), Ok(index.clone()));
    let raw = encode_with_revision(&index, 7).unwrap();
    let rec = decode_record::<SessionIndex>(&raw).unwrap();
    assert_eq!((rec.data, rec.revision, rec.stored_version), (index, 7, 12));
}

#[test]
fn version_1_is_migrated_to_revision_0() {
    let raw = r#"{"version":1,"data":{"sessions":[]}}"#;
    let rec = decode_record::<SessionIndex>(raw).unwrap();
    assert_eq!((rec.revision, rec.stored_version), (0, 1));
    assert_eq!(stored_revision(raw), Ok(0));
    let tree = |text: &str| Tree::parse(text).unwrap();
    let migrated = migrate_v1_to_v2(tree(raw)).unwrap();
    assert_eq!(
        migrated,
        tree(r#"{"version": 2, "revision": 0, "data": {"sessions": []}}"#)
    );
    assert!(migrate_v1_to_v2(tree(r#"{"version": 2, "data": 1}"#)).is_err());
    assert!(migrate_v1_to_v2(tree(r#"{"version": 1}"#)).is_err());
    assert!(migrate_v1_to_v2(tree("[1]")).is_err());
}

#[test]
fn corrupt_and_newer_values_are_reported() {
    let corrupt = |raw: &str| matches!(decode::<SessionIndex>(raw), Err(DecodeError::Corrupt(_)));
    assert!(corrupt("{not json"));
    assert!(corrupt(r#"{"version":1,"data":{"sessions":7}}"#));
    assert!(corrupt(r#"{"version":2,"data":{"sessions":[]}}"#)); // no revision
    assert!(corrupt(r#"{"version":0,"data":{"sessions":[]}}"#));
    assert!(corrupt(r#"{"data":{"sessions":[]}}"#));
    assert!(corrupt(r#"[1,2]"#));
    assert_eq!(
        decode::<SessionIndex>(r#"{"version":13,"data":{}}"#),
        Err(DecodeError::Newer(13))
    );
    assert_eq!(
        decode::<SessionIndex>(r#"{"version":99999999999,"data":{}}"#),
        Err(DecodeError::Newer(u32::MAX))
    );
}

#[test]
fn stored_revision_reads_the_head_alone() {
    assert_eq!(
        stored_revision(r#"{"version":3,"revision":7,"data":{"x":[1,{}]}}"#),
        Ok(7)
    );
    assert_eq!(
        stored_revision(r#"{"revision":2,"data":1,"version":3}"#),
        Ok(2)
    );
    // As before: a current record's data is not looked at, an older one must have some.
    assert_eq!(stored_revision(r#"{"version":12,"revision":4}"#), Ok(4));
    assert!(matches!(
        stored_revision(r#"{"version":2,"revision":4}"#),
        Err(DecodeError::Corrupt(_))
    ));
    assert_eq!(
        stored_revision(r#"{"version":1,"revision":9,"data":{}}"#),
        Ok(0)
    );
    assert_eq!(
        stored_revision(r#"{"version":13,"revision":"x","data":1}"#),
        Err(DecodeError::Newer(13))
    );
    for broken in [
        "",
        "{",
        "[3,5,{}]",
        r#"{"version":3,"revision":-1,"data":{}}"#,
        r#"{"version":3,"revision":1.5,"data":{}}"#,
        r#"{"version":"3","revision":1,"data":{}}"#,
        r#"{"version":0,"revision":1,"data":{}}"#,
        r#"{"version":3,"revision":1,"data":{}"#,
    ] {
        assert!(
            matches!(stored_revision(broken), Err(DecodeError::Corrupt(_))),
            "{broken}"
        );
    }
}

#[test]
fn stale_tabs_may_not_overwrite() {
    let index = SessionIndex::default();
    let at5 = encode_with_revision(&index, 5).unwrap();
    assert_eq!(may_overwrite::<SessionIndex>(None, 0), WriteCheck::Ok);
    assert_eq!(may_overwrite::<SessionIndex>(Some(&at5), 5), WriteCheck::Ok);
    assert_eq!(may_overwrite::<SessionIndex>(Some(&at5), 6), WriteCheck::Ok);
    assert_eq!(
        may_overwrite::<SessionIndex>(Some(&at5), 4),
        WriteCheck::StaleCopy { stored_revision: 5 }
    );
    assert_eq!(
        may_overwrite::<SessionIndex>(Some("{oops"), 4),
        WriteCheck::Unreadable
    );
    assert_eq!(
        may_overwrite::<SessionIndex>(Some(r#"{"version":13,"revision":0,"data":1}"#), 99),
        WriteCheck::Newer(13)
    );
    assert_eq!(
        may_overwrite::<SessionIndex>(Some(r#"{"version":1,"data":{"sessions":[]}}"#), 0),
        WriteCheck::Ok
    );
    // The data is checked too: a sound envelope around damaged data is unreadable.
    assert_eq!(
        may_overwrite::<SessionIndex>(Some(r#"{"version":1,"data":{}}"#), 0),
        WriteCheck::Unreadable
    );
    let (raw, next) = encode_next(Some(&at5), &index, 5).unwrap();
    assert_eq!(next, 6);
    assert_eq!(decode_record::<SessionIndex>(&raw).unwrap().revision, 6);
    assert_eq!(
        encode_next(Some(&raw), &index, 5),
        Err(WriteRefused::Check(WriteCheck::StaleCopy {
            stored_revision: 6
        }))
    );
}

#[test]
fn index_keeps_newest_first_and_replaces_by_id() {
    let mut index = SessionIndex::default();
    index.upsert(summary("old", 1.0));
    index.upsert(summary("new", 2.0));
    index.upsert(summary("old", 1.0));
    let ids: Vec<_> = index.sessions.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(ids, ["new", "old"]);
    index.remove("new");
    assert_eq!(index.sessions.len(), 1);
}

#[test]
fn ids_are_checked() {
    assert!(is_safe_id("s1714000000000"));
    assert!(is_safe_id("maya-okafor_2"));
    for bad in ["", "../x", "a b", "é", "a.b", &"x".repeat(65)] {
        assert!(!is_safe_id(bad), "{bad}");
    }
}
