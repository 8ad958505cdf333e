//! The matcher against labelled sets. Floors only go up as the matcher improves.

use askwell_core::eval::{evaluate, parse_tsv, Report};
use askwell_core::matcher::Matcher;

fn run(tsv: &str) -> Report {
    let set = parse_tsv(tsv).expect("evaluation set parses");
    let m = Matcher::new(&[]);
    let report = evaluate(&set, |q| m.best(q));
    println!("{}", report.table());
    for (q, want, got) in &report.misses {
        println!("MISS {:<22} -> {:<22} {q}", want.id(), got.id());
    }
    report
}

#[test]
fn sample_set_is_answered_exactly() {
    let r = run(include_str!("data/sample.tsv"));
    assert_eq!(r.accuracy(), 1.0);
}

#[test]
fn own_evaluation_set_meets_its_floor() {
    let r = run(include_str!("data/eval.tsv"));
    assert!(r.accuracy() >= 0.0, "accuracy {:.3}", r.accuracy());
}

#[test]
fn holdout_set_meets_its_floor() {
    let r = run(include_str!("data/holdout.tsv"));
    assert!(r.accuracy() >= 0.0, "accuracy {:.3}", r.accuracy());
}
