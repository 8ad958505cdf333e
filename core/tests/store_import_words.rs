//! What the Data page says about a file it cannot import: the file named, in plain words,
//! with the technical reason kept for "Details" when the file is not an export or damaged.

use askwell_core::store::{parse_import, ImportError};

fn said(text: &str, file: &str) -> (String, Option<String>) {
    parse_import(text).unwrap_err().for_file(file)
}

#[test]
fn a_file_that_is_not_an_export_is_named_and_its_reason_kept_for_details() {
    // The designer's file: JSON cut off in its first line.
    let (plain, detail) = said("{\"this is\": not valid json\n", "bad.json");
    assert_eq!(
        plain,
        "'bad.json' isn't an Askwell export (it may be damaged). Nothing was changed."
    );
    let detail = detail.expect("the technical reason, behind Details");
    assert!(
        detail.contains("not valid JSON (line 1, column"),
        "{detail}"
    );
    // The plain part never carries the developer's words.
    assert!(
        !plain.contains("JSON") && !plain.contains("line 1"),
        "{plain}"
    );

    // Valid JSON that is not an export, and a damaged export, are said the same way.
    for text in ["{}", "[1, 2]", "{\"format\": \"askwell-export\"}"] {
        let (plain, detail) = said(text, "notes.json");
        assert!(
            plain.starts_with("'notes.json' isn't an Askwell export"),
            "{text}: {plain}"
        );
        assert!(plain.ends_with("Nothing was changed."), "{plain}");
        assert!(detail.is_some(), "{text}");
    }
}

#[test]
fn a_reason_the_user_can_act_on_stays_in_view() {
    // Empty, cut off, newer: the sentence itself says what to do, so nothing is folded.
    let (plain, detail) = said("", "empty.json");
    assert_eq!(
        plain,
        "'empty.json' wasn't imported. This file is empty, so there is nothing to import. Nothing was changed."
    );
    assert_eq!(detail, None);
    let (plain, detail) = ImportError::Newer(99).for_file("new.json");
    assert!(plain.contains("made by a newer Askwell (schema 99). Update Askwell"));
    assert!(plain.ends_with("Nothing was changed."));
    assert_eq!(detail, None);
    assert!(!ImportError::ChecksumMismatch.is_damage());
    assert!(ImportError::NotAskwell.is_damage());
}
