//! `askwell seed N`: prints a JSON object of localStorage keys and values holding N finished
//! practice sessions of realistic sizes (4 to 20 questions, drawn from the corpus, against
//! every shipped persona in turn) and their index. `scripts/bench` loads it into the browser
//! to measure how the app behaves with a long history. Deterministic: the same N gives the
//! same bytes.

use askwell_core::content;
use askwell_core::interview::{Action, ClockMode, Interview};
use askwell_core::store::{self, session_key, SessionIndex, SessionSummary, INDEX_KEY};
use askwell_core::understand::Matcher;
use std::process::ExitCode;

pub fn seed(args: &[String]) -> ExitCode {
    let Some(n) = args.first().and_then(|a| a.parse::<usize>().ok()) else {
        eprintln!("askwell seed: give the number of sessions, e.g. `askwell seed 500`");
        return ExitCode::from(2);
    };
    let questions: Vec<String> = match content::corpus() {
        Ok(c) => c.into_iter().map(|e| e.text).collect(),
        Err(e) => {
            eprintln!("askwell seed: {e}");
            return ExitCode::FAILURE;
        }
    };
    let personas = content::bundled();
    let matchers: Vec<Matcher> = personas
        .iter()
        .map(askwell_core::persona::Persona::matcher)
        .collect();
    let mut rng = 0x2545_f491_4f6c_dd1d_u64;
    let mut next = move |bound: usize| {
        // xorshift: deterministic and good enough to spread sizes and questions.
        rng ^= rng << 13;
        rng ^= rng >> 7;
        rng ^= rng << 17;
        (rng % bound as u64) as usize
    };
    let mut out = serde_json::Map::new();
    let mut index = SessionIndex::default();
    // One session a day or so, ending now-ish: 2026-01-01 onwards.
    let first_ms = 1_767_225_600_000.0;
    for k in 0..n {
        let who = k % personas.len();
        let (persona, matcher) = (&personas[who], &matchers[who]);
        let started = first_ms + k as f64 * 16.0 * 3_600_000.0;
        let id = format!("s{}-seed", started as u64);
        let minutes = [15, 20, 30, 45][next(4)];
        let mut i = Interview::new(id.clone(), persona, minutes, ClockMode::Simulated, started);
        for _ in 0..4 + next(17) {
            let text = questions[next(questions.len())].clone();
            i.apply(persona, matcher, Action::Ask { text, now_s: 0.0 });
        }
        i.apply(persona, matcher, Action::End { now_s: 0.0 });
        index.upsert(SessionSummary::of(&i, &persona.name));
        let Ok(text) = store::encode_with_revision(&i, 1) else {
            eprintln!("askwell seed: session {id} could not be encoded");
            return ExitCode::FAILURE;
        };
        out.insert(session_key(&id), text.into());
    }
    let Ok(text) = store::encode_with_revision(&index, 1) else {
        eprintln!("askwell seed: the index could not be encoded");
        return ExitCode::FAILURE;
    };
    out.insert(INDEX_KEY.into(), text.into());
    println!("{}", serde_json::Value::Object(out));
    ExitCode::SUCCESS
}
