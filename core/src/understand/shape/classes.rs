//! The grammar's word classes, read once from `content/lexicon/grammar.txt`: data a
//! non-programmer can read and extend, like the other lexicons.

use std::sync::OnceLock;

/// The file's lines without its comments (core/build.rs strips them).
const GRAMMAR: &str = include_str!(concat!(env!("OUT_DIR"), "/grammar.txt"));

/// The words of the class `name` (empty when the file lacks it; a test checks none does).
fn read(name: &str) -> Vec<&'static str> {
    GRAMMAR
        .lines()
        .find_map(|l| l.strip_prefix(name)?.strip_prefix(':'))
        .map(|words| words.split_whitespace().collect())
        .unwrap_or_default()
}

macro_rules! classes {
    ($($name:ident),* $(,)?) => {
        struct Table {
            $($name: Vec<&'static str>,)*
        }

        fn table() -> &'static Table {
            static TABLE: OnceLock<Table> = OnceLock::new();
            TABLE.get_or_init(|| Table { $($name: read(stringify!($name)),)* })
        }

        $(
            #[doc = concat!("The `", stringify!($name), "` class of `content/lexicon/grammar.txt`.")]
            pub(super) fn $name() -> &'static [&'static str] {
                &table().$name
            }
        )*

        /// Every class, by name, for the test that none is missing.
        #[cfg(test)]
        pub(super) fn all() -> Vec<(&'static str, &'static [&'static str])> {
            vec![$((stringify!($name), $name()),)*]
        }
    };
}

classes!(
    aux,
    wh,
    fillers,
    follow_up_cues,
    subjects,
    indefinites,
    request_verbs,
    invitations,
    resources,
    leading_clauses,
    or_tails,
    weighing,
    contrasting,
    determiners,
    trailing,
    parts,
    judgements,
    say_content,
    recommend_judged,
    participles,
    take_request,
    be_plans,
    willing,
    agreeable,
    meetings,
    durations,
    left_out,
    pointing_verbs,
    embedding_verbs,
    needing,
    hedges,
    leading_phrases,
    others,
    whether_at_all,
    amounts,
    content_judgements,
);

#[cfg(test)]
mod tests {
    #[test]
    fn every_class_is_in_the_file_and_the_file_is_versioned() {
        let source = include_str!("../../../../content/lexicon/grammar.txt");
        assert!(source.starts_with("# format_version = 1\n"));
        for (name, words) in super::all() {
            assert!(!words.is_empty(), "{name} is missing or empty");
            assert!(
                words.iter().all(|w| *w == w.to_lowercase()),
                "{name} has a word that is not lower case"
            );
        }
    }
}
