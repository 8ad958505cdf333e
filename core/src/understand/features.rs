//! What the model sees of a line: hashed word unigrams, word bigrams (so "like most" and
//! "like least", "favorite" and "least favorite" differ), a five-letter stem of longer words,
//! and character trigrams of each word (so "salery" still looks like "salary"). One function serves training and inference.

use super::classes::turners;

/// A feature: a hash bucket and its value. `features` gives raw values; `weigh` scales each
/// by how rare its bucket was in the corpus and L2-normalizes, so a long introduction and a
/// two-word question weigh the same.
pub type Feature = (u32, f32);

pub(super) const FNV_OFFSET: u32 = 0x811c_9dc5;
const FNV_PRIME: u32 = 0x0100_0193;

pub(super) fn fnv(mut h: u32, bytes: &[u8]) -> u32 {
    for b in bytes {
        h ^= u32::from(*b);
        h = h.wrapping_mul(FNV_PRIME);
    }
    h
}

/// Praise and complaint words (`content/lexicon/evaluative.txt`), so a rare word such as
/// "funnest" or "drawbacks" still reads as good or bad.
/// (Its lines without comments: core/build.rs strips them.)
const EVALUATIVE: &str = include_str!(concat!(env!("OUT_DIR"), "/evaluative.txt"));

/// The polarity of `word` from the lexicon: `Some(true)` good, `Some(false)` bad. The list is
/// parsed once into a sorted table.
pub(crate) fn polarity(word: &str) -> Option<bool> {
    static TABLE: std::sync::OnceLock<Vec<(&'static str, bool)>> = std::sync::OnceLock::new();
    let table = TABLE.get_or_init(|| {
        let mut t: Vec<(&'static str, bool)> = EVALUATIVE
            .lines()
            .filter_map(|l| match l.split_once(' ') {
                Some(("good", w)) => Some((w.trim(), true)),
                Some(("bad", w)) => Some((w.trim(), false)),
                _ => None,
            })
            .collect();
        crate::small_sort::sort_stable_by(&mut t, |a, b| a.0.cmp(b.0));
        t
    });
    (table.binary_search_by(|(w, _)| (*w).cmp(word)).ok()).map(|i| table[i].1)
}

/// Weight of a character trigram against a whole word: typos help, but words decide.
const CHAR_WEIGHT: f32 = 0.5;
/// Weight of a word's first five letters ("recommend", "recommendation"): a cheap stem.
const STEM_WEIGHT: f32 = 0.7;

/// The features of a line given as normalized words, hashed into `1 << log2_buckets` buckets.
pub fn features(words: &[String], log2_buckets: u8) -> Vec<Feature> {
    let mask = (1u32 << log2_buckets) - 1;
    let mut out: Vec<Feature> = Vec::with_capacity(words.len() * 8 + 2);
    let mut push = |h: u32, v: f32| out.push((h & mask, v));
    let (mut previous, mut at) = ("^", Vec::new());
    for w in words {
        push(fnv(fnv(FNV_OFFSET, b"u"), w.as_bytes()), 1.0);
        let b = fnv(fnv(fnv(FNV_OFFSET, b"b"), previous.as_bytes()), b" ");
        push(fnv(b, w.as_bytes()), 1.0);
        at.clear();
        at.extend(w.char_indices().map(|(i, _)| i).chain([w.len()]));
        let (bytes, m) = (w.as_bytes(), at.len() - 1);
        if m > 5 {
            push(fnv(fnv(FNV_OFFSET, b"s"), &bytes[..at[5]]), STEM_WEIGHT);
        }
        // Trigrams of the word padded as <word>, hashed piece by piece without building it.
        if m > 2 {
            let trigram = fnv(FNV_OFFSET, b"c");
            for k in 0..m {
                let h = fnv(trigram, &b"<"[..usize::from(k == 0)]);
                let h = fnv(h, &bytes[at[k.saturating_sub(1)]..at[(k + 2).min(m)]]);
                push(if k + 2 > m { fnv(h, b">") } else { h }, CHAR_WEIGHT);
            }
        }
        previous = w;
    }
    for (i, w) in words.iter().enumerate() {
        if let Some(good) = polarity(w) {
            let near = words[i.saturating_sub(2)..i]
                .iter()
                .chain(words.get(i + 1))
                // A turner (grammar.txt) such as least or not turns the word around.
                .any(|n| turners().contains(&n.as_str()));
            push(
                fnv(
                    FNV_OFFSET,
                    if good != near {
                        b"pol:good"
                    } else {
                        b"pol:bad"
                    },
                ),
                1.0,
            );
        }
    }
    // The last word closes a bigram too: "... least?" differs from "... least favorite".
    push(
        fnv(fnv(fnv(FNV_OFFSET, b"b"), previous.as_bytes()), b" $"),
        1.0,
    );
    // Line length in words, coarsely: introductions are long, small talk is short.
    let length_class: &[u8] = match words.len() {
        0..=2 => b"len:short",
        3..=12 => b"len:mid",
        13..=30 => b"len:long",
        _ => b"len:very_long",
    };
    push(fnv(FNV_OFFSET, length_class), 1.0);
    out
}

/// Steps per unit of inverse document frequency in `Model::idf` (a byte per bucket, 1 to
/// 10). In whole units the table costs about 6.8 KB gzip in the model; 8 steps per unit cost
/// 5.5 KB more and read no better on the development sets (2026-12-03).
pub const IDF_STEPS: f32 = 1.0;

/// Scales raw features by their bucket's inverse document frequency (`idf[bucket]`, in
/// `IDF_STEPS`; 0 for a bucket no training line had, which is dropped: it says nothing the
/// model learned, and would only dilute the words it knows), then L2-normalizes.
/// Rare words ("salary", "mentor") then outweigh the words every question has ("what", "you").
pub fn weigh(mut feats: Vec<Feature>, idf: &[u8]) -> Vec<Feature> {
    feats.retain_mut(|(b, v)| {
        let q = idf.get(*b as usize).copied().unwrap_or(0);
        *v *= f32::from(q) / IDF_STEPS;
        q != 0
    });
    let norm = (feats.iter().map(|(_, v)| v * v).sum::<f32>())
        .sqrt()
        .max(1e-6);
    for f in &mut feats {
        f.1 /= norm;
    }
    feats
}

/// The words and word pairs of a line with their buckets, for naming the words behind a
/// decision (the char trigrams are left out: they name no word).
pub fn word_features(words: &[String], log2_buckets: u8) -> Vec<(u32, String)> {
    let mask = (1u32 << log2_buckets) - 1;
    let mut out = Vec::new();
    let mut previous = "^";
    for w in words {
        out.push((fnv(fnv(FNV_OFFSET, b"u"), w.as_bytes()) & mask, w.clone()));
        if previous != "^" {
            let b = fnv(fnv(fnv(FNV_OFFSET, b"b"), previous.as_bytes()), b" ");
            out.push((fnv(b, w.as_bytes()) & mask, format!("{previous} {w}")));
        }
        previous = w;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ws(s: &str) -> Vec<String> {
        s.split(' ').map(str::to_string).collect()
    }

    #[test]
    fn vectors_are_unit_length_and_deterministic() {
        let idf = vec![8u8; 1 << 14];
        let a = weigh(features(&ws("what do you like least"), 14), &idf);
        let b = weigh(features(&ws("what do you like least"), 14), &idf);
        assert_eq!(a, b);
        let n: f32 = a.iter().map(|(_, v)| v * v).sum();
        assert!((n - 1.0).abs() < 1e-4);
        assert!(a.iter().all(|(h, _)| *h < 1 << 14));
    }

    #[test]
    fn the_evaluative_lexicon_is_well_formed() {
        let source = include_str!("../../../content/lexicon/evaluative.txt");
        let mut lines = source.lines();
        assert_eq!(lines.next(), Some("# format_version = 1"));
        let mut seen = std::collections::BTreeSet::new();
        for l in lines.filter(|l| !l.starts_with('#')) {
            let (polarity, word) = l.split_once(' ').expect("`good WORD` or `bad WORD`");
            assert!(polarity == "good" || polarity == "bad", "{l}");
            assert!(
                !word.is_empty() && word.chars().all(|c| c.is_ascii_lowercase() || c == '\''),
                "one lower-case word: {l}"
            );
            assert!(seen.insert(word), "{word} twice");
        }
        assert!(seen.len() > 50);
        assert_eq!(polarity("funnest"), Some(true));
        assert_eq!(polarity("drawbacks"), Some(false));
        assert_eq!(polarity("team"), None);
    }

    #[test]
    fn least_turns_praise_into_complaint() {
        let good = features(&ws("what is your favorite part"), 14);
        let bad = features(&ws("what is your least favorite part"), 14);
        let pol = |f: &[Feature], tag: &[u8]| {
            let h = fnv(FNV_OFFSET, tag) & ((1 << 14) - 1);
            f.iter().any(|(b, _)| *b == h)
        };
        assert!(pol(&good, b"pol:good") && !pol(&good, b"pol:bad"));
        assert!(pol(&bad, b"pol:bad") && !pol(&bad, b"pol:good"));
    }

    #[test]
    fn rare_buckets_weigh_more_and_unseen_ones_drop() {
        let raw = features(&ws("salary"), 8);
        let mut idf = vec![8u8; 1 << 8];
        let common = weigh(raw.clone(), &idf);
        idf[raw[0].0 as usize] = 40;
        let rare = weigh(raw.clone(), &idf);
        assert!(rare[0].1 > common[0].1);
        idf[raw[0].0 as usize] = 0;
        assert!(weigh(raw.clone(), &idf).len() < raw.len());
    }

    #[test]
    fn word_order_changes_the_bigrams() {
        let a = features(&ws("like most"), 16);
        let b = features(&ws("most like"), 16);
        assert_ne!(a, b);
    }
}
