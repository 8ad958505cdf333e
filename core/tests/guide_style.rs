//! Questions written the way published career-office guides and question lists print them,
//! by helpers who saw only the topic table: development sets kept out of training (a test in
//! `corpus_and_model.rs` checks), with floors a clear margin below what they measured. The
//! frozen guide-style set is here too; the first frozen test set and the other development
//! sets are in `understanding.rs`.

use askwell_core::eval::{evaluate, Report};
use askwell_core::flags::Flag;
use askwell_core::understand::corpus;
use askwell_core::understand::Matcher;

const GUIDE_DEV: &str = include_str!("dev/guide_dev.tsv");
const SIXTH: &str = include_str!("dev/sixth.tsv");
const SEVENTH: &str = include_str!("dev/seventh.tsv");
const GUIDE_TEST: &str = include_str!("frozen/guide_test.tsv");

/// The set read by the shipped model, with no persona's vocabulary.
fn report(tsv: &str) -> Report {
    let set = corpus::parse(tsv, false).expect("evaluation set parses");
    let m = Matcher::new(&[]);
    evaluate(&set, |l| m.understand(l))
}

/// Questions as career guides print them, spread over every topic with extra weight on
/// neighbours (skills and applications, first job and path), written by a helper who saw
/// only the topic table and kept out of training (277 lines once those already in the corpus
/// were removed): 96.0 % with the model of 2026-12-02, 96.8 % after `guide-themes.tsv`, 97.5 %
/// once features were weighed by idf (2026-12-03), 97.5 % with the four outside writers'
/// corpus files. The floor sits a clear margin below.
#[test]
fn guide_style_questions_are_understood() {
    let r = report(GUIDE_DEV);
    assert!(r.accuracy() >= 0.94, "{}", r.table());
}

/// A sixth development set: 420 lines written as published career-office guides and question
/// lists write them, by a helper who saw only the topic table, less the 28 the corpus already
/// had (392). First measured 2026-12-06, after it was committed: topics 92.1 %, job asks 15/15
/// with none raised, closed P 0.94 R 0.97 F1 0.95, double F1 0.89. Floors a clear margin
/// below (15 job asks: one miss is allowed, not two).
#[test]
fn questions_as_career_guides_print_them_are_understood() {
    holds(report(SIXTH), 0.89, (0.88, 0.90), 0.80);
}

/// A seventh set of the same kind, by another helper asked to imagine forty different guides:
/// 420 lines less the 80 that the corpus or another set already had (340, so harder than a
/// guide's whole list). First measured 2026-12-06, after it was committed: topics 93.2 %, job
/// asks 14/14 with none raised, closed P 0.89 R 0.81 F1 0.85, double F1 0.95. Then a dash
/// began a clause as a comma does and a gerund after "recommend" asked a judgement (general
/// grammar; the development split's closed recall rose too): closed P 0.91 R 0.94 F1 0.92.
#[test]
fn a_second_guide_style_writers_questions_are_understood() {
    holds(report(SEVENTH), 0.90, (0.85, 0.87), 0.88);
}

/// A frozen test set of the same kind (`frozen/guide_test.tsv`): 460 lines by a third helper
/// who saw only the topic table, less the 92 that the corpus or another set already had (368),
/// committed before the engine first read it; never edited, trained or tuned on. Measured
/// once, 2026-12-06: topics 93.5 % (344/368), job asks 14/14 with none raised, closed P 0.92
/// R 0.88 F1 0.90 (its labeller reads asking leave as closed), double P 0.91 R 0.91. Floors
/// about three points below.
#[test]
fn a_frozen_guide_style_set_is_understood() {
    let r = report(GUIDE_TEST);
    assert!(r.total() >= 360);
    holds(r, 0.90, (0.88, 0.87), 0.82);
}

/// The floors of a guide-style set: topics, closed (precision, F1) and double F1; job asks
/// at 0.92 both ways (one miss or one false ask in fourteen or fifteen, not two).
fn holds(r: Report, topics: f64, closed: (f64, f64), double: f64) {
    assert!(r.accuracy() >= topics, "{}", r.table());
    let job = r.flag(Flag::JobAsk);
    assert!(job.precision() >= 0.92 && job.recall() >= 0.92, "{job:?}");
    let c = r.flag(Flag::ClosedQuestion);
    assert!(c.precision() >= closed.0 && c.f1() >= closed.1, "{c:?}");
    assert!(r.flag(Flag::DoubleQuestion).f1() >= double, "{}", r.table());
}
