//! The plan's introduction drafted from About me.

use askwell_core::prepare::{check_introduction, draft_introduction, AboutMe};

#[test]
fn a_first_introduction_is_drafted_from_about_me() {
    let me = |name: &str, summary: &str, exploring: &str| AboutMe {
        name: name.into(),
        summary: summary.into(),
        exploring: exploring.into(),
    };
    let jo = me(
        "Jo",
        "a second-year biology student at Leeds.",
        "careers in science policy",
    );
    let intro = draft_introduction(&jo, "Policy analyst", "the Wellcome Trust").unwrap();
    assert_eq!(
        intro,
        "I'm Jo, a second-year biology student at Leeds, and I'm exploring careers in science \
         policy. I asked to talk with you because I'd love to hear how you found your way into \
         your work as a policy analyst at the Wellcome Trust, and what it is like day to day."
    );
    // It passes the check it is drafted for.
    assert!(check_introduction(&intro).passed, "{intro}");
    // A summary written as a sentence is kept; unknown role and organization stay general.
    let sentence = me("", "I study nursing in Glasgow", "");
    let intro = draft_introduction(&sentence, "", "").unwrap();
    assert!(
        intro.starts_with("I study nursing in Glasgow. I asked"),
        "{intro}"
    );
    assert!(intro.contains("into your work, and"), "{intro}");
    assert!(check_introduction(&intro).passed, "{intro}");
    // Only what one is exploring, with or without a name.
    let only = draft_introduction(&me("", "", "careers in UX"), "", "Acme").unwrap();
    assert!(
        only.starts_with("I'm exploring careers in UX. I asked"),
        "{only}"
    );
    let named = draft_introduction(&me("Jo", "", "careers in UX"), "", "").unwrap();
    assert!(
        named.starts_with("I'm Jo, and I'm exploring careers in UX."),
        "{named}"
    );
    // Nothing to say who you are or what you explore: nothing drafted.
    assert_eq!(draft_introduction(&me("Jo", " ", ""), "Nurse", ""), None);
}
