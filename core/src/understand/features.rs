//! What the model sees of a line: hashed word unigrams, word bigrams (so "like most" and
//! "like least", "favorite" and "least favorite" differ), a five-letter stem of longer words,
//! and character trigrams of each word (so "salery" still looks like "salary"). One function serves training and inference.

/// A feature: a hash bucket and its value. The vector is L2-normalized, so a long
/// introduction and a two-word question weigh the same.
pub type Feature = (u32, f32);

const FNV_OFFSET: u32 = 0x811c_9dc5;
const FNV_PRIME: u32 = 0x0100_0193;

fn fnv(mut h: u32, bytes: &[u8]) -> u32 {
    for b in bytes {
        h ^= u32::from(*b);
        h = h.wrapping_mul(FNV_PRIME);
    }
    h
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
    let mut previous = "^";
    for w in words {
        push(fnv(fnv(FNV_OFFSET, b"u"), w.as_bytes()), 1.0);
        let b = fnv(fnv(fnv(FNV_OFFSET, b"b"), previous.as_bytes()), b" ");
        push(fnv(b, w.as_bytes()), 1.0);
        if w.chars().count() > 5 {
            let stem: String = w.chars().take(5).collect();
            push(fnv(fnv(FNV_OFFSET, b"s"), stem.as_bytes()), STEM_WEIGHT);
        }
        let padded: Vec<char> = std::iter::once('<')
            .chain(w.chars())
            .chain(std::iter::once('>'))
            .collect();
        if padded.len() > 4 {
            for tri in padded.windows(3) {
                let mut h = fnv(FNV_OFFSET, b"c");
                for c in tri {
                    let mut buf = [0u8; 4];
                    h = fnv(h, c.encode_utf8(&mut buf).as_bytes());
                }
                push(h, CHAR_WEIGHT);
            }
        }
        previous = w;
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
    let norm = out.iter().map(|(_, v)| v * v).sum::<f32>().sqrt().max(1e-6);
    for f in &mut out {
        f.1 /= norm;
    }
    out
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
        let a = features(&ws("what do you like least"), 14);
        let b = features(&ws("what do you like least"), 14);
        assert_eq!(a, b);
        let n: f32 = a.iter().map(|(_, v)| v * v).sum();
        assert!((n - 1.0).abs() < 1e-4);
        assert!(a.iter().all(|(h, _)| *h < 1 << 14));
    }

    #[test]
    fn word_order_changes_the_bigrams() {
        let a = features(&ws("like most"), 16);
        let b = features(&ws("most like"), 16);
        assert_ne!(a, b);
    }
}
