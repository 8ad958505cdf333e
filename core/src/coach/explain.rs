//! What the coach says about each flag on a line: a reason tied to the line and an open
//! question to ask instead. The notes on one line never contradict each other: the closed
//! note quotes the part that asks yes or no, a double question's rewrite is its open part
//! when another part is closed, and no rewrite is itself a yes/no question.

use super::open_up;
use crate::flags::{open_question, Flag, FlagNote};
use crate::topic::Topic;
use crate::understand::shape::{closed_part, is_closed, question_start, question_texts};
use crate::understand::text::words;

/// Explains the flags a line earned when it was asked (`flags`, stored with the exchange) with
/// a reason and a suggested rewrite. `job_words` are the words that made it a job ask. On a
/// job ask every rewrite steers away from the ask: no version of it is worth keeping.
pub fn explain(line: &str, topic: Topic, flags: &[Flag], job_words: &[String]) -> Vec<FlagNote> {
    let job = flags.contains(&Flag::JobAsk);
    let generic = flags.contains(&Flag::GenericQuestion);
    flags
        .iter()
        .map(|&flag| {
            let reason = match flag {
                Flag::ClosedQuestion => closed_reason(line),
                Flag::GenericQuestion => Flag::GenericQuestion.why().to_string(),
                Flag::JobAsk => job_reason(job_words),
                Flag::DoubleQuestion => double_reason(line),
            };
            let rewrite = if job {
                open_question(Topic::JobAsk).to_string()
            } else if generic {
                generic_rewrite(topic).to_string()
            } else if flag == Flag::DoubleQuestion {
                double_rewrite(line, topic)
            } else {
                // A yes/no question opened up in its own words keeps what was asked, as does
                // an open question asked in the same turn; the topic's stock question changes
                // it whenever the topic was misread.
                let open = open_up(line).or_else(|| open_parts(line).first().map(|p| asked(p)));
                open_or_topic(open, topic)
            };
            FlagNote {
                flag,
                reason,
                rewrite: tidy(&rewrite),
            }
        })
        .collect()
}

/// The questions of a double question that are open, as typed: they open as a question
/// (a question word, or a request) and do not ask yes or no. An option added on (or a
/// book?) is neither.
fn open_parts(line: &str) -> Vec<&str> {
    (question_texts(line).into_iter())
        .filter(|p| is_open(p))
        .collect()
}

fn is_open(part: &str) -> bool {
    question_start(&words(part)).is_some() && !is_closed(part)
}

/// A question as typed, with its question mark.
fn asked(q: &str) -> String {
    let mut s = q.trim_end_matches(['?', '.', '!', ' ']).to_string();
    s.push('?');
    s
}

/// A rewrite in the user's words, written out where they texted (how did u get into it, how
/// did you get into it): a shorthand that stands for one word is that word (grammar.txt's
/// spellings; dont and im stay, as their written-out forms are two words), and i is I.
/// Otherwise the words stay as typed.
fn tidy(rewrite: &str) -> String {
    let mut out = String::with_capacity(rewrite.len() + 8);
    for (n, token) in rewrite.split(' ').enumerate() {
        if n > 0 {
            out.push(' ');
        }
        let word = token.trim_end_matches(|c: char| c.is_ascii_punctuation());
        let written = match crate::understand::classes::spelled_out(word) {
            _ if word == "i" => "I",
            Some(w) if !w.contains(' ') => w,
            _ => word,
        };
        out.push_str(written);
        out.push_str(&token[word.len()..]);
    }
    out
}

/// A rewrite that itself asks yes or no is no rewrite: the topic's own open question instead.
fn open_or_topic(rewrite: Option<String>, topic: Topic) -> String {
    (rewrite.filter(|r| !is_closed(r))).unwrap_or_else(|| open_question(topic).to_string())
}

/// The question to ask alone instead of a double question: the first, as typed, cut where the
/// second begins; but the first open one when a yes/no question comes before it (its answer
/// tells that too), and an open question when every part asks yes or no. With no clean cut,
/// the topic's own.
fn double_rewrite(line: &str, topic: Topic) -> String {
    let parts = question_texts(line);
    let Some(first) = parts.first() else {
        return open_question(topic).to_string();
    };
    match parts.iter().position(|p| !is_closed(p)) {
        Some(0) => {
            let mut s = asked(first);
            s.push_str(" (then ask the second once they've answered)");
            s
        }
        Some(i) if is_open(parts[i]) => asked(parts[i]),
        _ => open_or_topic(open_up(first), topic),
    }
}

fn job_reason(words: &[String]) -> String {
    if words.is_empty() {
        return Flag::JobAsk.why().to_string();
    }
    let quoted: Vec<String> = words.iter().map(|w| format!("\"{w}\"")).collect();
    format!(
        "Words like {} ask them for a position: this chat is for learning about their work, not for getting hired.",
        quoted.join(", ")
    )
}

fn closed_reason(line: &str) -> String {
    let lead: Vec<&str> = closed_part(line).split_whitespace().take(3).collect();
    let lead = lead.join(" ");
    let lead = lead.trim_end_matches(['?', ',', '.']);
    format!("\"{lead}...\" can be answered with a yes or a no, and often is.")
}

/// The first two questions of a double question, quoted.
fn double_reason(line: &str) -> String {
    match question_texts(line).as_slice() {
        [a, b, ..] => format!(
            "\"{}\" and \"{}\" are two questions; ask one and let them answer.",
            shorten(a),
            shorten(b)
        ),
        _ => Flag::DoubleQuestion.why().to_string(),
    }
}

/// At most ten words of a question, for quoting in a reason.
fn shorten(q: &str) -> String {
    let words: Vec<&str> = q.split_whitespace().collect();
    if words.len() <= 10 {
        q.to_string()
    } else {
        format!("{}…", words[..9].join(" "))
    }
}

/// Instead of a fact a search answers: what that fact means in their own work.
fn generic_rewrite(topic: Topic) -> &'static str {
    match topic {
        Topic::Organization | Topic::None => {
            "How does your own work fit into the bigger picture at your organization?"
        }
        Topic::Trends => "Which changes in the field are you seeing first-hand in your work?",
        _ => open_question(topic),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_closed_note_quotes_the_part_that_asks_yes_or_no() {
        let file = include_str!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/cases/closed_note.tsv"
        ));
        for (line, quoted) in crate::understand::cases(file) {
            let note = closed_reason(line);
            assert!(note.starts_with(quoted), "{line}: {note}");
        }
    }
}
