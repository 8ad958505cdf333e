//! Coach flags on a single question: closed (yes/no), generic (a web search answers it), a job
//! ask, or two questions in one turn. Each flag comes with a reason tied to the line and a
//! concrete open question to ask instead.

use crate::topic::Topic;
use crate::understand::shape::{closed_part, question_texts};
use serde::{Deserialize, Serialize};

/// A coaching flag on one line the user typed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Flag {
    ClosedQuestion,
    GenericQuestion,
    JobAsk,
    DoubleQuestion,
}

impl Flag {
    /// Every flag, in the order `flags` reports them.
    pub const ALL: [Flag; 4] = [
        Flag::ClosedQuestion,
        Flag::GenericQuestion,
        Flag::JobAsk,
        Flag::DoubleQuestion,
    ];

    pub fn id(self) -> &'static str {
        match self {
            Flag::ClosedQuestion => "closed_question",
            Flag::GenericQuestion => "generic_question",
            Flag::JobAsk => "job_ask",
            Flag::DoubleQuestion => "double_question",
        }
    }

    pub fn parse(id: &str) -> Option<Flag> {
        Flag::ALL.into_iter().find(|f| f.id() == id)
    }

    /// Short name for people.
    pub fn label(self) -> &'static str {
        match self {
            Flag::ClosedQuestion => "Closed question",
            Flag::GenericQuestion => "Generic question",
            Flag::JobAsk => "Job ask",
            Flag::DoubleQuestion => "Double question",
        }
    }

    /// Why the flag matters, in one line.
    pub fn why(self) -> &'static str {
        match self {
            Flag::ClosedQuestion => {
                "A yes/no question can be answered in one word; an open one invites a story."
            }
            Flag::GenericQuestion => {
                "A quick search answers this, so it spends their time and shows you skipped the research."
            }
            Flag::JobAsk => {
                "This conversation is for learning about their work; asking for a job breaks that trust."
            }
            Flag::DoubleQuestion => {
                "Two questions at once: they will answer one, and the other usually gets lost."
            }
        }
    }
}

/// A flag on a line, with a reason tied to that line and an open question to ask instead.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FlagNote {
    pub flag: Flag,
    pub reason: String,
    pub rewrite: String,
}

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
                // As typed, cut where the second begins; if no cut is clean, the topic's own.
                match question_texts(line).first() {
                    Some(first) => format!(
                        "{}? (then ask the second once they've answered)",
                        first.trim_end_matches(['?', '.', '!'])
                    ),
                    None => open_question(topic).to_string(),
                }
            } else {
                // A yes/no question opened up in its own words keeps what was asked; the
                // topic's stock question changes it whenever the topic was misread.
                crate::coach::open_up(line).unwrap_or_else(|| open_question(topic).to_string())
            };
            FlagNote {
                flag,
                reason,
                rewrite,
            }
        })
        .collect()
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

/// One good open question per canonical topic: the fallback rewrite.
pub fn open_question(topic: Topic) -> &'static str {
    match topic {
        Topic::Introduction => "What would be most useful for me to understand about your work?",
        Topic::TypicalDay => "What does a typical week look like for you?",
        Topic::Responsibilities => "Which parts of your job take up most of your attention?",
        Topic::Organization => "How does your team work together day to day?",
        Topic::Rewards => "What do you enjoy most about your work?",
        Topic::Challenges => "What is the hardest part of your job right now?",
        Topic::Skills => "Which skills matter most in your role?",
        Topic::Education => "How did your education prepare you for this work?",
        Topic::Path => "How did you get into this field?",
        Topic::JobSearch => "How did you come to find your current position?",
        Topic::Alternatives => "What other paths did you consider along the way?",
        Topic::Trends => "Where do you see your field heading in the next few years?",
        Topic::Advancement => "How do people usually move up from a role like yours?",
        Topic::GeneralAdvice => "What advice would you give someone in my position?",
        Topic::Contacts => "Who else would you suggest I talk to as I learn more about this field?",
        Topic::Organizations => "Which professional organizations have been most useful to you?",
        Topic::Resources => "Which books, sites or courses would you recommend?",
        Topic::Application => "What makes an application stand out in your field?",
        Topic::Thanks => "What would you most like me to take away from our conversation?",
        Topic::KeepInTouch => "What is the best way to keep in touch with you?",
        Topic::SmallTalk => "How has your week been so far?",
        Topic::Compensation => "What pay range is typical for someone starting out in your field?",
        Topic::WorkLife => "How do you balance the workload with life outside work?",
        Topic::AnythingElse => "Is there anything I haven't asked that you think I should know?",
        Topic::JobAsk => "How do people usually get hired onto a team like yours?",
        Topic::None => "What first drew you to your field?",
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
