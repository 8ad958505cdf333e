//! `askwell_core::substr` answers as the standard library's `&str` searches do.

use askwell_core::substr::{contains, find, replace, rfind};

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
