//! `askwell_core::substr` answers as the standard library's `&str` searches do.

use askwell_core::substr::{contains, contains_ignore_case, find, replace, rfind};

#[test]
fn answers_as_the_standard_library_does() {
    let texts = [
        "",
        "a",
        "and",
        "band and sand",
        "é and ü — and",
        "aaa",
        "x-r1-r2",
    ];
    let needles = ["", "a", "and", "aa", " and ", "—", "ü", "-r", "zz"];
    for h in texts {
        for n in needles {
            assert_eq!(find(h, n), h.find(n), "{h:?} {n:?}");
            assert_eq!(rfind(h, n), h.rfind(n), "{h:?} {n:?}");
            assert_eq!(contains(h, n), h.contains(n), "{h:?} {n:?}");
            if !n.is_empty() {
                assert_eq!(replace(h, n, "<>"), h.replace(n, "<>"), "{h:?} {n:?}");
            }
        }
    }
}

#[test]
fn random_texts_are_searched_as_the_standard_library_searches_them() {
    // A small alphabet, so that near misses (a first byte that matches, then not) are common.
    let letters = ["a", "b", "A", "é", " "];
    let mut seed = 11u64;
    let mut next = |n: u64| {
        seed = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (seed >> 33) % n
    };
    for _ in 0..20_000 {
        let (hay_len, needle_len) = (next(40), next(4));
        let mut text = |len: u64| {
            (0..len)
                .map(|_| letters[next(5) as usize])
                .collect::<String>()
        };
        let (h, n) = (text(hay_len), text(needle_len));
        assert_eq!(find(&h, &n), h.find(&n), "{h:?} {n:?}");
        assert_eq!(rfind(&h, &n), h.rfind(&n), "{h:?} {n:?}");
        let folded = h.to_ascii_lowercase().contains(&n.to_ascii_lowercase());
        assert_eq!(
            contains_ignore_case(&h, &n),
            folded && !n.is_empty(),
            "{h:?} {n:?}"
        );
    }
}
