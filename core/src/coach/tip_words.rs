//! The words the "Next time" tips are written with: quotes from the interview, an example
//! rewrite, minutes as people say them.

use super::Review;
use crate::flags::Flag;
use crate::topic::Outcome;

/// At most twelve words of a line, in quotes.
pub(super) fn quote(line: &str) -> String {
    let words: Vec<&str> = line.split_whitespace().collect();
    let mut s = String::from("\"");
    if words.len() <= 12 {
        s.push_str(line.trim());
    } else {
        s.push_str(&words[..11].join(" "));
        s.push('…');
    }
    s.push('"');
    s
}

/// "instead of "X", ask "Y"" for the first line carrying `flag`.
pub(super) fn example(r: &Review, flag: Flag) -> Option<String> {
    r.questions.flagged.iter().find_map(|f| {
        let note = f.notes.iter().find(|n| n.flag == flag)?;
        let mut s = String::from("instead of ");
        s.push_str(&quote(&f.question));
        s.push_str(", ask ");
        s.push_str(&quote(&note.rewrite));
        Some(s)
    })
}

pub(super) fn sentence(parts: &[&str]) -> String {
    let mut s = parts.concat();
    s.push('.');
    s
}

/// "6½ minutes", "10 minutes".
pub(super) fn planned_minutes(seconds: f64) -> String {
    let half_minutes = (seconds / 30.0).round() as u32;
    let mut s = (half_minutes / 2).to_string();
    if half_minutes % 2 == 1 {
        s.push('½');
    }
    s.push_str(if half_minutes == 2 {
        " minute"
    } else {
        " minutes"
    });
    s
}

/// Why a missed outcome is worth asking for, said after the tip; the only one missed is said so.
pub(super) fn why_it_matters(outcome: Outcome, only_one: bool) -> &'static str {
    match outcome {
        _ if only_one => ": it's the one outcome you missed",
        Outcome::Responsibilities => ": understanding their work is the heart of the call",
        Outcome::Background => ": their path shows you one way in",
        Outcome::Future => ": it tells you what to prepare for",
        Outcome::Contacts => ": a referral is how your network grows",
        _ => ": it gives you something to do next",
    }
}
