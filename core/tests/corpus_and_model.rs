//! The corpus and the shipped model, checked as data: the model matches today's corpus and
//! its size budget, the corpus is well formed and broad, and no line of a set that measures
//! the model (frozen or development) was copied into it.

use askwell_core::content;
use askwell_core::content::MODEL_BYTES;
use askwell_core::flags::Flag;
use askwell_core::topic::Topic;
use askwell_core::understand::builtin;
use askwell_core::understand::corpus::{self, Example};
use std::collections::{BTreeMap, HashSet};

const FROZEN: &str = include_str!("frozen/test.tsv");
const GUIDE_TEST: &str = include_str!("frozen/guide_test.tsv");
const CLOSED_FOURTH: &str = include_str!("dev/closed_fourth.tsv");
const EDGES: &str = include_str!("dev/edges.tsv");
const GUIDE_DEV: &str = include_str!("dev/guide_dev.tsv");
const FIFTH: &str = include_str!("dev/fifth.tsv");
const JOBASK_BORDER: &str = include_str!("dev/jobask_border.tsv");
const REACH_SHAPE: &str = include_str!("dev/reach_shape.tsv");
const REACH_HELD: &str = include_str!("dev/reach_held.tsv");
const PHRASING_DEV: &str = include_str!("dev/phrasing_dev.tsv");
const SIXTH: &str = include_str!("dev/sixth.tsv");
const SEVENTH: &str = include_str!("dev/seventh.tsv");

#[test]
fn the_shipped_model_is_trained_on_todays_corpus() {
    assert_eq!(
        builtin().corpus_fingerprint,
        content::corpus_fingerprint(),
        "content/model/understanding.bin is stale: run `cargo run --release --bin askwell -- train`"
    );
    // Every topic this build knows is a class of the model.
    for t in Topic::all() {
        assert!(
            builtin().column(t).is_some(),
            "{} missing from the model",
            t.id()
        );
    }
}

#[test]
fn the_model_stays_within_its_size_budget() {
    // 120 KB gzip is the budget; raw bytes bound it from above (gzip never grows i8 tables
    // much) and are deterministic. The gzip figure is printed by scripts/bench.
    assert!(
        MODEL_BYTES.len() <= 480 * 1024,
        "model is {} bytes",
        MODEL_BYTES.len()
    );
}

#[test]
fn the_corpus_is_well_formed_and_broad() {
    let all: Vec<Example> = content::corpus().expect("every corpus file parses");
    assert!(all.len() >= 4000, "corpus has {} lines", all.len());
    let mut per_topic: BTreeMap<&str, usize> = BTreeMap::new();
    let mut seen = HashSet::new();
    for e in &all {
        *per_topic.entry(e.topic().id()).or_default() += 1;
        assert!(
            seen.insert(e.text.to_lowercase()),
            "duplicate corpus line: {}",
            e.text
        );
        if e.flags.contains(&Flag::JobAsk) {
            assert_eq!(e.topic(), Topic::JobAsk, "{}", e.text);
        }
    }
    for t in Topic::all() {
        let n = per_topic.get(t.id()).copied().unwrap_or(0);
        assert!(n >= 100, "{} has only {n} corpus lines", t.id());
    }
}

#[test]
fn no_frozen_or_edges_line_is_in_the_corpus() {
    let corpus: HashSet<String> = content::corpus()
        .unwrap()
        .into_iter()
        .map(|e| e.text.to_lowercase())
        .collect();
    // The topic development sets stay out of training too, or they would measure nothing.
    for (name, set) in [
        ("frozen", FROZEN),
        ("frozen/guide_test", GUIDE_TEST),
        ("dev/edges", EDGES),
        ("dev/guide_dev", GUIDE_DEV),
        ("dev/fifth", FIFTH),
        ("dev/closed_fourth", CLOSED_FOURTH),
        ("dev/jobask_border", JOBASK_BORDER),
        ("dev/reach_shape", REACH_SHAPE),
        ("dev/reach_held", REACH_HELD),
        ("dev/phrasing_dev", PHRASING_DEV),
        ("dev/sixth", SIXTH),
        ("dev/seventh", SEVENTH),
    ] {
        let leaked: Vec<_> = corpus::parse(set, false)
            .unwrap()
            .into_iter()
            .filter(|e| corpus.contains(&e.text.to_lowercase()))
            .map(|e| e.text)
            .collect();
        assert!(
            leaked.is_empty(),
            "{name} lines copied into the corpus: {leaked:?}"
        );
    }
}
