//! Understanding, measured honestly. The frozen test set (`tests/frozen/test.tsv`) was written
//! from the topic table alone, committed before the model was trained, and is never edited or
//! tuned on: its floors sit about three points under the measured figures, to catch
//! regressions rather than single lines. The corpus and the shipped model are checked in
//! `corpus_and_model.rs`.

use askwell_core::content;
use askwell_core::eval::{evaluate, Report};
use askwell_core::flags::{explain, Flag};
use askwell_core::topic::Topic;
use askwell_core::understand::corpus;
use askwell_core::understand::Matcher;

const FROZEN: &str = include_str!("frozen/test.tsv");
const SAMPLE: &str = include_str!("data/sample.tsv");
const CLOSED_OUTSIDE: &str = include_str!("dev/closed_outside.tsv");
const CLOSED_FRESH: &str = include_str!("dev/closed_fresh.tsv");
const CLOSED_THIRD: &str = include_str!("dev/closed_third.tsv");
const CLOSED_FOURTH: &str = include_str!("dev/closed_fourth.tsv");
const EDGES: &str = include_str!("dev/edges.tsv");
const FIFTH: &str = include_str!("dev/fifth.tsv");
const JOBASK_BORDER: &str = include_str!("dev/jobask_border.tsv");
const PHRASING_DEV: &str = include_str!("dev/phrasing_dev.tsv");

fn report(tsv: &str, vocabulary_of: Option<&str>) -> Report {
    let set = corpus::parse(tsv, false).expect("evaluation set parses");
    let vocabulary = vocabulary_of
        .and_then(|id| content::bundled().into_iter().find(|p| p.id == id))
        .map(|p| p.vocabulary)
        .unwrap_or_default();
    let m = Matcher::new(&vocabulary);
    evaluate(&set, |l| m.understand(l))
}

#[test]
fn frozen_test_set_meets_its_floors() {
    let r = report(FROZEN, None);
    println!("frozen test set, no persona vocabulary:\n{}", r.table());
    assert!(r.total() >= 400);
    assert!(
        r.accuracy() >= FLOOR_TOPIC,
        "topic accuracy {:.3}",
        r.accuracy()
    );
    let job = r.flag(Flag::JobAsk);
    assert!(
        job.recall() >= FLOOR_JOB_RECALL,
        "job-ask recall {:.3}",
        job.recall()
    );
    assert!(
        job.precision() >= FLOOR_JOB_PRECISION,
        "job-ask precision {:.3}",
        job.precision()
    );
    let closed = r.flag(Flag::ClosedQuestion);
    assert!(
        closed.f1() >= FLOOR_CLOSED_F1,
        "closed F1 {:.3}",
        closed.f1()
    );
    let double = r.flag(Flag::DoubleQuestion);
    assert!(
        double.f1() >= FLOOR_DOUBLE_F1,
        "double F1 {:.3}",
        double.f1()
    );
}

#[test]
fn persona_vocabulary_does_not_cost_accuracy() {
    let plain = report(FROZEN, None).accuracy();
    for p in content::bundled() {
        let with = report(FROZEN, Some(&p.id)).accuracy();
        assert!(
            with >= plain - 0.02,
            "{}: {with:.3} against {plain:.3}",
            p.id
        );
    }
}

/// The closed-question grammar against three independent labellers' readings of the
/// definition (development sets the rules were shaped on). `closed_outside` is rich in hard
/// lines: measured 2026-12-02 at P 0.79 R 0.65 F1 0.71 (P 0.31 R 0.51 before), then P 0.81 R
/// 0.73 F1 0.77 once "or" between kindred things and short fragments read as yes/no.
/// `closed_fresh` (400 new lines): P 0.97 R 0.73 F1 0.84 before that change, P 0.97 R 0.83
/// F1 0.90 after. Then embedded yes/no questions ("I wonder if you ever..."), tags ("...,
/// right?") and more fragments ("worth it?", "long hours?") were read: `closed_fresh` P 0.97
/// R 0.88 F1 0.92, `closed_third` (450 lines) P 0.98 R 0.89 F1 0.93 (its second half, not
/// looked at while shaping: F1 0.90 -> 0.93), `closed_outside` P 0.82 R 0.80 F1 0.81.
/// Then (2026-12-02, seventh session) "any ...?" read as "are there any ...?", resources
/// asked for by name, past events, comparatives and clefts as choices, favours with any
/// subject: `closed_outside` P 0.94 R 0.93 F1 0.93, `closed_fresh` F1 0.94, `closed_third`
/// F1 0.97 (the frozen set moved from F1 0.85 to 0.86). `closed_fourth` (520 lines over
/// every topic, labelled from the definition alone) then showed what the frozen set's recall
/// suggested: F1 0.84 (P 0.99 R 0.73); its half B, only measured, 0.90. After a yes/no
/// clause anywhere in a sentence, statement order after a leading phrase and "would X be
/// okay" only with "with": half A 0.78 -> 0.89, half B 0.90 -> 0.91, whole P 1.00 R 0.82 F1
/// 0.90. This labeller also reads requests ("do you have any advice?") and asking leave as
/// yes/no, which the others and the definition's own examples do not: kept open. Floors a
/// clear margin below.
#[test]
fn closed_questions_follow_an_outside_reading() {
    let r = report(CLOSED_OUTSIDE, None);
    let closed = r.flag(Flag::ClosedQuestion);
    assert!(closed.precision() >= 0.90, "{closed:?}");
    assert!(closed.f1() >= 0.89, "{closed:?}");
    for set in [CLOSED_FRESH, CLOSED_THIRD] {
        let r = report(set, None);
        let closed = r.flag(Flag::ClosedQuestion);
        assert!(closed.precision() >= 0.93, "{closed:?}");
        assert!(closed.f1() >= 0.90, "{closed:?}");
    }
    let closed = report(CLOSED_FOURTH, None).flag(Flag::ClosedQuestion);
    assert!(closed.precision() >= 0.95, "{closed:?}");
    assert!(closed.f1() >= 0.86, "{closed:?}");
}

/// Topics on hard boundaries, written by a helper who never saw the engine and kept out of
/// training (a development set): 87.0 % on 2026-12-02, 88.9 % once features were weighed by
/// idf (2026-12-03), 92.5 % with the four outside writers' corpus files (the floor went from
/// 0.83 to 0.89); the floor sits a clear margin below.
#[test]
fn neighbouring_topics_are_told_apart() {
    let r = report(EDGES, None);
    assert!(r.accuracy() >= 0.89, "{}", r.table());
}

/// The fourth development set's topics (485 lines over every topic by a helper who saw only
/// the topic table; the 35 the corpus already had were removed): 89.7 % with the model of
/// 2026-12-03 morning, 90.1 % with the four outside writers' corpus files. Floor a clear
/// margin below.
#[test]
fn the_fourth_writers_topics_are_understood() {
    topics_and_job_asks_hold(CLOSED_FOURTH, 0.87);
}

/// Scores a fresh writer's set: topic accuracy at least `floor`, job asks precision and
/// recall at least 0.95.
fn topics_and_job_asks_hold(set: &str, floor: f64) -> Report {
    let r = report(set, None);
    assert!(r.accuracy() >= floor, "{}", r.table());
    let job = r.flag(Flag::JobAsk);
    assert!(job.precision() >= 0.95 && job.recall() >= 0.95, "{job:?}");
    r
}

/// A fifth development set: 520 lines over every topic by a helper who saw only the topic
/// table and the seed guides, less the 27 the corpus already had (493). Measured 2026-12-02:
/// topics 90.5 %; closed P 0.88 R 0.97 F1 0.92, then P 0.89 F1 0.93 once "is it ok I write
/// again?" read as asking leave. Topics 92.7 % once features were weighed by idf
/// (2026-12-03; the floor went from 0.87 to 0.89), 93.5 % with the four outside writers'
/// corpus files (floor 0.91).
/// This labeller reads a yes/no question after an open one ("How does it work, and do you
/// like it?") as open, as `closed_fresh`'s did; the labellers of `closed_outside`,
/// `closed_third` and `closed_fourth` read it closed, and the grammar follows them. Floors a
/// clear margin below.
#[test]
fn a_fresh_writers_questions_are_understood() {
    let r = topics_and_job_asks_hold(FIFTH, 0.91);
    let closed = r.flag(Flag::ClosedQuestion);
    assert!(closed.precision() >= 0.83, "{closed:?}");
    assert!(closed.f1() >= 0.88, "{closed:?}");
}

/// Job asks at their border, so that the threshold is judged on a distribution rather than on
/// the few job asks of the other sets: 148 job asks (blunt, hedged, buried at the end of a
/// friendly paragraph, asking to hear of openings) and 148 lines full of hiring words that ask
/// for nothing, by a helper who saw only the topic table and FORMAT.md (2026-12-03; its
/// closed and double flags are not labelled). Before the job-ask writers' corpus files:
/// topics 87.2 %, job asks P 0.96 R 0.88; after: 91.6 %, P 0.99 R 0.93. Floors a clear
/// margin below.
#[test]
fn job_asks_at_their_border_are_told_apart() {
    let r = report(JOBASK_BORDER, None);
    assert!(r.accuracy() >= 0.88, "{}", r.table());
    let job = r.flag(Flag::JobAsk);
    assert!(job.precision() >= 0.95, "{job:?}");
    assert!(job.recall() >= 0.89, "{job:?}");
}

/// Phrasings a walk-through and a probe found misread (2026-12-05): requests about their own
/// job with "for me" ("Could you break down your job for me?" was a job ask), questions
/// wrapped in permission ("Is it okay if I ask what a job like yours pays?"), one question
/// said twice, either/or and number questions; 173 lines by a helper who saw only the topic
/// table and FORMAT.md, kept out of training (a second helper wrote the corpus lines,
/// `writers-fifteenth.tsv`). Before that file: topics 88.4 %, job asks P 0.91 R 0.95; after:
/// 91.9 %, P 1.00 R 0.95. Its labeller reads a question asked again in other words without
/// a marker ("Where is the field going? What will it look like in ten years?") as one
/// question, the labellers of `closed_fourth`, `edges` and `fifth` as two: double questions
/// are not measured here. Floors a clear margin below.
#[test]
fn phrasings_around_the_job_and_permission_are_understood() {
    let r = report(PHRASING_DEV, None);
    assert!(r.accuracy() >= 0.88, "{}", r.table());
    let job = r.flag(Flag::JobAsk);
    assert!(job.precision() >= 0.9 && job.recall() >= 0.85, "{job:?}");
}

/// Two questions in one turn are answered by the first, but a job ask among them is still a
/// job ask, in either place; a statement beside a question is never read on its own, so a
/// disclaimer ("I'm not looking for a position") cannot become one. (From an outside
/// walk-through, 2026-12-03: the review said "Never asked for a job" after these.)
#[test]
fn a_job_ask_among_two_questions_is_still_a_job_ask() {
    let m = Matcher::new(&[]);
    for line in [
        "What does your day look like, and do you have any openings?",
        "Are you hiring? What do you do all day?",
        "What do you do all day? Are you hiring?",
    ] {
        let u = m.understand(line);
        assert_eq!(u.topic, Topic::JobAsk, "{line}: {u:?}");
        assert!(u.flags.contains(&Flag::JobAsk), "{line}");
        assert!(!u.job_words.is_empty(), "{line}: the coach names the words");
    }
    for line in [
        "I'm not looking for a position, I just hope to learn. What do you do all day?",
        "What do you do all day, and how did you get hired?",
    ] {
        let u = m.understand(line);
        assert_ne!(u.topic, Topic::JobAsk, "{line}: {u:?}");
    }
}

#[test]
fn the_understanding_code_stays_small() {
    // Issue 8's limit: the understanding code (matching, flags, text normalization, the
    // question-shape grammar, training) is at most 2,500 lines of Rust. Counted without the
    // unit tests at the end of each file; with them it was 2,585 on 2026-12-02.
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/src");
    let mut files = vec![format!("{root}/flags.rs")];
    let mut dirs = vec![format!("{root}/understand")];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(&dir).expect("understand/ is readable") {
            let path = entry.expect("a directory entry").path();
            if path.is_dir() {
                dirs.push(path.display().to_string());
            } else if path.extension().is_some_and(|e| e == "rs") {
                files.push(path.display().to_string());
            }
        }
    }
    let code_lines: usize = files
        .iter()
        .map(|f| {
            let text = std::fs::read_to_string(f).expect("source is readable");
            text.lines()
                .take_while(|l| !l.starts_with("#[cfg(test)]"))
                .count()
        })
        .sum();
    println!(
        "understanding code: {code_lines} lines in {} files",
        files.len()
    );
    assert!(
        code_lines <= 2_500,
        "understanding code is {code_lines} lines"
    );
}

#[test]
fn shared_sample_set_is_understood() {
    let r = report(SAMPLE, None);
    println!("{}", r.table());
    assert!(r.accuracy() >= 0.9, "sample accuracy {:.3}", r.accuracy());
}

#[test]
fn every_flag_note_has_a_reason_and_an_open_rewrite() {
    let m = Matcher::new(&[]);
    for e in corpus::parse(FROZEN, false).unwrap() {
        let u = m.understand(&e.text);
        for note in explain(&e.text, u.topic, &u.flags, &u.job_words) {
            assert!(!note.reason.is_empty(), "{}", e.text);
            assert!(
                note.rewrite.ends_with('?') || note.rewrite.ends_with(')'),
                "{}",
                note.rewrite
            );
        }
        if u.flags.contains(&Flag::JobAsk) {
            assert!(
                !u.job_words.is_empty(),
                "no words named for the job ask: {}",
                e.text
            );
            // The words named are ones the user could change, not "any" or "for".
            for w in &u.job_words {
                assert!(
                    !matches!(
                        w.as_str(),
                        "any" | "for" | "the" | "your" | "you" | "on" | "can"
                    ),
                    "{w:?} named for: {}",
                    e.text
                );
            }
        }
    }
}

#[test]
fn arbitrary_text_never_panics() {
    let m = Matcher::new(&[]);
    for line in [
        "",
        " ",
        "?",
        "??!!",
        "৩টা বাজে?",
        "مرحبا؟",
        "a\tb",
        &"why ".repeat(5000),
        "\u{0}\u{feff}",
    ] {
        let _ = m.understand(line);
    }
}

// Floors: the figures measured on 2026-12-01 (the shipped model on the frozen
// set: topic 94.4 % (94.7 % and then 94.6 % with the evaluative lexicon on 2026-12-02, 95.2 %
// with off-topic.tsv, 95.7 % with guide-themes.tsv, 96.0 % with eleven plain "are you
// hiring" job asks; one false job ask since guide-themes.tsv: precision 0.97; 95.7 % once
// features were weighed by idf on 2026-12-03, when the false job ask went and one job ask
// was missed: precision 1.00, recall 0.97; 97.4 % once the corpus grew by four outside
// writers' 3,716 lines on 2026-12-03, job asks unchanged, so the floor went from 0.92 to
// 0.94), job asks precision 1.00 recall 1.00 over 33, closed F1 0.84 (0.86 on
// 2026-12-02: P 0.97 R 0.77 once requests and invitations were read as open; 0.85 after "or"
// between kindred things read as yes/no), double F1 0.93) less about three points, so one
// line more or less never fails CI.
const FLOOR_TOPIC: f64 = 0.94;
const FLOOR_JOB_RECALL: f64 = 0.95;
const FLOOR_JOB_PRECISION: f64 = 0.95;
const FLOOR_CLOSED_F1: f64 = 0.83;
const FLOOR_DOUBLE_F1: f64 = 0.90;

#[test]
fn the_listeners_organization_reads_as_theirs() {
    // Named in full in any case, or by its first word typed as a name.
    let m = Matcher::new(&[]).working_at("Halden Therapeutics");
    for line in [
        "is halden therapeutics hiring new grads?",
        "Is Halden hiring new grads right now?",
    ] {
        let u = m.understand(line);
        assert!(
            u.words.windows(2).any(|w| w == ["your", "company"]),
            "{line}: {u:?}"
        );
        assert_eq!(u.topic, Topic::JobAsk, "{line}");
    }
    // A first word that is a common word counts only typed as a name; each comma part is a
    // name of its own.
    let m = Matcher::new(&[]).working_at("Office of Research Strategy, National Science Agency");
    let quiet = m.understand("is the office quiet in august?");
    assert!(quiet.words.contains(&"office".to_string()), "{quiet:?}");
    let agency = m.understand("Is the National Science Agency hiring interns?");
    assert!(
        agency.words.windows(2).any(|w| w == ["your", "company"]),
        "{agency:?}"
    );
    // Without an organization nothing is rewritten.
    let plain = Matcher::new(&[]).understand("Is Halden hiring new grads right now?");
    assert!(plain.words.contains(&"halden".to_string()), "{plain:?}");
}

/// A polite request stays a request with a word between its subject and its verb (walk 11:
/// "Could you also suggest a nurse manager...?" was flagged as a yes/no question).
#[test]
fn a_request_with_a_filler_before_its_verb_is_not_a_yes_no_question() {
    let m = Matcher::new(&[]);
    for line in [
        "Could you also suggest someone on the nursing side I could talk to?",
        "Can you just describe what a normal week looks like?",
        "Would you actually recommend any books for a beginner?",
    ] {
        let u = m.understand(line);
        assert!(!u.flags.contains(&Flag::ClosedQuestion), "{line}: {u:?}");
    }
}
