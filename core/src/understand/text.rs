//! A typed line turned into words, once: lower case, punctuation as breaks, contractions and
//! the commonest texting spellings written out. Everything else (typos, synonyms, word
//! order) is the model's job, learned from the corpus. Char-aware throughout: no byte slicing.

use super::classes::{abbreviations, function_words, spelled_out};
use std::rc::Rc;

/// Lower-cased words of `line`, contractions and texting shorthand expanded: the spellings
/// of `content/lexicon/grammar.txt`, which change how a sentence parses (the question-shape
/// rules read auxiliaries and pronouns). Spelling variants of content words are left to the
/// model's character n-grams.
pub fn words(line: &str) -> Vec<String> {
    let mut out = Vec::new();
    // One buffer for the word being read: this runs on every part of a line, many a reply.
    let mut current = String::new();
    for ch in line.chars().chain([' ']) {
        match ch {
            'a'..='z' | '0'..='9' => current.push(ch),
            '\'' | '\u{2019}' | '\u{2018}' | '`' if !current.is_empty() => current.push('\''),
            c if c.is_alphanumeric() => current.push(lower_char(c)),
            _ if current.is_empty() => {}
            _ => {
                let raw = current.trim_end_matches('\'');
                // Possessives: "the company's" is "company".
                let w = raw.strip_suffix("'s").unwrap_or(raw);
                match spelled_out(raw) {
                    Some(e) => out.extend(e.split(' ').map(str::to_string)),
                    None if w.as_bytes().contains(&b'\'') => out.push(w.replace('\'', "")),
                    None => out.push(w.to_string()),
                }
                current.clear();
            }
        }
    }
    out.retain(|w| !w.is_empty());
    out
}

thread_local!(static KEPT: crate::memo::Memo<Rc<[String]>> = crate::memo::Memo::new(1024));

/// `words(text)`, kept: a reply's checks read the same line, clauses and phrases many times.
pub fn words_kept(text: &str) -> Rc<[String]> {
    KEPT.with(|m| m.get(text, |t| words(t).into()))
}

/// `c` lower-cased, for the scripts people type here: ASCII, Latin-1, Latin Extended-A,
/// Greek and Cyrillic; anything else is returned as it is. `char::to_lowercase` would bring
/// Unicode's whole case table (about 11 KB) into the `.wasm` for letters that the model, which
/// reads English, gains nothing from.
pub fn lower_char(c: char) -> char {
    let n = c as u32;
    let lower = match n {
        0x41..=0x5A | 0xC0..=0xD6 | 0xD8..=0xDE | 0x391..=0x3A1 | 0x3A3..=0x3AB | 0x410..=0x42F => {
            n + 32
        }
        // Latin Extended-A: upper and lower case alternate, upper first or second by block.
        0x100..=0x12F | 0x132..=0x137 | 0x14A..=0x177 if n.is_multiple_of(2) => n + 1,
        0x139..=0x148 | 0x179..=0x17E if !n.is_multiple_of(2) => n + 1,
        0x130 => u32::from('i'),
        0x178 => 0xFF,
        0x386 => 0x3AC,
        0x388..=0x38A => n + 37,
        0x38C => 0x3CC,
        0x38E..=0x38F => n + 63,
        0x400..=0x40F => n + 80,
        _ => n,
    };
    char::from_u32(lower).unwrap_or(c)
}

/// Lower-cased text, a character at a time with [`lower_char`]: no Unicode case tables in
/// the `.wasm` (`str::to_lowercase` brings a second copy).
pub fn lower(text: &str) -> String {
    if text.is_ascii() {
        return text.to_ascii_lowercase();
    }
    text.chars().map(lower_char).collect()
}

/// The unaccented letter of an accented Latin one ("é" → "e", "Ł" → "l"), for Latin-1 and
/// Latin Extended-A; anything else is returned as it is.
pub fn plain_letter(c: char) -> char {
    const PLAIN: &str = "aaaaaaaceeeeiiiidnooooooouuuuytsaaaaaaaceeeeiiiidnooooooouuuuytyaaaaaa\
         ccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiiiiijjkkkllllllllllnnnnnnnnnoooooooorrrrrr\
         ssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs";
    match c as u32 {
        n @ 0xC0..=0x17F => char::from(PLAIN.as_bytes()[(n - 0xC0) as usize]),
        _ => c,
    }
}

/// The normalized line: `words` joined by single spaces.
pub fn normalize(line: &str) -> String {
    words(line).join(" ")
}

/// True for a grammar word ("any", "for", "your"), as normalized by `words`: the
/// `function_words` of `content/lexicon/grammar.txt`.
pub fn is_function_word(word: &str) -> bool {
    function_words().binary_search(&word).is_ok()
}

/// The sentences of a line, split after `.`, `!` and `?` (a run of them counts once) and at
/// blank lines (an email's sign-off has no end mark), each trimmed and kept with its end
/// mark. Abbreviations like "Dr." and decimals do not split.
pub fn sentences(line: &str) -> Vec<&str> {
    sentences_lazily(line).collect()
}

/// [`sentences`], one at a time: a caller that needs the first few stops reading there.
pub fn sentences_lazily(line: &str) -> impl Iterator<Item = &str> {
    paragraphs(line).flat_map(sentences_of_paragraph)
}

/// The parts of `text` between blank lines.
fn paragraphs(text: &str) -> impl Iterator<Item = &str> {
    let mut starts = vec![0];
    let mut ends = Vec::new();
    let mut at = 0;
    for l in text.split_inclusive('\n') {
        if l.trim().is_empty() {
            ends.push(at);
            starts.push(at + l.len());
        }
        at += l.len();
    }
    ends.push(text.len());
    (starts.into_iter().zip(ends)).map(move |(a, b)| &text[a..b.max(a)])
}

/// Read as bytes: the end marks are ASCII, and no byte of a longer character is one.
fn sentences_of_paragraph(text: &str) -> impl Iterator<Item = &str> {
    let (bytes, mark) = (text.as_bytes(), |b: u8| matches!(b, b'.' | b'!' | b'?'));
    let (mut start, mut at) = (0, 0);
    std::iter::from_fn(move || {
        while let Some(&b) = bytes.get(at) {
            at += 1;
            if !mark(b) {
                continue;
            }
            let i = at - 1;
            while bytes.get(at).is_some_and(|&b| mark(b)) {
                at += 1;
            }
            let next_is_space = text[at..].chars().next().is_none_or(char::is_whitespace);
            let before = text[start..i].rsplit(' ').next().unwrap_or("");
            let abbreviation = b == b'.' && abbreviations().contains(&lower(before).as_str());
            let s = text[start..at].trim();
            if next_is_space && !abbreviation {
                start = at;
                if !s.is_empty() {
                    return Some(s);
                }
            }
        }
        let rest = text[start..].trim();
        start = text.len();
        (!rest.is_empty()).then_some(rest)
    })
}

/// Words a line has in common with a phrase, as whole words in order.
pub fn contains_phrase(words: &[String], phrase: &[String]) -> bool {
    !phrase.is_empty()
        && words.len() >= phrase.len()
        && words.windows(phrase.len()).any(|w| w == phrase)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn expands_contractions_and_texting() {
        let file = include_str!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/cases/normalize.tsv"
        ));
        for (line, expected) in crate::understand::cases(file) {
            assert_eq!(normalize(line), expected, "{line}");
        }
    }

    #[test]
    fn lower_char_agrees_with_the_standard_library_where_it_acts() {
        for n in 0..0x500_u32 {
            let Some(c) = char::from_u32(n) else { continue };
            let ours = lower_char(c);
            let std: Vec<char> = c.to_lowercase().collect();
            if ours != c || n == 0x130 {
                // Where we change a letter, it is what Unicode says (İ: its first letter).
                assert_eq!(ours, std[0], "{c} U+{n:04X}");
            } else if std != [c] {
                // Where we leave one alone, it is outside the scripts we lower-case.
                assert!(
                    ![0x41..0x180, 0x386..0x3B0, 0x400..0x430]
                        .iter()
                        .any(|r| r.contains(&n)),
                    "{c} U+{n:04X}"
                );
            }
        }
    }

    #[test]
    fn function_words_are_found() {
        assert!(is_function_word("any") && !is_function_word("openings"));
    }

    #[test]
    fn plain_letters_cover_latin_1_and_extended_a() {
        let plain: String = "ÀÉÎÕÜçñøÿĀăĆčĐęĞıŁńŐœŘšŤůŽſ"
            .chars()
            .map(plain_letter)
            .collect();
        assert_eq!(plain, "aeiouc noyaaccdegilnoorstuzs".replace(' ', ""));
        assert!(('\u{C0}'..='\u{17F}')
            .filter(|c| c.is_alphabetic())
            .all(|c| plain_letter(c).is_ascii_lowercase()));
    }

    #[test]
    fn sentences_split_on_end_marks_only() {
        assert_eq!(
            sentences("Hi! I'm Sam. Dr. Lee sent me?! What is 3.5 like"),
            vec!["Hi!", "I'm Sam.", "Dr. Lee sent me?!", "What is 3.5 like"]
        );
        assert_eq!(
            sentences("Best wishes,\nSam\n \nCould we talk?\n\n\nThanks"),
            vec!["Best wishes,\nSam", "Could we talk?", "Thanks"]
        );
    }

    #[test]
    fn non_latin_text_never_panics() {
        assert_eq!(normalize("৩টা বাজে? مرحبا"), "৩টা বাজে مرحبا");
        assert_eq!(sentences("これは？ 。はい。").len(), 1);
    }
}
