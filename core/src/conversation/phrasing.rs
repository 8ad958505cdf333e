//! Plain text helpers for replies: the first sentences of an answer, and how the persona
//! names a topic when asking which one the user meant.

use crate::topic::Topic;

/// The first `n` sentences of a text.
pub(super) fn first_sentences(text: &str, n: usize) -> String {
    let mut count = 0;
    for (i, ch) in text.char_indices() {
        if matches!(ch, '.' | '!' | '?') {
            let next = text[i + ch.len_utf8()..].chars().next();
            let word = text[..i].rsplit(' ').next().unwrap_or("");
            let abbreviation = matches!(
                word,
                "Dr" | "Mr" | "Ms" | "Mrs" | "St" | "vs" | "e.g" | "i.e"
            );
            if next.is_none_or(|c| c.is_whitespace()) && !abbreviation {
                count += 1;
                if count == n {
                    return text[..i + ch.len_utf8()].to_string();
                }
            }
        }
    }
    text.to_string()
}

/// How the persona refers to a topic when asking which one the user meant.
pub fn about(topic: Topic) -> &'static str {
    match topic {
        Topic::Introduction => "a bit about what you're hoping to get from today",
        Topic::TypicalDay => "what my days actually look like",
        Topic::Responsibilities => "what I'm responsible for",
        Topic::Organization => "how my organization works",
        Topic::Rewards => "what I find rewarding",
        Topic::Challenges => "what's hard about the job",
        Topic::Skills => "the skills the job needs",
        Topic::Education => "my education and training",
        Topic::Path => "how I got into this field",
        Topic::JobSearch => "how I found and got this job",
        Topic::Alternatives => "what else I might have done",
        Topic::Trends => "where the field is heading",
        Topic::Advancement => "where a role like mine can lead",
        Topic::GeneralAdvice => "my advice for someone in your position",
        Topic::Contacts => "other people you could talk to",
        Topic::Organizations => "professional organizations worth joining",
        Topic::Resources => "things to read or follow",
        Topic::Application => "how to make your application stand out",
        Topic::Thanks => "wrapping up",
        Topic::KeepInTouch => "staying in touch",
        Topic::SmallTalk => "how things are going",
        Topic::Compensation => "pay and benefits",
        Topic::WorkLife => "hours and work-life balance",
        Topic::AnythingElse => "anything we haven't covered",
        Topic::JobAsk => "openings",
        Topic::None => "something else",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn first_sentences_stops_at_sentence_ends() {
        assert_eq!(first_sentences("One. Two! Three?", 2), "One. Two!");
        assert_eq!(
            first_sentences("Dr. Lee said 3.5 is fine", 1),
            "Dr. Lee said 3.5 is fine"
        );
        assert_eq!(first_sentences("No end", 1), "No end");
    }

    #[test]
    fn every_topic_has_a_description() {
        for t in Topic::all() {
            assert!(!about(t).is_empty());
        }
    }
}
