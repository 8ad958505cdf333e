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
    (0..=last).find(|&i| h[i] == first && h[i + 1..i + n.len()] == *rest)
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
    let Some((&first, rest)) = n.split_first() else {
        return false;
    };
    let first = first.to_ascii_lowercase();
    // Compared whole only where the first byte matches: most positions fail there.
    h.windows(n.len())
        .any(|w| w[0].to_ascii_lowercase() == first && w[1..].eq_ignore_ascii_case(rest))
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
