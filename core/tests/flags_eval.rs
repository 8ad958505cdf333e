//! Coach flags against the labelled sets: per-flag precision, recall and F1. The sample set
//! must be exact; the other sets keep floors just under what the rules achieve (floors only go
//! up). Misses are printed for the sample and evaluation sets only: the holdout set is a
//! generalization check, not something to tune on. A fresh set kept outside the repository can
//! be scored with `ASKWELL_FLAGS_TSV=path cargo test --test flags_eval -- --nocapture`.

use askwell_core::eval::{parse_tsv, Labelled};
use askwell_core::flags::{explain, flags, Flag};

const FLAGS: [Flag; 4] = [
    Flag::ClosedQuestion,
    Flag::GenericQuestion,
    Flag::JobAsk,
    Flag::DoubleQuestion,
];

#[derive(Debug, Default, Clone, Copy)]
struct Counts {
    tp: usize,
    fp: usize,
    fn_: usize,
}

impl Counts {
    fn precision(self) -> f64 {
        if self.tp + self.fp == 0 {
            1.0
        } else {
            self.tp as f64 / (self.tp + self.fp) as f64
        }
    }

    fn recall(self) -> f64 {
        if self.tp + self.fn_ == 0 {
            1.0
        } else {
            self.tp as f64 / (self.tp + self.fn_) as f64
        }
    }

    fn f1(self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

struct Scores {
    counts: [Counts; 4],
    exact: usize,
    total: usize,
}

impl Scores {
    fn of(&self, flag: Flag) -> Counts {
        self.counts[FLAGS.iter().position(|f| *f == flag).unwrap()]
    }
}

fn run(name: &str, tsv: &str, show_misses: bool) -> Scores {
    let set: Vec<Labelled> = parse_tsv(tsv).expect("evaluation set parses");
    let mut counts = [Counts::default(); 4];
    let mut exact = 0;
    for item in &set {
        let got = flags(&item.utterance);
        let mut all_right = true;
        for (k, flag) in FLAGS.iter().enumerate() {
            let want = item.flags.iter().any(|f| f == flag.id());
            let has = got.contains(flag);
            match (want, has) {
                (true, true) => counts[k].tp += 1,
                (false, true) => counts[k].fp += 1,
                (true, false) => counts[k].fn_ += 1,
                (false, false) => {}
            }
            if want != has {
                all_right = false;
                if show_misses {
                    let what = if has { "extra  " } else { "missing" };
                    println!("{what} {:<16} {}", flag.id(), item.utterance);
                    if has && *flag == Flag::JobAsk {
                        if let Some(note) = explain(&item.utterance, item.topic)
                            .into_iter()
                            .find(|n| n.flag == Flag::JobAsk)
                        {
                            println!("        {}", note.reason);
                        }
                    }
                }
            }
        }
        if all_right {
            exact += 1;
        }
    }
    println!(
        "\n{name}: {} lines, {exact} with all four flags right",
        set.len()
    );
    println!(
        "{:<18} {:>4} {:>4} {:>4} {:>9} {:>7} {:>6}",
        "flag", "tp", "fp", "fn", "precision", "recall", "F1"
    );
    for (k, flag) in FLAGS.iter().enumerate() {
        let c = counts[k];
        println!(
            "{:<18} {:>4} {:>4} {:>4} {:>9.3} {:>7.3} {:>6.3}",
            flag.id(),
            c.tp,
            c.fp,
            c.fn_,
            c.precision(),
            c.recall(),
            c.f1()
        );
    }
    Scores {
        counts,
        exact,
        total: set.len(),
    }
}

/// (flag, minimum precision, minimum recall, minimum F1)
type Floors = [(Flag, f64, f64, f64); 4];

fn check(scores: &Scores, floors: &Floors) {
    for (flag, p, r, f) in floors {
        let c = scores.of(*flag);
        assert!(
            c.precision() >= *p,
            "{} precision {:.3} < {p}",
            flag.id(),
            c.precision()
        );
        assert!(
            c.recall() >= *r,
            "{} recall {:.3} < {r}",
            flag.id(),
            c.recall()
        );
        assert!(c.f1() >= *f, "{} F1 {:.3} < {f}", flag.id(), c.f1());
    }
}

#[test]
fn sample_set_is_flagged_exactly() {
    let s = run("sample.tsv", include_str!("data/sample.tsv"), true);
    assert_eq!(
        s.exact, s.total,
        "every sample line must carry exactly its flags"
    );
}

#[test]
fn evaluation_set_meets_its_floors() {
    let s = run("eval.tsv", include_str!("data/eval.tsv"), true);
    check(
        &s,
        &[
            (Flag::ClosedQuestion, 0.98, 0.98, 0.98),
            (Flag::GenericQuestion, 0.98, 0.98, 0.98),
            (Flag::JobAsk, 0.98, 0.98, 0.98),
            (Flag::DoubleQuestion, 0.98, 0.98, 0.98),
        ],
    );
}

#[test]
fn holdout_set_meets_its_floors() {
    let s = run("holdout.tsv", include_str!("data/holdout.tsv"), false);
    check(
        &s,
        &[
            (Flag::ClosedQuestion, 0.97, 0.97, 0.97),
            (Flag::GenericQuestion, 0.99, 0.74, 0.85),
            (Flag::JobAsk, 0.97, 0.97, 0.97),
            (Flag::DoubleQuestion, 0.97, 0.97, 0.97),
        ],
    );
}

/// An extra labelled set named by `ASKWELL_FLAGS_TSV` (a path), scored and with its misses
/// printed; skipped when the variable is unset. For trying the rules on a fresh set without
/// adding it to the repository.
#[test]
fn extra_set_from_the_environment() {
    let Ok(path) = std::env::var("ASKWELL_FLAGS_TSV") else {
        return;
    };
    let tsv = std::fs::read_to_string(&path).expect("ASKWELL_FLAGS_TSV names a readable file");
    run(&path, &tsv, true);
}

/// Every suggested rewrite is itself a clean question: asking it would raise no flag.
#[test]
fn rewrites_are_clean_open_questions() {
    let after = " (then ask the second once they've answered)";
    for tsv in [
        include_str!("data/sample.tsv"),
        include_str!("data/eval.tsv"),
        include_str!("data/holdout.tsv"),
    ] {
        for item in parse_tsv(tsv).expect("evaluation set parses") {
            for note in explain(&item.utterance, item.topic) {
                let rewrite = note.rewrite.strip_suffix(after).unwrap_or(&note.rewrite);
                assert!(rewrite.ends_with('?'), "{} -> {rewrite}", item.utterance);
                assert!(
                    flags(rewrite).is_empty(),
                    "{} -> {rewrite} {:?}",
                    item.utterance,
                    flags(rewrite)
                );
                assert!(!note.reason.is_empty());
            }
        }
    }
}
