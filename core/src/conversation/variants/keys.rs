//! The words of a text as the answer picker compares them: each a stem key (its first six
//! letters, a plural s dropped, as one integer) and the related-word groups it belongs to.

/// Letters compared after a plural s is dropped: remotely and remote match, and so do
/// hours and hour; internship and interview do not.
const STEM: usize = 6;

/// Groups of words about the same part of a topic (`content/lexicon/related.txt`).
/// (Its lines without comments: core/build.rs strips them.)
const RELATED: &str = include_str!(concat!(env!("OUT_DIR"), "/related.txt"));

/// The groups a stem belongs to (by `key`), as a bit set (at most 64 groups are read); 0
/// for none.
pub(super) fn groups(stem_key: u64) -> u64 {
    static TABLE: std::sync::OnceLock<Vec<(u64, u64)>> = std::sync::OnceLock::new();
    let table = TABLE.get_or_init(|| {
        let mut t: Vec<(u64, u64)> = Vec::new();
        let lines = RELATED
            .lines()
            .filter(|l| !l.starts_with('#') && !l.starts_with(IGNORE) && !l.trim().is_empty());
        for (g, line) in lines.take(64).enumerate() {
            for w in line.split_whitespace() {
                let k = key(stem(w));
                match t.iter_mut().find(|(s, _)| *s == k) {
                    Some(e) => e.1 |= 1 << g,
                    None => t.push((k, 1 << g)),
                }
            }
        }
        crate::small_sort::sort_stable_by(&mut t, |a, b| a.0.cmp(&b.0));
        t
    });
    table
        .binary_search_by(|(k, _)| k.cmp(&stem_key))
        .map_or(0, |i| table[i].1)
}

/// The `ignore:` line of the related words: too common to tell answers apart.
pub(super) const IGNORE: &str = "ignore:";

pub(super) fn ignored(word: &str) -> bool {
    // Sorted once: this runs for every word of every question.
    static WORDS: std::sync::OnceLock<Vec<&'static str>> = std::sync::OnceLock::new();
    let words = WORDS.get_or_init(|| {
        let line = (RELATED.lines())
            .find_map(|l| l.strip_prefix(IGNORE))
            .unwrap_or("");
        let mut words: Vec<&str> = line.split_whitespace().collect();
        crate::small_sort::sort_stable_by(&mut words, |a, b| a.cmp(b));
        words
    });
    words.binary_search(&word).is_ok()
}

/// A stem as one number, so stems compare as integers: its first eight bytes, lower-cased.
/// Stems are six letters at most, so for plain words this is exact.
pub(super) fn key(stem_of_word: &str) -> u64 {
    stem_of_word
        .bytes()
        .take(8)
        .fold(0u64, |k, b| k << 8 | u64::from(b.to_ascii_lowercase()))
}

/// The words of an answer as written (case aside).
/// A hyphenated word whole (on-call, as the related groups write it) and each of its parts
/// (fast-track gives fast and track, as a question's words are split).
fn tokens(text: &str) -> impl Iterator<Item = &str> {
    runs(text).flat_map(|t| {
        let parts = t
            .contains('-')
            .then(|| t.split('-').filter(|p| !p.is_empty()));
        std::iter::once(t).chain(parts.into_iter().flatten())
    })
}

/// The runs of letters, digits and hyphens in `text`, read a byte at a time where it is
/// ASCII (an answer is read this way for every question).
fn runs(text: &str) -> impl Iterator<Item = &str> {
    let char_at = move |at: usize| match text.as_bytes()[at] {
        b if b.is_ascii() => (b.is_ascii_alphanumeric() || b == b'-', 1),
        _ => text[at..]
            .chars()
            .next()
            .map_or((false, 1), |c| (c.is_alphanumeric(), c.len_utf8())),
    };
    let mut at = 0;
    std::iter::from_fn(move || {
        while at < text.len() && !char_at(at).0 {
            at += char_at(at).1;
        }
        let start = at;
        while at < text.len() && char_at(at).0 {
            at += char_at(at).1;
        }
        (at > start).then(|| &text[start..at])
    })
}

/// A word written with digits as "#", the way related.txt names any number.
pub(super) fn number_or(w: &str) -> &str {
    if w.starts_with(|c: char| c.is_ascii_digit()) {
        "#"
    } else {
        w
    }
}

pub(super) fn stem(w: &str) -> &str {
    let w = match w.as_bytes() {
        [.., b's'] if w.len() > 3 => &w[..w.len() - 1],
        _ => w,
    };
    match w.as_bytes().get(..=STEM) {
        None => w,
        Some(head) if head.is_ascii() => &w[..STEM],
        Some(_) => w.char_indices().nth(STEM).map_or(w, |(i, _)| &w[..i]),
    }
}

/// What the picker needs of a text: the keys of its words, sorted, each once, every
/// related-word group any of them is in, and what kind of answer it is (`super::kinds_of`).
pub(super) struct Summary {
    pub(super) keys: Vec<u64>,
    pub(super) groups: u64,
    pub(super) kinds: u8,
}

impl Summary {
    fn of(text: &str) -> Summary {
        let mut keys: Vec<u64> = tokens(text).map(|t| key(stem(number_or(t)))).collect();
        crate::small_sort::sort_stable_by(&mut keys, u64::cmp);
        keys.dedup();
        let groups = keys.iter().fold(0, |g, &k| g | groups(k));
        let kinds = super::kinds_of(text);
        Summary {
            keys,
            groups,
            kinds,
        }
    }
}

thread_local! {
    /// Summaries of texts read before: the same prepared answers are scored at every question.
    /// Room for a whole script (a persona's answers, follow-ups, details and the sentences of
    /// them that short answers use: about 530 texts for the largest): with 512 slots, a long
    /// practice summarized most of them again at every question.
    static SUMMARIES: crate::memo::Memo<Summary> = crate::memo::Memo::new(1024);
}

/// Calls `f` with the summary of `text`, read once while it is kept.
pub(super) fn with_summary<T>(text: &str, f: impl FnOnce(&Summary) -> T) -> T {
    SUMMARIES.with(|memo| memo.with(text, Summary::of, f))
}
