//! Moved from `store/figures.rs`'s unit tests; only the public API is used.

use askwell_core::interview::{ClockMode, Status};
use askwell_core::store::*;
use askwell_core::store::{decode, encode_with_revision};
use serde::Serialize;

fn summary(id: &str, questions: u32) -> SessionSummary {
    SessionSummary {
        id: id.into(),
        persona_id: "p".into(),
        persona_name: "P".into(),
        started_at_ms: 1.0,
        planned_minutes: 20,
        actual_s: 60.0,
        questions,
        clock: ClockMode::Simulated,
        status: Status::Ended,
    }
}

#[test]
fn figures_are_used_only_while_they_match_the_session() {
    let mut cache = FiguresCache::default();
    cache.put(&summary("a", 5), 72, 0.9);
    assert_eq!(cache.get(&summary("a", 5)).map(|f| f.score), Some(72));
    assert_eq!(cache.get(&summary("a", 6)), None, "changed session");
    assert_eq!(cache.get(&summary("b", 5)), None);
    cache.keep_only(["b"]);
    assert!(cache.sessions.is_empty());
    cache.put(&summary("c", 1), 10, f64::NAN);
    let raw = encode_with_revision(&cache, 1).unwrap();
    assert_eq!(decode::<FiguresCache>(&raw), Ok(cache));
}

#[test]
fn stored_as_a_btreemap_would_be() {
    let f = |score| Figures {
        score,
        timing_accuracy: 0.5,
        questions: 3,
        review_version: 1,
    };
    let mut cache = FiguresCache::default();
    let mut map = std::collections::BTreeMap::new();
    for (id, score) in [("b", 1), ("a", 2), ("c", 3), ("a", 4)] {
        cache.sessions.insert(id.into(), f(score));
        map.insert(id.to_string(), f(score));
    }
    #[derive(Serialize)]
    struct AsMap {
        sessions: std::collections::BTreeMap<String, Figures>,
    }
    let text = serde_json::to_string(&cache).unwrap();
    assert_eq!(
        text,
        serde_json::to_string(&AsMap { sessions: map }).unwrap()
    );
    // Unsorted, with a repeated id: read as a BTreeMap reads it (the last one wins).
    let unsorted = r#"{"sessions":{"c":{"score":3,"timing_accuracy":0.5,"questions":3,"review_version":1},"a":{"score":2,"timing_accuracy":0.5,"questions":3,"review_version":1},"a":{"score":4,"timing_accuracy":0.5,"questions":3,"review_version":1},"b":{"score":1,"timing_accuracy":0.5,"questions":3,"review_version":1}}}"#;
    let read: FiguresCache = serde_json::from_str(unsorted).unwrap();
    assert_eq!(read, cache);
    assert_eq!(read.sessions.len(), 3);
}
