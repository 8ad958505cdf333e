//! Every shipped persona parses, passes the authoring check, and covers every canonical topic.

use askwell_core::authoring::{check_library, parse_persona};
use askwell_core::content::{bundled, PERSONA_SOURCES};
use askwell_core::{Temperament, Topic};

#[test]
fn every_persona_file_passes_the_check() {
    let parsed: Vec<_> = PERSONA_SOURCES
        .iter()
        .map(|(name, src)| (name.to_string(), parse_persona(src)))
        .collect();
    let problems = check_library(&parsed);
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn six_personas_with_every_topic_and_every_temperament() {
    let personas = bundled();
    assert_eq!(personas.len(), 6);
    for p in &personas {
        for t in Topic::all() {
            let script = p
                .script(t)
                .unwrap_or_else(|| panic!("{} lacks {}", p.id, t.id()));
            assert!(script.answers.len() >= 2, "{} {}", p.id, t.id());
        }
        assert!(p.nuggets.len() >= 6, "{}", p.id);
        let file = format!("{}.toml", p.id);
        assert!(
            PERSONA_SOURCES.iter().any(|(n, _)| *n == file),
            "id matches file name"
        );
    }
    for t in [
        Temperament::Warm,
        Temperament::Busy,
        Temperament::Rambling,
        Temperament::Guarded,
    ] {
        assert!(personas.iter().any(|p| p.temperament == t), "{t:?}");
    }
}

/// The answer after a repeat lead-in keeps its capital ("Depends on the week."), so a
/// lead-in ends a clause: "Like I said a minute ago: Depends..." reads right, "..., Depends"
/// does not (found by a walk-through).
#[test]
fn repeat_lead_ins_end_a_clause() {
    for p in bundled() {
        for line in &p.lines.repeat {
            assert!(
                line.trim_end().ends_with([':', '.', '!', '?', '\u{2014}']),
                "{}: {line:?}",
                p.id
            );
        }
    }
}

#[test]
fn the_check_reports_what_is_wrong() {
    let mut p = bundled().remove(0);
    p.topics.retain(|t| t.topic != Topic::Trends);
    p.nuggets[0].reveal = askwell_core::persona::Reveal::Keywords;
    p.nuggets[0].keywords.clear();
    let first = p.topics[0].answers[0].clone();
    p.topics[1].answers.push(first);
    let problems = askwell_core::authoring::check_persona(&p).join("\n");
    assert!(
        problems.contains("topic `future.trends`: Add at least one answer"),
        "{problems}"
    );
    assert!(problems.contains("can never come out"), "{problems}");
    assert!(
        problems.contains("given word for word elsewhere"),
        "{problems}"
    );
}

#[test]
fn a_newer_format_version_is_refused_clearly() {
    let src = PERSONA_SOURCES[0]
        .1
        .replacen("format_version = 1", "format_version = 2", 1);
    let err = parse_persona(&src).unwrap_err();
    assert!(err.contains("format_version 2 is not supported"), "{err}");
}

/// The browser reads the shipped scripts with the small JSON reader, not serde: both must
/// agree on every bundled persona, written compact (as shipped) and pretty.
#[test]
fn the_small_reader_and_serde_agree_on_every_script() {
    use askwell_core::content::persona_from_json;
    for p in bundled() {
        for text in [
            serde_json::to_string(&p).unwrap(),
            serde_json::to_string_pretty(&p).unwrap(),
        ] {
            assert_eq!(persona_from_json(&text).as_ref(), Ok(&p), "{}", p.id);
        }
    }
}

#[test]
fn a_damaged_script_says_what_is_wrong() {
    use askwell_core::content::persona_from_json;
    let good = serde_json::to_string(&bundled()[0]).unwrap();
    let cases = [
        (
            good.replacen("\"bio\"", "\"biography\"", 1),
            "unknown field `biography`",
        ),
        (
            good.replacen("\"age\":", "\"ages\":", 1),
            "unknown field `ages`",
        ),
        (
            good.replacen("\"present.", "\"present.x", 1),
            "unknown variant `present.x",
        ),
        (good[..good.len() / 2].to_string(), "at byte"),
        (format!("{good} x"), "unexpected text after the end"),
        (
            good.replacen("\"temperament\":\"", "\"temperament\":\"x", 1),
            "unknown variant `x",
        ),
    ];
    for (text, want) in cases {
        let err = persona_from_json(&text).unwrap_err();
        assert!(err.contains(want), "{want}: {err}");
    }
    let without_lines = {
        let mut v: serde_json::Value = serde_json::from_str(&good).unwrap();
        v.as_object_mut().unwrap().remove("lines");
        v.to_string()
    };
    assert!(persona_from_json(&without_lines)
        .unwrap_err()
        .contains("missing field `lines`"));
}
