//! The editor of custom personas: its reducer (round trips through the form, undo, limits),
//! the blank it starts from, the shared check at each field, and the completeness meter.

mod custom;

use askwell_core::content::bundled;
use askwell_core::custom::{
    blank, check, completeness, custom_id_for, from_file, is_ready, to_file, Coverage, Draft, Edit,
    Field, LineKind, ProfileField, Severity,
};
use askwell_core::persona::Reveal;
use askwell_core::{Persona, Topic};

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
fn completeness_follows_the_rules() {
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
