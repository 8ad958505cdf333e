//! Which of a topic's prepared answers a question gets, against a development set written by a
//! helper who read only the persona files and the topic table: each question aimed at one
//! answer's main point, as a student would ask it (`dev/picker.tsv`).

use askwell_core::content::bundled;
use askwell_core::interview::{Action, ClockMode, Interview};
use askwell_core::Topic;

const PICKER_DEV: &str = include_str!("dev/picker.tsv");

/// Each question in a fresh interview; among those read as their topic, the share given one of
/// the answers the writer named. First measured 2026-12-06: topics read right 263 of 323,
/// answers 205 of 263 (77.9 %). Counting a word of an answer's first sentence again gave 8 more
/// here but lost views of the background and walk-through answers (NOTES.md section 5), so it
/// was not kept. The floor sits a clear margin below.
#[test]
fn a_question_aimed_at_one_answer_gets_it() {
    let personas = bundled();
    let (mut read, mut right) = (0, 0);
    let rows = PICKER_DEV.lines().filter(|l| !l.starts_with('#')).skip(1);
    for row in rows {
        let f: Vec<&str> = row.split('\t').collect();
        assert_eq!(f.len(), 4, "{row}");
        let p = personas
            .iter()
            .find(|p| p.id == f[0])
            .expect("a bundled persona");
        let topic = Topic::parse(f[2]).expect("a topic id");
        let wanted: Vec<usize> = f[3].split('|').map(|i| i.parse().unwrap()).collect();
        let answers = &p.script(topic).expect("the topic's script").answers;
        assert!(wanted.iter().all(|&i| i < answers.len()), "{row}");
        let mut interview = Interview::new("picker", p, 30, ClockMode::Simulated, 0.0);
        let text = f[1].to_string();
        interview.apply(p, &p.matcher(), Action::Ask { text, now_s: 0.0 });
        let Some(e) = interview.exchanges.last().filter(|e| e.topic == topic) else {
            continue;
        };
        read += 1;
        // The answer given, by its words: a closed question gets only its first sentence.
        let says = |a: &String| (a.split(". ")).any(|s| s.len() > 25 && e.reply.contains(s));
        let ok = answers
            .iter()
            .position(says)
            .is_some_and(|g| wanted.contains(&g));
        right += usize::from(ok);
    }
    println!("topics read right {read}; answers right {right}");
    assert!(read >= 240, "topics read right: {read}");
    assert!(right as f64 >= 0.72 * read as f64, "{right} of {read}");
}
