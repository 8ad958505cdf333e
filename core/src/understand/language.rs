//! Telling a line typed in another language from one typed in English, so the persona can ask
//! for English instead of answering something else. The words and the rule live in
//! `content/lexicon/languages.txt` (core/build.rs strips its comments).

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
            let index = codes.iter().position(|c| *c == code).unwrap_or(codes.len());
            if index == codes.len() {
                codes.push(code);
            }
            let bit = 1u32 << index;
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
/// belong to one other language and outnumber its English ones.
pub fn is_other_language(line: &str, words: &[String]) -> bool {
    // Latin letters, accented ones included (Latin-1, Extended-A and -B, Vietnamese's).
    let is_latin = |c: char| matches!(c as u32, 0..=0x24F | 0x1E00..=0x1EFF);
    let letters = line.chars().filter(|c| c.is_alphabetic());
    let (all, outside) = letters.fold((0, 0), |(a, o), c| (a + 1, o + usize::from(!is_latin(c))));
    if outside * 2 > all {
        return true;
    }
    let t = table();
    let mut counts = [0usize; 32];
    for w in words {
        let folded: String = w.chars().map(fold).collect();
        let from = t.words.partition_point(|e| e.0 < folded.as_str());
        let listed = t.words[from..].iter().take_while(|e| e.0 == folded);
        let marked = t
            .letters
            .iter()
            .filter(|l| w.chars().any(|c| l.0.contains(c)));
        let mask = listed
            .map(|e| e.1)
            .chain(marked.map(|l| l.1))
            .fold(0, |m, b| m | b);
        for (i, count) in counts.iter_mut().enumerate() {
            *count += usize::from(mask & (1 << i) != 0);
        }
    }
    let best = counts[1..].iter().copied().max().unwrap_or(0);
    best >= MIN_WORDS && best > counts[0]
}

/// What the persona says to a line in another language, in turn.
pub fn replies() -> &'static [&'static str] {
    &table().replies
}

/// Base letters of Latin-1's letters (U+00C0 to U+00FF) and of Latin Extended-A (U+0100 to
/// U+017F), for comparing typed words with the lists ("qué" is "que").
const LATIN_1: &str = "aaaaaaaceeeeiiiidnooooooouuuuytsaaaaaaaceeeeiiiidnooooooouuuuyty";
const EXTENDED_A: &str = "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiiiiijjkkkllllllllll\
     nnnnnnnnnoooooooorrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs";

fn fold(c: char) -> char {
    let (table, i) = match c as u32 {
        n @ 0xC0..=0xFF => (LATIN_1, n - 0xC0),
        n @ 0x100..=0x17F => (EXTENDED_A, n - 0x100),
        _ => return c,
    };
    char::from(table.as_bytes()[i as usize])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::understand::text::words;

    fn other(line: &str) -> bool {
        is_other_language(line, &words(line))
    }

    #[test]
    fn the_fold_tables_cover_their_blocks() {
        assert_eq!(EXTENDED_A.len(), 128);
        assert_eq!(LATIN_1.len(), 64);
        assert_eq!("łódź".chars().map(fold).collect::<String>(), "lodz");
        assert_eq!("qué está".chars().map(fold).collect::<String>(), "que esta");
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
        assert!(other("ما هو يومك النموذجي؟"));
        assert!(other("你每天做什么工作？"));
        assert!(other("Was machen Sie beruflich?"));
        assert!(other("¿Qué hace usted en su trabajo?"));
        assert!(!other("What's a typical day like for you?"));
        assert!(!other("Hola! Thanks for meeting me."));
        assert!(!other("I grew up in Łódź, how did you start?"));
        assert!(!other("asdf qwer"));
    }
}
