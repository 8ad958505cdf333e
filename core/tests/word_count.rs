//! `timing::word_count` counts words as `str::split_whitespace` does.

use askwell_core::timing::word_count;

#[test]
fn words_are_counted_as_split_whitespace_counts_them() {
    // Unicode spaces (no-break, em, next line), ASCII's vertical tab, letters of two to
    // four bytes, in random order.
    let parts = [
        " ", "\t", "\n", "\u{b}", "\u{a0}", "\u{2003}", "\u{85}", "\u{3000}",
    ];
    let letters = ["a", "é", "ß", "\u{2019}", "\u{1f600}", "-", "x"];
    let mut seed = 7u64;
    for _ in 0..20_000 {
        let mut text = String::new();
        for _ in 0..seed % 23 {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            let pick = (seed >> 33) as usize;
            text.push_str(match pick % 3 {
                0 => parts[pick / 3 % parts.len()],
                _ => letters[pick / 3 % letters.len()],
            });
        }
        assert_eq!(
            word_count(&text),
            text.split_whitespace().count(),
            "{text:?}"
        );
    }
}
