//! Telling a line typed in another language from one typed in English, so the persona can ask
//! for English instead of answering something else. The words and the rule live in
//! `content/lexicon/languages.txt` (core/build.rs strips its comments).

use super::text;
use std::sync::OnceLock;

const LANGUAGES: &str = include_str!(concat!(env!("OUT_DIR"), "/languages.txt"));

/// Words of one other language a line needs: one alone is a name or a greeting ("Hola!").
const MIN_WORDS: usize = 2;

struct Table {
    replies: Vec<&'static str>,
    /// Every listed word with its language's bit (bit 0: English, whose line comes first).
    words: Vec<(&'static str, u32)>,
    /// Letters only one language uses ("ł", "ğ", "ư"), with its bit.
    letters: Vec<(&'static str, u32)>,
}

fn table() -> &'static Table {
    static TABLE: OnceLock<Table> = OnceLock::new();
    TABLE.get_or_init(|| {
        let (mut replies, mut words, mut letters, mut codes) =
            (Vec::new(), Vec::new(), Vec::new(), Vec::new());
        for (key, rest) in LANGUAGES.lines().filter_map(|l| l.split_once(':')) {
            if key == "reply" {
                replies.push(rest.trim());
                continue;
            }
            let code = key.strip_prefix("letters ").unwrap_or(key);
            if !codes.contains(&code) {
                codes.push(code);
            }
            let bit = 1u32 << codes.iter().position(|c| *c == code).unwrap_or(0);
            if code == key {
                words.extend(rest.split_whitespace().map(|w| (w, bit)));
            } else {
                letters.push((rest, bit));
            }
        }
        // Sorted for lookup; a word of several languages is listed once for each.
        crate::small_sort::sort_stable_by(&mut words, |a, b| a.0.cmp(b.0));
        Table {
            replies,
            words,
            letters,
        }
    })
}

/// True when `line` (whose normalized words are `words`) reads as another language than
/// English: most of its letters are outside the Latin alphabet, or at least two of its words
/// belong to one other language and outnumber its English ones (with letters only that
/// language uses but no listed word, three and most of the line).
pub fn is_other_language(line: &str, words: &[String]) -> bool {
    // Latin letters: accented (Vietnamese's too) and full-width (Chinese and Japanese keyboards).
    let is_latin = |c: char| matches!(c as u32, 0..=0x24F | 0x1E00..=0x1EFF | 0xFF21..=0xFF5A);
    let letters = line.chars().filter(|c| c.is_alphabetic());
    let (all, outside) = letters.fold((0, 0), |(a, o), c| (a + 1, o + usize::from(!is_latin(c))));
    if outside * 2 > all {
        return true;
    }
    let t = table();
    // Per language: its words (listed or marked by a letter), and its listed words.
    let mut counts = [(0usize, 0usize); 32];
    for w in words {
        let folded: String = w.chars().map(text::plain_letter).collect();
        let from = t.words.partition_point(|e| e.0 < folded.as_str());
        let same = t.words[from..].iter().take_while(|e| e.0 == folded);
        let listed = same.fold(0, |m, e| m | e.1);
        // Only letters outside ASCII mark a language; most words have none.
        let marks = |l: &&(&str, u32)| {
            (w.chars().filter(|c| !c.is_ascii())).any(|c| l.0.chars().any(|x| x == c))
        };
        let marked = t.letters.iter().filter(marks);
        let mask = marked.fold(listed, |m, l| m | l.1);
        for (i, count) in counts.iter_mut().enumerate() {
            count.0 += usize::from(mask & (1 << i) != 0);
            count.1 += usize::from(listed & (1 << i) != 0);
        }
        // English: the grammar words and the `en:` line (bit 0).
        counts[0].0 += usize::from(listed & 1 == 0 && text::is_function_word(w));
    }
    let english = counts[0].0;
    // By letters alone, most of the line: a name ("I'm Nguyễn Thị Hương") is not a language.
    counts[1..].iter().any(|&(all, listed)| match listed {
        0 => all > MIN_WORDS && all > 2 * english && 2 * all >= words.len(),
        _ => all >= MIN_WORDS && all > english,
    })
}

/// What the persona says to a line in another language, in turn.
pub fn replies() -> &'static [&'static str] {
    &table().replies
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::understand::text::words;

    fn other(line: &str) -> bool {
        is_other_language(line, &words(line))
    }

    #[test]
    fn accents_come_off_before_the_lists_are_read() {
        let plain = |s: &str| s.chars().map(text::plain_letter).collect::<String>();
        assert_eq!(plain("łódź"), "lodz");
        assert_eq!(plain("qué está"), "que esta");
    }

    #[test]
    fn the_file_is_well_formed() {
        let source = include_str!("../../../content/lexicon/languages.txt");
        assert_eq!(source.lines().next(), Some("# format_version = 1"));
        let codes: Vec<&str> = LANGUAGES
            .lines()
            .filter_map(|l| Some(l.split_once(':')?.0))
            .filter(|k| *k != "reply" && !k.starts_with("letters "))
            .collect();
        assert_eq!(
            codes.first(),
            Some(&"en"),
            "English is bit 0: its line comes first"
        );
        assert!(codes.len() <= 32, "a language is a bit of a u32");
        let t = table();
        assert!(t.replies.len() >= 2 && t.words.len() >= 200);
        for (word, _) in &t.words {
            assert!(
                word.chars().all(|c| c.is_ascii_lowercase()),
                "{word}: lower case, no accents"
            );
            // English grammar words count as English already; no list may hold one.
            assert!(
                !text::is_function_word(word),
                "{word} is an English grammar word"
            );
        }
        for pair in t.words.windows(2) {
            let english_too = (pair[0].1 | pair[1].1) & 1 != 0;
            assert!(
                pair[0].0 != pair[1].0 || !english_too,
                "{} is English too",
                pair[0].0
            );
        }
    }

    #[test]
    fn scripts_and_common_words_tell_languages_apart() {
        let file = include_str!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/cases/languages.tsv"
        ));
        for (line, expected) in crate::understand::cases(file) {
            match expected {
                "other" => assert!(other(line), "{line}"),
                "english" => assert!(!other(line), "{line}"),
                _ => panic!("{line}: `other` or `english`, not `{expected}`"),
            }
        }
    }
}
