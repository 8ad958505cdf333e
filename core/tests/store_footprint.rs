//! How much localStorage 100 realistic sessions take, against the usual 5 MB quota.
//! Run `cargo test -p askwell-core --test store_footprint -- --nocapture` to see the figures.

use askwell_core::content;
use askwell_core::interview::{Action, ClockMode, Interview};
use askwell_core::store::{
    encode_with_revision, export, parse_import, session_key, SessionIndex, SessionSummary,
    INDEX_KEY,
};
use askwell_core::understand::Matcher;

const QUESTIONS: [&str; 30] = [
    "Hi, thank you so much for making time for me today. I'm a second-year student exploring this field and I'd love to hear about your work.",
    "What does a typical day look like for you?",
    "What are your main responsibilities?",
    "Can you tell me more about that?",
    "What do you find most rewarding about your job?",
    "What is the hardest part of your work?",
    "What skills matter most in your role?",
    "Could you tell me about your organization and how your team fits in?",
    "How did you get started in this field?",
    "What did you study, and how much did it help?",
    "How did you find your current position?",
    "Did you consider any other paths along the way?",
    "Where do you think the field is heading in the next five years?",
    "How do people usually advance from a role like yours?",
    "What advice would you give someone in my position?",
    "Is there anyone else you think I should talk to?",
    "Are there professional organizations you would recommend I join?",
    "What should I read to keep up with the field?",
    "How should I shape my CV if I apply for roles like this?",
    "What surprised you most when you started?",
    "How has your job changed since you began?",
    "What do you wish you had known earlier?",
    "Do you have any openings on your team?",
    "What does success look like in your first year?",
    "How do you balance the demands of the job with life outside it?",
    "What kind of person thrives in this work?",
    "Which experiences would make me a stronger candidate?",
    "How do you keep learning on the job?",
    "Thank you, this has been really helpful.",
    "May I keep in touch and let you know how things go?",
];

/// 100 sessions: bundled personas in turn, 15 questions each on the simulated clock.
fn hundred_sessions() -> Vec<(Interview, String)> {
    let personas = content::bundled();
    let matchers: Vec<Matcher> = personas
        .iter()
        .map(|p| Matcher::new(&p.vocabulary))
        .collect();
    (0..100)
        .map(|n| {
            let (p, m) = (&personas[n % personas.len()], &matchers[n % personas.len()]);
            let started = 1_714_000_000_000.0 + n as f64 * 86_400_000.0;
            let id = format!("s{}", started as u64);
            let mut s = Interview::new(
                id,
                p,
                [20, 30, 45, 60][n % 4],
                ClockMode::Simulated,
                started,
            );
            for k in 0..15 {
                let text = QUESTIONS[(n * 7 + k * 2) % QUESTIONS.len()].to_string();
                s.apply(p, m, Action::Ask { text, now_s: 0.0 });
            }
            s.apply(p, m, Action::End { now_s: 0.0 });
            (s, p.name.clone())
        })
        .collect()
}

/// Browsers count localStorage in UTF-16 code units of keys and values.
fn units(s: &str) -> usize {
    s.encode_utf16().count()
}

#[test]
fn storage_footprint_of_100_sessions() {
    let sessions = hundred_sessions();
    let mut index = SessionIndex::default();
    let (mut bytes, mut chars, mut exchanges, mut largest) = (0, 0, 0, 0);
    for (s, name) in &sessions {
        let (key, value) = (session_key(&s.id), encode_with_revision(s, 3).unwrap());
        bytes += key.len() + value.len();
        chars += units(&key) + units(&value);
        largest = largest.max(value.len());
        exchanges += s.exchanges.len();
        index.upsert(SessionSummary::of(s, name));
    }
    let index_value = encode_with_revision(&index, 100).unwrap();
    let index_chars = units(INDEX_KEY) + units(&index_value);
    let total_chars = chars + index_chars;
    let quota = 5.0 * 1024.0 * 1024.0;
    let all: Vec<Interview> = sessions.into_iter().map(|(s, _)| s).collect();
    let file = export(&all, "0.1.0", 1_714_000_000_000.0).unwrap();

    println!("storage footprint, 100 sessions ({exchanges} exchanges, simulated clock, bundled personas):");
    println!("  sessions: {bytes} bytes ({chars} UTF-16 units), {} per session on average, largest {largest}",
        bytes / 100);
    println!("  index:    {} bytes", INDEX_KEY.len() + index_value.len());
    println!(
        "  total:    {total_chars} UTF-16 units = {:.1}% of a 5 MiB localStorage quota (~{} such sessions fit)",
        100.0 * total_chars as f64 / quota,
        (quota / (total_chars as f64 / 100.0)) as u64
    );
    println!("  export file of all 100: {} bytes", file.len());

    assert!(exchanges >= 1200, "most questions were answered");
    assert!(
        total_chars as f64 <= 0.5 * quota,
        "100 sessions must stay well under the quota"
    );
    assert_eq!(parse_import(&file).map(|f| f.sessions.len()), Ok(100));
}
