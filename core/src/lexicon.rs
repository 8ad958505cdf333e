//! The coach's word classes, read once from `content/lexicon/coach.txt`: data a
//! non-programmer can read and extend, like the grammar's classes.

use std::sync::OnceLock;

/// The file's lines without its comments (core/build.rs strips them).
const COACH: &str = include_str!(concat!(env!("OUT_DIR"), "/coach.txt"));

/// The words of the class `name`, a phrase's "_" read as a space (empty when the file lacks
/// it; a test checks none does).
fn read(name: &str) -> Vec<String> {
    COACH
        .lines()
        .find_map(|l| l.strip_prefix(name)?.strip_prefix(':'))
        .map(|words| {
            words
                .split_whitespace()
                .map(|w| w.replace('_', " "))
                .collect()
        })
        .unwrap_or_default()
}

macro_rules! classes {
    ($($name:ident),* $(,)?) => {
        struct Table {
            $($name: Vec<String>,)*
        }

        fn table() -> &'static Table {
            static TABLE: OnceLock<Table> = OnceLock::new();
            TABLE.get_or_init(|| Table { $($name: read(stringify!($name)),)* })
        }

        $(
            #[doc = concat!("The `", stringify!($name), "` class of `content/lexicon/coach.txt`.")]
            pub fn $name() -> &'static [String] {
                &table().$name
            }
        )*

        /// Every class, by name, for the test that none is missing.
        #[cfg(test)]
        fn all() -> Vec<(&'static str, &'static [String])> {
            vec![$((stringify!($name), $name()),)*]
        }
    };
}

classes!(
    thanks,
    courtesy,
    keep_in_touch,
    helped,
    helped_about,
    broad,
    naming_cues,
    empty_openings,
);

/// Whether `word` is one of `class`'s words.
pub fn has(class: &[String], word: &str) -> bool {
    class.iter().any(|w| w == word)
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_class_is_in_the_file() {
        for (name, words) in super::all() {
            assert!(!words.is_empty(), "{name} is missing from coach.txt");
        }
        assert!(super::has(super::naming_cues(), "you mentioned"));
        assert!(super::has(super::empty_openings(), "let me "));
    }
}
