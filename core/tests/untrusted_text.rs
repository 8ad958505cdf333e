//! The user's question is the largest untrusted input. Arbitrary text (any Unicode, very long
//! lines, control characters, right-to-left text, emoji, lone combining marks, empty, only
//! punctuation) goes through the whole question path (normalize, understand, flags, every
//! shipped persona's reply, the coach's review and Markdown) without a panic; arbitrary
//! text and bytes go through the import parser the same way.

mod common;
use askwell_core::coach;
use askwell_core::conversation::{respond, Memory, TimeContext};
use askwell_core::flags;
use askwell_core::interview::{Action, ClockMode, Interview};
use askwell_core::store::parse_import;
use askwell_core::understand::{shape, text};
use common::personas;
use proptest::collection::vec;
use proptest::prelude::*;
use proptest::sample::select;

/// Characters that tend to break text handling.
const AWKWARD: &[char] = &[
    '\0',
    '\u{7}',
    '\t',
    '\n',
    '\r',
    '\u{1b}',
    '\u{7f}',
    '\u{85}',
    '\u{a0}',
    '\u{ad}',
    '\u{200b}',
    '\u{200d}',
    '\u{200e}',
    '\u{200f}',
    '\u{202e}',
    '\u{2028}',
    '\u{2066}',
    '\u{feff}',
    '\u{fffd}',
    '\u{301}',
    '\u{308}',
    '\u{20dd}',
    '\u{e0001}',
    '\u{10ffff}',
    'ß',
    'İ',
    'ı',
    'ﬁ',
    'Σ',
    'ς',
    'א',
    'ב',
    'ש',
    'ع',
    'ل',
    'م',
    '؟',
    '٣',
    '১',
    '한',
    '字',
    'ア',
    '👩',
    '🏽',
    '🚀',
    '🇸',
    '🇪',
    '?',
    '!',
    '.',
    ',',
    ';',
    '"',
    '\'',
    '…',
    '¿',
    '-',
    ' ',
];

fn awkward(max: usize) -> impl Strategy<Value = String> {
    vec(select(AWKWARD), 0..max).prop_map(|v| v.into_iter().collect())
}

/// Any question a user could type or paste.
fn question() -> BoxedStrategy<String> {
    let words = select(vec![
        "what", "how", "do", "you", "is", "it", "job", "hiring", "day", "and", "or", "why", "did",
        "your", "can", "I", "?", "!", ",", "tell", "me", "more",
    ]);
    prop_oneof![
        3 => any::<String>(),
        3 => awkward(40),
        2 => vec(words, 0..30).prop_map(|w| w.join(" ")),
        1 => Just(String::new()),
        1 => "[[:punct:] ]{1,40}",
        1 => "\\PC{0,30}",
        // Lone combining marks and marks after spaces or at the start.
        1 => vec(select(vec!['\u{301}', '\u{308}', '\u{20dd}', ' ']), 1..20)
            .prop_map(|v| v.into_iter().collect()),
        // Very long lines, up to the question limit and beyond.
        1 => (awkward(8), 200usize..2500).prop_map(|(s, n)| s.repeat(n / s.len().max(1))),
    ]
    .boxed()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn any_text_goes_through_understanding_and_every_persona(q in question()) {
        let _ = text::normalize(&q);
        let _ = text::words(&q);
        let _ = text::sentences(&q);
        let _ = (shape::is_closed(&q), shape::question_parts(&q), shape::is_follow_up(&q));
        let _ = (shape::choice(&q), shape::is_short_answer(&q));
        for (persona, matcher) in personas() {
            let u = matcher.understand(&q);
            let _ = flags::explain(&q, u.topic, &u.flags, &u.job_words);
            // Read again, through the memo of word lists: the same understanding.
            assert_eq!(matcher.understand(&q), u);
            // A fresh memory and one already mid-conversation (pending choices, repeats).
            let mut memory = Memory::default();
            for elapsed_s in [0.0, 1190.0, 5000.0] {
                let time = TimeContext { elapsed_s, agreed_s: 1200.0, replies_take_time: true };
                let _ = respond(persona, matcher, &mut memory, &q, time, Default::default());
                let _ = respond(persona, matcher, &mut memory, "or the second one?", time, Default::default());
            }
        }
    }

    #[test]
    fn sessions_of_any_questions_are_reviewed_and_written_out(
        who in any::<prop::sample::Index>(),
        real in any::<bool>(),
        questions in vec(question(), 0..8),
    ) {
        let (persona, matcher) = &personas()[who.index(personas().len())];
        let clock = if real { ClockMode::Real } else { ClockMode::Simulated };
        let mut i = Interview::new("s1", persona, 20, clock, 1.0);
        for (n, q) in questions.into_iter().enumerate() {
            let _ = i.try_apply(persona, matcher, Action::Ask { text: q, now_s: n as f64 * 45.0 });
            let _ = coach::next_nudge(&i, n as f64 * 45.0, &Default::default());
        }
        i.apply(persona, matcher, Action::End { now_s: 400.0 });
        let review = coach::review(&i, persona);
        let _ = coach::summary_figures(&review);
        let _ = coach::to_markdown(&i, persona, &review);
    }

    #[test]
    fn import_never_panics_on_any_text_or_bytes(
        s in prop_oneof![any::<String>(), awkward(200)],
        bytes in vec(any::<u8>(), 0..400),
    ) {
        let _ = parse_import(&s);
        let _ = parse_import(&String::from_utf8_lossy(&bytes));
        // Text wrapped in an export-like header, so the parser goes past the first checks.
        let wrapped = format!(
            "{{\"format\":\"askwell-export\",\"schema_version\":3,\"sessions\":[{s:?}],\"x\":\"{}\"}}",
            String::from_utf8_lossy(&bytes).escape_default()
        );
        let _ = parse_import(&wrapped);
    }
}
