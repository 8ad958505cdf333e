//! Lines in another language than English: the persona asks for English. Measured on
//! `dev/languages.tsv` (written by a helper who never saw the word lists) and checked against
//! every English line the project has, where a false call would hurt most.

use askwell_core::content;
use askwell_core::understand::language::is_other_language;
use askwell_core::understand::text::words;

const LANGUAGES: &str = include_str!("dev/languages.tsv");
const ENGLISH_SETS: &[&str] = &[
    include_str!("dev/closed_fourth.tsv"),
    include_str!("dev/closed_fresh.tsv"),
    include_str!("dev/closed_outside.tsv"),
    include_str!("dev/closed_third.tsv"),
    include_str!("dev/edges.tsv"),
    include_str!("dev/fifth.tsv"),
    include_str!("dev/guide_dev.tsv"),
    include_str!("dev/jobask_border.tsv"),
    include_str!("dev/reach_held.tsv"),
    include_str!("dev/reach_shape.tsv"),
];

fn other(line: &str) -> bool {
    is_other_language(line, &words(line))
}

/// The first column of every non-comment line after a header.
fn utterances(tsv: &str) -> impl Iterator<Item = &str> {
    tsv.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .skip(1)
        .map(|l| l.split('\t').next().unwrap_or(""))
}

#[test]
fn english_lines_are_never_taken_for_another_language() {
    let mut taken = Vec::new();
    let mut total = 0;
    let corpus = content::corpus().expect("the corpus parses");
    let corpus_lines = corpus.iter().map(|e| e.text.as_str());
    let sets = ENGLISH_SETS.iter().flat_map(|s| utterances(s));
    {
        for line in corpus_lines.chain(sets) {
            total += 1;
            if other(line) {
                taken.push(line.to_string());
            }
        }
    }
    println!(
        "{} of {total} English lines taken for another language",
        taken.len()
    );
    for l in &taken {
        println!("  {l}");
    }
    assert!(taken.len() <= 2, "{taken:#?}");
}

/// Short English turns with names, abbreviations and reactions that look foreign word by word
/// (from a review of the first version, which took several of them for another language).
const SHORT_ENGLISH: &[&str] = &[
    "Hi, I'm Ayşe Yılmaz, a third-year student at Boğaziçi University.",
    "Hi, I'm Jiří Dvořák.",
    "Hi, I'm Małgorzata Woźniak.",
    "Good morning, I'm Đặng Thị Hồng.",
    "Hi Dr. Nowak, I'm Paweł from Łódź.",
    "Thanks so much, Ms. Nguyễn Thị Hương!",
    "I was referred by Anh Lam.",
    "I'm Chao Xin, a student.",
    "Ha ha, good one!",
    "ok bye, ha ha",
    "Cheers mate, ha ha",
    "BA or BS for a PO role?",
    "Team size at BU?",
    "SE in the AI era?",
    "PAs at OU?",
    "Yale SOM or UT?",
    "Man, war stories are hard.",
    "Ayşe Yılmaz here, a BU student: any internships open at your company?",
];

#[test]
fn short_english_turns_with_foreign_looking_words_stay_english() {
    let taken: Vec<&&str> = SHORT_ENGLISH.iter().filter(|l| other(l)).collect();
    assert!(taken.is_empty(), "{taken:#?}");
}

#[test]
fn the_language_set_is_told_apart() {
    let (mut tp, mut fp, mut fn_, mut tn) = (0, 0, 0, 0);
    for row in LANGUAGES.lines().skip(1) {
        let (line, lang) = row.split_once('\t').expect("two columns");
        match (lang != "en", other(line)) {
            (true, true) => tp += 1,
            (false, true) => {
                fp += 1;
                println!("  taken for another language: {line}");
            }
            (true, false) => {
                fn_ += 1;
                println!("  missed ({lang}): {line}");
            }
            (false, false) => tn += 1,
        }
    }
    let recall = tp as f64 / (tp + fn_) as f64;
    println!(
        "other languages: {tp} of {} found; English: {fp} of {} taken",
        tp + fn_,
        fp + tn
    );
    assert!(fp <= 1, "English lines taken for another language: {fp}");
    // First measured 150 of 175 (0.857) before the word lists were widened; 167 of 175 after;
    // 152 (0.869) once English grammar words counted and words that are also English
    // abbreviations or names left the lists (a false call costs more than a miss, which gets
    // the off-topic reply).
    assert!(recall >= 0.82, "recall {recall:.3}");
}
