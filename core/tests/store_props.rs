//! Property tests for every stored type and the export file: encode → decode is the
//! identity, export → import → export gives the same bytes, no input makes the import
//! parser panic, and any session the reducer produces is one import accepts.

mod common;
use askwell_core::conversation::{Memory, ReplyKind};
use askwell_core::flags::Flag;
use askwell_core::interview::{Action, ClockMode, Exchange, Interview, Status};
use askwell_core::store::{
    decode_record, encode_with_revision, export, may_overwrite, parse_import, plan_import,
    validate_session, Record, SessionIndex, SessionSummary, WriteCheck, SCHEMA_VERSION,
};
use askwell_core::timing::TimingPlan;
use askwell_core::{Segment, Topic};
use common::personas;
use proptest::collection::{btree_map, vec};
use proptest::num::f64 as pf64;
use proptest::option;
use proptest::prelude::*;
use proptest::sample::select;
use std::collections::BTreeMap;

fn text(max: usize) -> impl Strategy<Value = String> {
    prop_oneof![
        vec(any::<char>(), 0..max).prop_map(|v| v.into_iter().collect::<String>()),
        vec(select(&b"aZ09 .,?!\"\\/\n\t'{}[]:"[..]), 0..max)
            .prop_map(|v| v.into_iter().map(char::from).collect::<String>()),
    ]
}

fn safe_id() -> impl Strategy<Value = String> {
    let alphabet: Vec<char> = ('a'..='z')
        .chain('A'..='Z')
        .chain('0'..='9')
        .chain(['-', '_'])
        .collect();
    vec(select(alphabet), 1..=64).prop_map(|v| v.into_iter().collect::<String>())
}

/// Any finite float (what JSON can carry), or only non-negative ones.
fn float(non_negative: bool) -> BoxedStrategy<f64> {
    let any_finite = if non_negative {
        pf64::POSITIVE | pf64::NORMAL | pf64::SUBNORMAL | pf64::ZERO
    } else {
        pf64::POSITIVE | pf64::NEGATIVE | pf64::NORMAL | pf64::SUBNORMAL | pf64::ZERO
    };
    // Realistic clock values too: sums of 0.4 s steps print with long tails.
    let clock = (0u32..20_000).prop_map(|n| (0..n % 97).fold(n as f64 * 0.1, |t, _| t + 0.4));
    prop_oneof![any_finite, clock].boxed()
}

fn topic() -> impl Strategy<Value = Topic> {
    select(Topic::ALL)
}

fn exchange(importable: bool) -> impl Strategy<Value = Exchange> {
    let kinds = [
        ReplyKind::Answer,
        ReplyKind::FollowUp,
        ReplyKind::Clarify,
        ReplyKind::Rephrase,
        ReplyKind::Deflect,
    ];
    (
        (text(60), text(120), topic(), select(kinds.to_vec())),
        select(Segment::ALL.to_vec()),
        float(importable),
        float(importable),
        vec(text(20), 0..3),
        (
            vec(select(Flag::ALL.to_vec()), 0..4),
            vec(text(12), 0..2),
            vec(topic(), 0..3),
        ),
    )
        .prop_map(
            |(
                (question, reply, topic, kind),
                segment,
                start_s,
                end_s,
                nuggets,
                (flags, job_words, also),
            )| Exchange {
                question,
                reply,
                topic,
                kind,
                segment,
                start_s,
                end_s,
                nuggets,
                flags,
                job_words,
                also,
            },
        )
}

fn memory() -> impl Strategy<Value = Memory> {
    (
        btree_map(topic(), any::<u32>(), 0..5),
        btree_map(topic(), any::<u32>(), 0..3),
        option::of(topic()),
        option::of((topic(), topic())),
        vec(text(20), 0..3),
        any::<(u32, i32, bool, bool, u32, u32)>(),
        btree_map(topic(), any::<u32>(), 0..3),
        (btree_map(topic(), any::<u32>(), 0..3), any::<u32>()),
    )
        .prop_map(
            |(answers, follow_ups, last, pending, revealed, n, variants, (picked, told))| Memory {
                answers_given: answers.into_iter().collect(),
                follow_ups_given: follow_ups.into_iter().collect(),
                last_topic: last,
                pending,
                misses: n.0,
                revealed,
                trust: n.1,
                time_checked: n.2,
                wrapped_up: n.3,
                line_turn: n.4,
                answers_since_tangent: n.5,
                variants_given: variants.into_iter().collect(),
                follow_ups_picked: picked.into_iter().collect(),
                tangents_told: told,
            },
        )
}

fn clock() -> impl Strategy<Value = ClockMode> {
    select(vec![ClockMode::Real, ClockMode::Simulated])
}

fn status() -> impl Strategy<Value = Status> {
    select(vec![Status::Active, Status::Ended, Status::EndedByPersona])
}

/// Any storable session, or (`importable`) one that passes the import checks.
fn interview(importable: bool) -> BoxedStrategy<Interview> {
    let id = if importable {
        safe_id().boxed()
    } else {
        text(30).boxed()
    };
    let question_plan = option::of(id.clone());
    let plan = if importable {
        (1u32..=600).prop_map(TimingPlan::for_minutes).boxed()
    } else {
        any::<(u32, [u32; 6])>()
            .prop_map(|(minutes, seconds)| TimingPlan { minutes, seconds })
            .boxed()
    };
    (
        (id.clone(), id, plan, clock(), status(), question_plan),
        (float(importable), float(importable), float(importable)),
        option::of(float(importable)),
        text(80),
        vec(exchange(importable), 0..6),
        memory(),
    )
        .prop_map(
            |(
                (id, persona_id, plan, clock, status, question_plan),
                t,
                paused_at_s,
                greeting,
                exchanges,
                memory,
            )| {
                Interview {
                    id,
                    persona_id,
                    plan,
                    clock,
                    started_at_ms: t.0,
                    greeting,
                    exchanges,
                    elapsed_s: t.1,
                    status,
                    memory,
                    paused_total_s: t.2,
                    paused_at_s,
                    question_plan,
                }
            },
        )
        .boxed()
}

fn summary() -> impl Strategy<Value = SessionSummary> {
    (
        (text(30), text(30), text(40)),
        (float(false), any::<u32>(), float(false), any::<u32>()),
        clock(),
        status(),
    )
        .prop_map(
            |((id, persona_id, persona_name), n, clock, status)| SessionSummary {
                id,
                persona_id,
                persona_name,
                started_at_ms: n.0,
                planned_minutes: n.1,
                actual_s: n.2,
                questions: n.3,
                clock,
                status,
            },
        )
}

/// Importable sessions with unique ids.
fn sessions() -> impl Strategy<Value = Vec<Interview>> {
    vec(interview(true), 0..6).prop_map(|v| {
        let unique: BTreeMap<String, Interview> =
            v.into_iter().map(|s| (s.id.clone(), s)).collect();
        unique.into_values().rev().collect()
    })
}

/// A record as serde's derived writer writes it.
fn by_serde<T: serde::Serialize>(data: &T, revision: u64) -> String {
    let data = serde_json::to_string(data).unwrap();
    format!("{{\"version\":{SCHEMA_VERSION},\"revision\":{revision},\"data\":{data}}}")
}

fn round_trip<T>(data: T, revision: u64)
where
    T: serde::Serialize + askwell_core::store::Stored + PartialEq + std::fmt::Debug,
{
    let raw = encode_with_revision(&data, revision).unwrap();
    // Written by hand, byte for byte as serde's derived writer wrote it.
    assert_eq!(raw, by_serde(&data, revision));
    let back = decode_record::<T>(&raw).expect("decodes");
    assert_eq!(
        back,
        Record {
            data,
            revision,
            stored_version: SCHEMA_VERSION
        }
    );
}

/// The same for parts of records, which are never stored alone: serde both ways.
fn part_round_trip<T>(data: T, revision: u64)
where
    T: serde::Serialize + serde::de::DeserializeOwned + PartialEq + std::fmt::Debug,
{
    let raw = by_serde(&data, revision);
    let back: askwell_core::store::Envelope<T> = serde_json::from_str(&raw).expect("decodes");
    assert_eq!((back.data, back.revision), (data, revision));
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn interviews_round_trip(s in interview(false), revision in any::<u64>()) {
        round_trip(s, revision);
    }

    #[test]
    fn exchanges_round_trip(e in exchange(false)) {
        part_round_trip(e, 1);
    }

    #[test]
    fn summaries_round_trip(s in summary(), revision in any::<u64>()) {
        part_round_trip(s, revision);
    }

    #[test]
    fn indexes_round_trip(v in vec(summary(), 0..8), revision in any::<u64>()) {
        let mut index = SessionIndex::default();
        for s in v {
            index.upsert(s);
        }
        round_trip(index, revision);
    }

    #[test]
    fn v1_records_migrate_to_revision_0(s in interview(false)) {
        let v1 = format!("{{\"version\":1,\"data\":{}}}", serde_json::to_string(&s).unwrap());
        let back = decode_record::<Interview>(&v1).unwrap();
        prop_assert_eq!((back.revision, back.stored_version), (0, 1));
        prop_assert_eq!(back.data, s);
    }

    #[test]
    fn stale_copies_are_refused(stored in any::<u64>(), mine in any::<u64>()) {
        let raw = encode_with_revision(&SessionIndex::default(), stored).unwrap();
        let expected = if stored > mine {
            WriteCheck::StaleCopy { stored_revision: stored }
        } else {
            WriteCheck::Ok
        };
        prop_assert_eq!(may_overwrite::<SessionIndex>(Some(&raw), mine), expected);
    }

    #[test]
    fn export_import_export_is_byte_identical(
        v in sessions(),
        app in text(20),
        at in 0u64..(1 << 53),
    ) {
        let first = export(&v, &app, at as f64).unwrap();
        let file = parse_import(&first).unwrap_or_else(|e| panic!("{e}\n{first}"));
        let mut sorted = v.clone();
        sorted.sort_by(|a, b| a.id.cmp(&b.id));
        prop_assert_eq!(&file.sessions, &sorted);
        prop_assert_eq!((file.app_version.as_str(), file.exported_at_ms, file.schema_version), (app.as_str(), at, askwell_core::store::SCHEMA_VERSION));
        let second = export(&file.sessions, &file.app_version, file.exported_at_ms as f64).unwrap();
        prop_assert_eq!(&first, &second);

        // Importing into a store holding the same sessions changes nothing.
        let plan = plan_import(|id| v.iter().find(|s| s.id == id).cloned(), &file);
        prop_assert!(plan.add.is_empty() && plan.replace.is_empty());
        prop_assert_eq!(plan.unchanged.len(), v.len());
        prop_assert_eq!(plan_import(|_| None, &file).add.len(), v.len());
    }

    #[test]
    fn the_import_parser_never_panics_on_any_text(s in text(400)) {
        let _ = parse_import(&s);
    }

    #[test]
    fn the_import_parser_never_panics_on_damaged_exports(
        v in sessions(),
        edits in vec((any::<prop::sample::Index>(), any::<u8>(), 0u8..3), 1..8),
    ) {
        let mut bytes = export(&v, "0.1.0", 1.0).unwrap().into_bytes();
        for (at, b, op) in edits {
            let i = at.index(bytes.len());
            match op {
                0 => bytes[i] = b,
                1 => bytes.insert(i, b),
                _ => { bytes.remove(i); }
            }
            if bytes.is_empty() { break; }
        }
        let text = String::from_utf8_lossy(&bytes);
        if let Ok(file) = parse_import(&text) {
            // Whatever is accepted is fully valid and exports canonically.
            let again = export(&file.sessions, &file.app_version, file.exported_at_ms as f64).unwrap();
            prop_assert_eq!(parse_import(&again).map(|f| f.sessions), Ok(file.sessions));
        }
    }
}

/// Any time a clock might report: set back (negative), broken (NaN, infinite), huge.
fn any_time() -> BoxedStrategy<f64> {
    prop_oneof![
        4 => 0.0..4000.0f64,
        1 => -1e7..0.0f64,
        1 => any::<f64>(),
        1 => select(vec![f64::NAN, f64::INFINITY, f64::NEG_INFINITY, -0.0, f64::MAX, 1e300]),
    ]
    .boxed()
}

fn action() -> impl Strategy<Value = Action> {
    let long = (1990usize..2010, any::<char>()).prop_map(|(n, c)| c.to_string().repeat(n));
    let question = prop_oneof![6 => text(80), 1 => long];
    prop_oneof![
        6 => (question, any_time()).prop_map(|(text, now_s)| Action::Ask { text, now_s }),
        1 => any_time().prop_map(|now_s| Action::Pause { now_s }),
        1 => any_time().prop_map(|now_s| Action::Resume { now_s }),
        1 => prop_oneof![0u32..30, Just(u32::MAX)].prop_map(|minutes| Action::Extend { minutes }),
        1 => any_time().prop_map(|now_s| Action::End { now_s }),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    #[test]
    fn every_session_the_reducer_makes_is_valid_and_imports(
        who in any::<prop::sample::Index>(),
        real in any::<bool>(),
        minutes in prop_oneof![Just(0u32), 1u32..200, Just(u32::MAX)],
        started in prop_oneof![0.0..2e12f64, any::<f64>()],
        actions in vec(action(), 0..24),
    ) {
        let (persona, matcher) = &personas()[who.index(personas().len())];
        let clock = if real { ClockMode::Real } else { ClockMode::Simulated };
        let mut i = Interview::new("s1714000000000", persona, minutes, clock, started);
        prop_assert_eq!(validate_session(&i), Ok(()));
        for a in actions {
            let _ = i.try_apply(persona, matcher, a.clone());
            prop_assert!(validate_session(&i).is_ok(), "after {:?}: {:?}", a, validate_session(&i));
        }
        let text = export(std::slice::from_ref(&i), "test", 1.0).unwrap();
        let file = parse_import(&text).unwrap_or_else(|e| panic!("{e}"));
        prop_assert_eq!(file.sessions, vec![i]);
    }
}
