//! Word classes read once from `content/lexicon/`: data a non-programmer can read and extend,
//! like the grammar's classes. The coach's (`coach.txt`) are here; the preparation checks'
//! (`prepare.txt`) are in [`prepare`], the drafted letters' (`letters.txt`) in [`letters`].

/// The words of the class `name` in `source` (a lexicon without its comments: core/build.rs
/// strips them), a phrase's "_" read as a space (empty when the file lacks it; a test checks
/// none does).
fn read(source: &str, name: &str) -> Vec<String> {
    source
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

/// `classes!("file.txt": name, ...)`: a function per class of `content/lexicon/file.txt`, all
/// read on first use, and `all()` for the test that none is missing.
macro_rules! classes {
    ($file:literal: $($name:ident),* $(,)?) => {
        /// The file's lines without its comments.
        const SOURCE: &str = include_str!(concat!(env!("OUT_DIR"), "/", $file));

        /// Each class's place in `table()`. (One table of lists read in a loop: a struct with
        /// a field per class compiled to code per class, about 25 bytes each.)
        #[allow(non_camel_case_types)]
        enum Class {
            $($name,)*
        }

        fn table() -> &'static [Vec<String>] {
            static TABLE: ::std::sync::OnceLock<Vec<Vec<String>>> = ::std::sync::OnceLock::new();
            TABLE.get_or_init(|| {
                [$(stringify!($name)),*]
                    .iter()
                    .map(|name| $crate::lexicon::read(SOURCE, name))
                    .collect()
            })
        }

        /// One class by its place: one shared function, so each class's own is a call.
        #[inline(never)]
        fn class(at: Class) -> &'static [String] {
            table().get(at as usize).map_or(&[], Vec::as_slice)
        }

        $(
            #[doc = concat!("The `", stringify!($name), "` class of `content/lexicon/", $file, "`.")]
            pub fn $name() -> &'static [String] {
                class(Class::$name)
            }
        )*

        /// Every class, by name, for the test that none is missing.
        #[cfg(test)]
        pub(super) fn all() -> Vec<(&'static str, &'static [String])> {
            vec![$((stringify!($name), $name()),)*]
        }
    };
}

classes!("coach.txt":
    thanks,
    courtesy,
    keep_in_touch,
    touch_words,
    grateful,
    helped,
    helped_about,
    broad,
    naming_cues,
    offers_introduction,
    ties_back,
    about_that,
    asides,
    empty_openings,
    adverbs,
    feeling_verbs,
    comparatives,
    not_in_open,
    not_experiences,
    gradable,
    intensifiers,
    subject_openers,
    subject_nouns,
    how_verbs,
    doing_verbs,
    past_forms,
    hindsight,
    not_done,
    would_not,
    degree_tails,
    indefinite_objects,
    pronouns,
    third_persons,
    cut_off,
    share_words,
);

/// How drafted letters greet people and quote them (`content/lexicon/letters.txt`): apart from
/// [`prepare`] because a practice's thank-you needs these and none of the checks' words.
pub mod letters {
    classes!("letters.txt": titles, kin, lead_ins, before_organization, not_quoted);
}

/// What a persona's replies are built with (`content/lexicon/replies.txt`).
pub mod replies {
    classes!("replies.txt": yes_rewarding, yes_hard, growth_words, yes_growing, trend_lead, run_on_joins, wonder, second_part, second_leans, more_than_before, thanks_in_passing, introduction_in_passing, points_back, agenda_set, recap_offer, hurry, go_on, farewell, farewell_phrases, bye_words, bye_phrases, bye_tails, bye_back, bye_again, say_again, last_part, say_again_lead, simpler, simpler_lead, term_lead, title_lead, introduce_named, summary_check, summary_tags, summary_yes, more_time, time_words, more_time_yes, more_time_busy, time_left, time_left_answer, time_left_one, time_left_over, time_limits, short_on_time, back, plain_verbs, welcome_back, hello_back, nerves, choosing, reassure, invite, go_ahead, back_to_questions, greet_by_name, name_said, name_cues, name_follows, not_names, met, named_ends, persons, glad_named, meaning, consists, quoting, plural_kept, term_asides, term_pointers, the_others, part_counts, who, term_articles, role_verbs, you_mean, known, self_words, changer_cues, changer_words, comparison_cues, comparing_words, pushback_cues, pushback_words);

    /// A sentence that leans on the one before ("It means she's a normal teenager again."):
    /// its first word is one of `points_back`, so it makes no sense alone.
    pub fn leans_back(sentence: &str) -> bool {
        let first =
            crate::understand::text::words(sentence.split_whitespace().next().unwrap_or_default());
        first.first().is_some_and(|w| super::has(points_back(), w))
    }
}

/// What the review says first about each part of the score (`content/lexicon/review.txt`).
pub mod review {
    classes!("review.txt": timing_no_questions, kept_all, kept_some, skipped_named, skipped_counted, and_between, ended_early, ended_on_time, ran_over, reached_all, reached_some, details_drawn, asked_none, asked_nothing_of_work, open_share, room_for_more, never_followed_up, followed_up, times, etiquette_none, asked_for_a_job, covered_all, covered_some, listened_none, word_share, share_healthy, share_high, minute_units);

    /// The first phrase of `class` with each `{}` filled in order from `values` (a byte
    /// search, not `str::split`: that would bring core's two-way searcher into the practice).
    pub fn fill(class: &[String], values: &[&str]) -> String {
        let mut rest = class.first().map_or("", String::as_str);
        let mut out = String::new();
        let mut values = values.iter();
        while let Some(at) = crate::substr::find(rest, "{}") {
            out.push_str(&rest[..at]);
            out.push_str(values.next().copied().unwrap_or_default());
            rest = &rest[at + 2..];
        }
        out.push_str(rest);
        out
    }
}

/// The cue words of the preparation checks and drafts (`core/src/prepare/`).
pub mod prepare {
    classes!("prepare.txt":
        who_i_am,
        exploring,
        how_found,
        job_words,
        long_times,
        not_long_times,
        short_times,
        minute_words,
        channels,
        flexible_times,
        introduction_who,
        introduction_why,
        clause_joins,
        object_followers,
        determiners,
        relations,
        relation_leads,
        relation_links,
        found_after,
        found_places,
        found_seeing,
        found_nouns,
        spoken_to,
        she_forms,
        he_forms,
    );
}

/// Whether `word` is one of `class`'s words.
pub fn has(class: &[String], word: &str) -> bool {
    class.iter().any(|w| w == word)
}

/// Whether `words` hold `phrase` (a class entry, its words joined by spaces) word for word,
/// read without splitting it into a list first.
pub fn has_phrase(words: &[String], phrase: &str) -> bool {
    // Read as bytes: this runs for every cue of a class, and most lines fail at the first word.
    let bytes = phrase.as_bytes();
    let first = &phrase[..bytes.iter().position(|&b| b == b' ').unwrap_or(bytes.len())];
    let n = 1 + bytes.iter().filter(|&&b| b == b' ').count();
    words.windows(n).any(|w| {
        w[0] == first && (w[1..].iter().zip(phrase.split(' ').skip(1))).all(|(a, b)| a == b)
    })
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

    #[test]
    fn every_prepare_and_letters_class_is_in_its_file() {
        let classes = super::prepare::all()
            .into_iter()
            .chain(super::letters::all());
        let classes = classes.chain(super::review::all());
        for (name, words) in classes.chain(super::replies::all()) {
            assert!(!words.is_empty(), "{name} is missing from its file");
        }
        assert!(super::has(super::letters::lead_ins(), "Oh, and "));
    }
}
