//! Custom personas' share file: shipped personas round trip through it, valid, incomplete and
//! hostile files, markup kept as text, and the ids of new and copied personas. The editor is
//! tested in `custom_editor.rs`.

mod custom;

use askwell_core::content::bundled;
use askwell_core::custom::{
    check, copy_of, custom_id_for, draft_from_file, from_file, is_ready, new_id, to_file,
    FileError, MAX_FILE_BYTES,
};
use askwell_core::{Persona, Topic};
use serde_json::{json, Value};

fn as_value(p: &Persona) -> Value {
    serde_json::from_str(&to_file(p)).unwrap()
}

fn file_of(persona: Value) -> String {
    json!({"format": "askwell-persona", "format_version": 1, "persona": persona}).to_string()
}

#[test]
fn shipped_personas_meet_every_rule_and_round_trip_through_the_share_file() {
    for p in bundled() {
        assert_eq!(check(&p), vec![], "{}", p.id);
        let back = from_file(&to_file(&p)).unwrap();
        // A shipped persona's file comes back as the user's own.
        assert_eq!(back.id, format!("my-{}", p.id));
        assert_eq!(
            Persona {
                id: p.id.clone(),
                ..back.clone()
            },
            p
        );
        // And the file of the imported copy is stable.
        assert_eq!(from_file(&to_file(&back)).unwrap(), back);
    }
}

#[test]
fn a_word_listed_under_two_terms_is_named_case_aside() {
    let mut p = bundled().remove(0);
    let mut twin = p.terms[0].clone();
    twin.words = vec![p.terms[0].words[0].to_uppercase()];
    p.terms.push(twin);
    let problems = check(&p);
    assert!(
        problems.iter().any(|x| x.message.contains("two terms")),
        "{problems:?}"
    );
}

#[test]
fn a_valid_file_imports_and_an_incomplete_one_is_refused_with_its_problems() {
    let mine = custom::minimal();
    assert_eq!(from_file(&to_file(&mine)).unwrap(), mine);
    let with_bom = format!("\u{feff}{}", to_file(&mine));
    assert_eq!(from_file(&with_bom).unwrap(), mine);

    let mut half = mine.clone();
    half.name.clear();
    half.topics.retain(|s| s.topic != Topic::Trends);
    half.lines.clarify = vec!["Which one do you mean?".into()];
    let err = from_file(&to_file(&half)).unwrap_err();
    let FileError::NotReady(problems) = &err else {
        panic!("{err:?}")
    };
    assert_eq!(problems.len(), 3, "{problems:?}");
    let text = err.to_string();
    assert!(
        text.contains("not complete enough to practise with"),
        "{text}"
    );
    assert!(text.contains("Add a name."), "{text}");
    // The browser's import takes the same file as a draft, unchanged, to finish in the editor.
    assert_eq!(draft_from_file(&to_file(&half)).unwrap(), half);
    assert!(text.contains("“where the field is heading”"), "{text}");
    assert!(text.contains("{a} and {b}"), "{text}");
    // Plain words only: no field ids, no Rust debug output.
    for p in check(&half) {
        assert!(
            !p.message.contains('`') && !p.message.contains("Topic("),
            "{}",
            p.message
        );
        assert!(p.message.ends_with('.'), "{}", p.message);
    }
}

#[test]
fn hostile_files_are_refused_before_anything_is_kept() {
    let mine = custom::minimal();
    let good = as_value(&mine)["persona"].clone();
    let refused = |text: &str| from_file(text).unwrap_err();

    // Huge.
    let mut big = good.clone();
    big["bio"] = json!("x".repeat(MAX_FILE_BYTES));
    assert_eq!(refused(&file_of(big)), FileError::TooLarge);
    // Deep: past serde's own limit, and past a persona's shape.
    let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    assert_eq!(refused(&deep), FileError::NotJson);
    let mut nested = good.clone();
    nested["greeting"] = json!([[[[[[[[["hello"]]]]]]]]]);
    assert!(matches!(refused(&file_of(nested)), FileError::Invalid(_)));
    // Wrong types and unknown fields.
    for (key, value) in [
        ("age", json!("forty")),
        ("greeting", json!("hello")),
        ("topics", json!({"a": 1})),
        ("temperament", json!("grumpy")),
        ("nuggets", json!([{"id": 5}])),
    ] {
        let mut bad = good.clone();
        bad[key] = value;
        let err = refused(&file_of(bad));
        assert!(matches!(err, FileError::Invalid(_)), "{key}: {err:?}");
        assert!(!err.to_string().contains("expected"), "{err}");
    }
    let mut extra = good.clone();
    extra["script"] = json!("<script>alert(1)</script>");
    assert!(refused(&file_of(extra)).to_string().contains("“script”"));
    // Too long a text, too many items.
    let mut long = good.clone();
    long["topics"][3]["answers"][0] = json!("y".repeat(5_000));
    assert!(matches!(refused(&file_of(long)), FileError::Invalid(_)));
    let mut many = good.clone();
    many["greeting"] = json!(vec!["Hi."; 40]);
    assert!(matches!(refused(&file_of(many)), FileError::NotReady(_)));
    // Not a persona file at all, a newer one, a newer persona format.
    assert_eq!(refused("not json"), FileError::NotJson);
    assert_eq!(refused("[1,2]"), FileError::NotAPersonaFile);
    assert_eq!(
        refused(r#"{"format":"askwell-export","format_version":1}"#),
        FileError::NotAPersonaFile
    );
    let newer = json!({"format": "askwell-persona", "format_version": 2, "persona": {}});
    assert_eq!(refused(&newer.to_string()), FileError::Newer);
    assert!(FileError::Newer
        .to_string()
        .contains("made by a newer version of Askwell"));
    let mut newer_persona = good.clone();
    newer_persona["format_version"] = json!(7);
    assert_eq!(refused(&file_of(newer_persona)), FileError::Newer);
    // An id that is not safe to store under.
    let mut old = good.clone();
    old["age"] = json!(4_000);
    assert!(refused(&file_of(old)).to_string().contains("age up to 120"));
    let mut bad_id = good.clone();
    bad_id["id"] = json!("my-../../etc");
    assert!(matches!(refused(&file_of(bad_id)), FileError::NotReady(_)));
    // Every refusal reads as one plain sentence that says nothing was changed.
    for e in [
        FileError::TooLarge,
        FileError::NotJson,
        FileError::NotAPersonaFile,
    ] {
        assert!(e.to_string().contains("Nothing was changed"), "{e}");
    }
}

#[test]
fn markup_in_a_file_stays_text() {
    let mut mine = custom::minimal();
    mine.name = "<img src=x onerror=alert(1)> Ana".into();
    mine.topics[2].answers[0] = "<b>bold</b> & \"quoted\" </script>".into();
    let back = from_file(&to_file(&mine)).unwrap();
    assert_eq!(back.name, mine.name);
    assert_eq!(back.topics[2].answers[0], mine.topics[2].answers[0]);
}

#[test]
fn ids_of_new_and_copied_personas() {
    assert_eq!(new_id("Dr. Ana Lee", "K3X9"), "my-dr-ana-lee-k3x9");
    assert_eq!(new_id("  ", "k3x9"), "my-k3x9");
    assert_eq!(new_id("Zoë Ångström!!", "a1"), "my-zoe-angstrom-a1");
    assert_eq!(new_id("李 Wei", "a1"), "my-wei-a1");
    let long = new_id(&"word ".repeat(40), "k3x9");
    assert!(long.len() <= 64 && long.ends_with("-k3x9"), "{long}");
    assert_eq!(custom_id_for("maya-okafor"), "my-maya-okafor");
    assert_eq!(custom_id_for("my-own"), "my-own");

    let maya = bundled().remove(0);
    let copy = copy_of(&maya, new_id("Maya copy", "zz1"), "Maya copy".into());
    assert_eq!(
        (copy.id.as_str(), copy.name.as_str()),
        ("my-maya-copy-zz1", "Maya copy")
    );
    assert_eq!(copy.topics, maya.topics);
    assert!(is_ready(&copy));
}

#[test]
fn ids_in_any_script_are_cut_safely_and_refused_in_words() {
    // Cutting at the stored id length must never split a character (it used to panic).
    for id in [
        "é".repeat(31),
        "日本語".repeat(20),
        format!("a{}", "😀".repeat(40)),
    ] {
        let cut = custom_id_for(&id);
        assert!(cut.len() <= askwell_core::store::MAX_ID_LEN, "{cut}");
        assert!(cut.starts_with("my-"));
        let mine = custom::minimal();
        let mut value = as_value(&mine)["persona"].clone();
        value["id"] = json!(id);
        // Such an id is not a valid id: refused with a sentence, never a crash.
        match from_file(&file_of(value)) {
            Ok(p) => assert!(p.id.is_ascii(), "{}", p.id),
            Err(e) => assert!(!e.to_string().is_empty()),
        }
    }
}
