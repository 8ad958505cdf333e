//! The grammar's word classes and the spellings `text::words` writes out, read once from
//! `content/lexicon/grammar.txt`: data a non-programmer can read and extend, like the other
//! lexicons.

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
        /// A class by its place in one table read in a loop (a field per class compiled to
        /// code per class); each class's function is a call.
        #[allow(non_camel_case_types)]
        enum Class { $($name,)* }

        #[inline(never)]
        fn class(at: Class) -> &'static [&'static str] {
            static TABLE: OnceLock<Vec<Vec<&'static str>>> = OnceLock::new();
            let table = TABLE.get_or_init(|| [$(stringify!($name)),*].iter().map(|n| read(n)).collect());
            table.get(at as usize).map_or(&[], Vec::as_slice)
        }

        $(
            #[doc = concat!("The `", stringify!($name), "` class of `content/lexicon/grammar.txt`.")]
            pub(crate) fn $name() -> &'static [&'static str] {
                class(Class::$name)
            }
        )*

        /// Every class, by name, for the test that none is missing.
        #[cfg(test)]
        fn all() -> Vec<(&'static str, &'static [&'static str])> {
            vec![$((stringify!($name), $name()),)*]
        }
    };
}

classes!(
    aux,
    wh,
    fillers,
    follow_up_cues,
    restating,
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
    pay_stems,
    leading_phrases,
    others,
    whether_at_all,
    amounts,
    content_judgements,
    function_words,
    turners,
    first_choice,
    second_choice,
    second_subjects,
    noun_openers,
    superlatives,
    asking,
    tags,
    perceiving,
    the_asker,
    making_time,
    to_mind,
    describing,
    modals,
    polite_modals,
    persons,
    which_way,
    abbreviations,
    rejecting,
    being,
    agenda_verbs,
    agenda_links,
    addressed,
);

/// The file's contractions and texting spellings ("do not = don't dont"), as (spelling,
/// written out), sorted by spelling for lookup.
fn spellings() -> &'static [(&'static str, &'static str)] {
    static TABLE: OnceLock<Vec<(&'static str, &'static str)>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut t: Vec<(&'static str, &'static str)> = GRAMMAR
            .lines()
            .filter_map(|l| crate::substr::find(l, " = ").map(|i| (&l[..i], &l[i + 3..])))
            .flat_map(|(out, typed)| typed.split_whitespace().map(move |s| (s, out.trim())))
            .collect();
        crate::small_sort::sort_stable_by(&mut t, |a, b| a.0.cmp(b.0));
        t
    })
}

/// `word` written out ("dont" is "do not", "u" is "you"), if the file lists it.
pub(crate) fn spelled_out(word: &str) -> Option<&'static str> {
    // Most words are no listed spelling: a filter of 1,024 bits by hash says so at once.
    static LISTED: OnceLock<[u64; 16]> = OnceLock::new();
    use super::features::{fnv, FNV_OFFSET};
    let bit = |w: &str| fnv(FNV_OFFSET, w.as_bytes()) as usize % 1024;
    let listed = LISTED.get_or_init(|| {
        let mut f = [0; 16];
        spellings()
            .iter()
            .for_each(|(s, _)| f[bit(s) / 64] |= 1 << (bit(s) % 64));
        f
    });
    if listed[bit(word) / 64] & (1 << (bit(word) % 64)) == 0 {
        return None;
    }
    let t = spellings();
    t.binary_search_by(|e| e.0.cmp(word)).ok().map(|i| t[i].1)
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_class_is_in_the_file_and_the_file_is_versioned() {
        let source = include_str!("../../../content/lexicon/grammar.txt");
        assert!(source.starts_with("# format_version = 1\n"));
        for (name, words) in super::all() {
            assert!(!words.is_empty(), "{name} is missing or empty");
            assert!(
                words.iter().all(|w| *w == w.to_lowercase()),
                "{name} has a word that is not lower case"
            );
        }
        // `shape::is_follow_up` compares cues only at word edges.
        let edge = |c: &&str| c.starts_with('_') && c.len() > 1;
        assert!(super::follow_up_cues().iter().all(edge));
        let words = super::function_words();
        assert!(
            words.windows(2).all(|p| p[0] < p[1]),
            "function_words must be in alphabetical order, each word once"
        );
    }

    #[test]
    fn every_spelling_is_listed_once_and_written_out_in_lower_case() {
        let t = super::spellings();
        assert!(t.len() >= 60, "{} spellings", t.len());
        for pair in t.windows(2) {
            assert!(pair[0].0 != pair[1].0, "{} is listed twice", pair[0].0);
        }
        for (typed, out) in t {
            assert_eq!(*typed, typed.to_lowercase(), "{typed}");
            assert_eq!(*out, out.to_lowercase(), "{typed}");
        }
        assert_eq!(super::spelled_out("dont"), Some("do not"));
        assert_eq!(super::spelled_out("don't"), Some("do not"));
        assert_eq!(super::spelled_out("u"), Some("you"));
        assert_eq!(super::spelled_out("do"), None);
    }
}
