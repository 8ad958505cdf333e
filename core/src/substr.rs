//! Substring search by plain byte comparison. `str::contains`, `find`, `split_once` and
//! `replace` with a `&str` pattern build core's two-way searcher (about 2.5 KB of `.wasm`,
//! the reverse one as much again), which a practice kept for a few short needles; these
//! give the same answers (the leftmost match, or the rightmost for `rfind`; matches of a
//! UTF-8 needle in UTF-8 text always fall on character boundaries).

/// Byte offset of the first `needle` in `hay`, as `hay.find(needle)`. A position is compared
/// whole only where its first byte matches.
pub fn find(hay: &str, needle: &str) -> Option<usize> {
    let (h, n) = (hay.as_bytes(), needle.as_bytes());
    let Some((&first, rest)) = n.split_first() else {
        return Some(0);
    };
    let last = h.len().checked_sub(n.len())?;
    let mut at = 0;
    // A plain scan for the first byte, where most positions end: a closure per position was
    // most of the time of a search through a whole script.
    while let Some(skip) = byte_position(&h[at..=last], first, first) {
        at += skip;
        if h[at + 1..at + n.len()] == *rest {
            return Some(at);
        }
        at += 1;
        if at > last {
            break;
        }
    }
    None
}

/// Where `a` or `b` first is in `h`, read eight bytes at a time up to the word that holds
/// one (the `.wasm` has no vector search).
fn byte_position(h: &[u8], a: u8, b: u8) -> Option<usize> {
    const LOW: u64 = 0x0101_0101_0101_0101;
    // A zero byte in x, exactly.
    let zero = |x: u64| x.wrapping_sub(LOW) & !x & (LOW << 7) != 0;
    let mut at = 0;
    for c in h.chunks_exact(8) {
        let x = u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]);
        if zero(x ^ (LOW * u64::from(a))) || zero(x ^ (LOW * u64::from(b))) {
            break;
        }
        at += 8;
    }
    h[at..]
        .iter()
        .position(|&x| x == a || x == b)
        .map(|k| at + k)
}

/// Byte offset of the last `needle` in `hay`, as `hay.rfind(needle)`.
pub fn rfind(hay: &str, needle: &str) -> Option<usize> {
    let (h, n) = (hay.as_bytes(), needle.as_bytes());
    let Some((&first, rest)) = n.split_first() else {
        return Some(hay.len());
    };
    let last = h.len().checked_sub(n.len())?;
    (0..=last)
        .rev()
        .find(|&i| h[i] == first && h[i + 1..i + n.len()] == *rest)
}

/// `hay.contains(needle)`.
pub fn contains(hay: &str, needle: &str) -> bool {
    find(hay, needle).is_some()
}

/// `hay` holds a non-empty `needle`, ASCII case aside; allocates nothing (for scans of a
/// whole reply or script at a reply).
pub fn contains_ignore_case(hay: &str, needle: &str) -> bool {
    let (h, n) = (hay.as_bytes(), needle.as_bytes());
    let (Some((&first, rest)), Some(last)) = (n.split_first(), h.len().checked_sub(n.len())) else {
        return false;
    };
    let (lower, upper) = (first.to_ascii_lowercase(), first.to_ascii_uppercase());
    let mut at = 0;
    // Compared whole only where the first byte matches: most positions fail there.
    while let Some(skip) = byte_position(&h[at..=last], lower, upper) {
        at += skip;
        if h[at + 1..at + n.len()].eq_ignore_ascii_case(rest) {
            return true;
        }
        at += 1;
        if at > last {
            break;
        }
    }
    false
}

/// `hay.replace(from, to)` for a non-empty `from`: every match, left to right, without
/// overlaps.
pub fn replace(hay: &str, from: &str, to: &str) -> String {
    let mut out = String::with_capacity(hay.len());
    let mut rest = hay;
    while let Some(at) = find(rest, from).filter(|_| !from.is_empty()) {
        out.push_str(&rest[..at]);
        out.push_str(to);
        rest = &rest[at + from.len()..];
    }
    out.push_str(rest);
    out
}
