//! What the reducer accepts at the point of entry, so it never makes a session that import
//! refuses: question length, times from a clock that may be set back or broken.

use crate::store::MAX_STRING_CHARS;

/// Longest question accepted, in characters. A pasted document is not a question, and every
/// stored text must stay within what import accepts (`MAX_STRING_CHARS`).
pub const MAX_QUESTION_CHARS: usize = 2_000;
const _: () = assert!(MAX_QUESTION_CHARS <= MAX_STRING_CHARS);

/// The latest time an action may carry, in seconds (about 30 years): sums of such times stay
/// finite.
const MAX_NOW_S: f64 = 1e9;

/// Why the reducer refused an action. `Display` gives a sentence for the user.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    /// The question is longer than `MAX_QUESTION_CHARS`.
    QuestionTooLong { max_chars: usize },
    /// The session already holds `MAX_EXCHANGES` questions.
    SessionFull { max_questions: usize },
    /// The agreed length is already `MAX_MINUTES`.
    LengthAtLimit { max_minutes: u32 },
}

impl std::fmt::Display for Refusal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Refusal::QuestionTooLong { max_chars } => write!(
                f,
                "That question is very long; keep it under {} characters. It was not asked.",
                thousands(*max_chars)
            ),
            Refusal::SessionFull { max_questions } => write!(
                f,
                "This session has reached its limit of {} questions; end it and start another.",
                thousands(*max_questions)
            ),
            Refusal::LengthAtLimit { max_minutes } => write!(
                f,
                "The agreed length cannot go past {} hours.",
                max_minutes / 60
            ),
        }
    }
}

impl std::error::Error for Refusal {}

/// `2000` → `2,000`.
fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, d) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(d);
    }
    out
}

/// A time from outside (a clock that may be set back, or broken) as the reducer uses it:
/// finite, from 0 to `MAX_NOW_S`. NaN and negative times become 0.
pub(super) fn clamp_time(t: f64) -> f64 {
    if t > 0.0 {
        t.min(MAX_NOW_S)
    } else {
        0.0
    }
}
