//! Custom personas: the shared check, the share file (valid, incomplete and hostile files),
//! round trips through the file and the editor's reducer, undo, and the completeness meter.

mod custom;

use askwell_core::content::bundled;
use askwell_core::custom::{
    blank, check, completeness, copy_of, custom_id_for, from_file, is_ready, new_id, to_file,
    Coverage, Draft, Edit, Field, FileError, LineKind, ProfileField, Severity, MAX_FILE_BYTES,
};
use askwell_core::persona::Reveal;
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

/// Every edit the editor can send, each with the value the persona already holds.
fn edits_that_change_nothing(p: &Persona) -> Vec<Edit> {
    let mut edits: Vec<Edit> = ProfileField::ALL
        .iter()
        .map(|&field| Edit::Profile {
            field,
            value: field.get(p).clone(),
        })
        .collect();
    edits.push(Edit::Temperament(p.temperament));
    edits.push(Edit::Age(p.age));
    edits.push(Edit::Greeting(p.greeting.clone()));
    for s in &p.topics {
        edits.push(Edit::Answers {
            topic: s.topic,
            answers: s.answers.clone(),
        });
        edits.push(Edit::FollowUps {
            topic: s.topic,
            follow_ups: s.follow_ups.clone(),
        });
    }
    for (index, nugget) in p.nuggets.iter().enumerate() {
        edits.push(Edit::Nugget {
            index,
            nugget: nugget.clone(),
        });
    }
    for v in &p.vocabulary {
        edits.push(Edit::Vocabulary {
            topic: v.topic,
            phrases: v.phrases.clone(),
        });
    }
    for kind in LineKind::ALL {
        edits.push(Edit::Lines {
            kind,
            lines: kind.of(&p.lines).clone(),
        });
    }
    edits
}

#[test]
fn toml_to_file_to_form_to_file_gives_the_same_file() {
    for shipped in bundled() {
        let file = to_file(&Persona {
            id: custom_id_for(&shipped.id),
            ..shipped
        });
        let mut form = Draft::new(from_file(&file).unwrap());
        for edit in edits_that_change_nothing(&form.persona.clone()) {
            form.apply(edit).unwrap();
        }
        assert!(!form.can_undo(), "nothing changed, so nothing to undo");
        assert_eq!(to_file(&form.persona), file);
    }
}

#[test]
fn undo_reverts_a_typed_paragraph_not_one_letter() {
    let mut d = Draft::new(custom::minimal());
    let bio_before = d.persona.bio.clone();
    let paragraph = " She also teaches a summer course.";
    let mut typed = bio_before.clone();
    for c in paragraph.chars() {
        typed.push(c);
        d.apply(Edit::Profile {
            field: ProfileField::Bio,
            value: typed.clone(),
        })
        .unwrap();
    }
    assert!(d.can_undo());
    assert!(d.undo());
    assert_eq!(d.persona.bio, bio_before);
    assert!(!d.undo() && !d.can_undo());

    // Another field in between starts a new step: undo reverts only the last field.
    d.apply(Edit::Profile {
        field: ProfileField::Name,
        value: "Ines M.".into(),
    })
    .unwrap();
    d.apply(Edit::Age(38)).unwrap();
    d.apply(Edit::Age(39)).unwrap();
    assert!(d.undo());
    assert_eq!((d.persona.name.as_str(), d.persona.age), ("Ines M.", 0));
    // Adding two details is two steps.
    d.apply(Edit::AddNugget).unwrap();
    d.apply(Edit::AddNugget).unwrap();
    assert!(d.undo());
    assert_eq!(d.persona.nuggets.len(), 1);
    assert_ne!(d.persona.nuggets[0].id, "");
}

#[test]
fn over_limit_edits_are_refused_with_a_sentence_and_change_nothing() {
    let mut d = Draft::new(custom::minimal());
    let before = d.clone();
    for edit in [
        Edit::Profile {
            field: ProfileField::Name,
            value: "n".repeat(201),
        },
        Edit::Answers {
            topic: Topic::Path,
            answers: vec!["a".repeat(4_001)],
        },
        Edit::Greeting(vec!["Hi.".into(); 31]),
        Edit::RemoveNugget(3),
        Edit::Age(500),
    ] {
        let why = d.apply(edit).unwrap_err();
        assert!(why.ends_with('.') && !why.contains('`'), "{why}");
    }
    assert_eq!(d, before);
}

#[test]
fn the_blank_needs_only_the_fields_own_words() {
    let b = blank("my-new-abcd".into());
    let problems = check(&b);
    let needed: Vec<Field> = problems
        .iter()
        .filter(|p| p.severity == Severity::Needed)
        .map(|p| p.field)
        .collect();
    for f in [
        Field::Name,
        Field::Pronouns,
        Field::Role,
        Field::Organization,
    ] {
        assert!(needed.contains(&f), "{f:?}");
    }
    // Special topics and every line list come filled in.
    for t in [Topic::SmallTalk, Topic::JobAsk, Topic::None, Topic::Thanks] {
        assert!(!needed.contains(&Field::Topic(t)), "{t:?}");
    }
    assert!(needed.contains(&Field::Topic(Topic::TypicalDay)));
    assert!(!needed.iter().any(|f| matches!(f, Field::Line(_))));
    // The defaults are the engine's to use: clarify lines hold both slots.
    assert!(b
        .lines
        .clarify
        .iter()
        .all(|c| c.contains("{a}") && c.contains("{b}")));
    assert!(is_ready(&custom::minimal()));
}

#[test]
fn completeness_follows_the_rules_and_is_cheap() {
    let c = completeness(&blank("my-x-1".into()));
    assert!(!c.ready && c.needed > 0);
    let state = |c: &askwell_core::custom::Completeness, t: Topic| {
        c.topics.iter().find(|s| s.topic == t).unwrap().state
    };
    assert_eq!(state(&c, Topic::TypicalDay), Coverage::Missing);
    assert_eq!(state(&c, Topic::Thanks), Coverage::Done);

    let c = completeness(&custom::minimal());
    assert!(c.ready && c.needed == 0 && c.suggested > 0);
    assert_eq!(state(&c, Topic::TypicalDay), Coverage::One);
    assert_eq!(c.topics.len(), Topic::ALL.len());

    let biggest = bundled()
        .into_iter()
        .max_by_key(|p| to_file(p).len())
        .unwrap();
    let c = completeness(&biggest);
    assert_eq!((c.ready, c.needed, c.suggested), (true, 0, 0));
    assert_eq!(c.counts(), (0, 0, Topic::ALL.len()));
    let runs = 200;
    let start = std::time::Instant::now();
    for _ in 0..runs {
        std::hint::black_box(completeness(std::hint::black_box(&biggest)));
    }
    let each_us = start.elapsed().as_secs_f64() * 1e6 / runs as f64;
    println!(
        "completeness of {} ({} bytes): {each_us:.0} µs",
        biggest.id,
        to_file(&biggest).len()
    );
    if !cfg!(debug_assertions) {
        assert!(each_us < 1_000.0, "{each_us} µs");
    }
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
fn unreachable_details_and_shipped_rules_are_reported_at_their_field() {
    let mut p = custom::minimal();
    let mut d = Draft::new(p.clone());
    d.apply(Edit::AddNugget).unwrap();
    let mut n = d.persona.nuggets[0].clone();
    n.reveal = Reveal::FollowUp;
    n.text = "Ask Tom at the harbour office about summer placements.".into();
    d.apply(Edit::Nugget {
        index: 0,
        nugget: n,
    })
    .unwrap();
    let problems = check(&d.persona);
    let at = problems
        .iter()
        .find(|x| x.field == Field::Nugget(0))
        .unwrap();
    assert_eq!(at.severity, Severity::Needed);
    assert!(at.message.contains("can never come out"), "{}", at.message);

    // The shipped bar (askwell check) also refuses `my-` ids and every suggestion.
    p.id = "maya".into();
    let shipped = askwell_core::authoring::check_persona(&p);
    assert!(shipped
        .iter()
        .any(|m| m.starts_with("topic `present.typical_day`:")));
    p.id = "my-maya".into();
    let shipped = askwell_core::authoring::check_persona(&p);
    assert!(shipped
        .iter()
        .any(|m| m.contains("kept for the user's own personas")));
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
