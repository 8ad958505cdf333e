//! The hand writer (`json::Writer`, and each stored type's `Stored::write`) against serde's
//! derived writers, on random people, plans, logs, figures and JSON trees: the text must be
//! byte for byte the same, so records look alike whichever build wrote them. Sessions and
//! the index are checked the same way in `store_props.rs`.

mod common;

use askwell_core::json::Writer;
use askwell_core::prepare::{
    AboutMe, Circle, ConversationLog, EmailDraft, Logs, OutcomeNotes, People, Person,
    PersonDetails, PlanFor, Plans, QuestionPlan, ReferredBy, Stage, StageReached,
};
use askwell_core::sorted_map::SortedMap;
use askwell_core::store::{
    decode_record, encode_with_revision, Envelope, Figures, FiguresCache, Stored, SCHEMA_VERSION,
};
use askwell_core::Topic;
use proptest::collection::{btree_map, vec};
use proptest::num::f64 as pf64;
use proptest::option;
use proptest::prelude::*;
use proptest::sample::select;
use serde_json::Value;
use std::collections::BTreeMap;

fn text(max: usize) -> impl Strategy<Value = String> {
    prop_oneof![
        vec(any::<char>(), 0..max).prop_map(|v| v.into_iter().collect::<String>()),
        vec(
            select(&b"aZ09 .,?!\"\\/\n\r\t\x08\x0c\x01\x1f\x7f'{}"[..]),
            0..max
        )
        .prop_map(|v| v.into_iter().map(char::from).collect::<String>()),
    ]
}

fn time() -> BoxedStrategy<f64> {
    let finite = pf64::POSITIVE | pf64::NEGATIVE | pf64::NORMAL | pf64::SUBNORMAL | pf64::ZERO;
    let ms = (0u64..(1 << 53)).prop_map(|n| n as f64);
    prop_oneof![finite, ms].boxed()
}

fn email() -> impl Strategy<Value = EmailDraft> {
    (text(20), text(60)).prop_map(|(subject, body)| EmailDraft { subject, body })
}

fn person() -> impl Strategy<Value = Person> {
    let details =
        (vec(text(16), 7), select(Circle::ALL.to_vec())).prop_map(|(t, circle)| PersonDetails {
            name: t[0].clone(),
            role: t[1].clone(),
            organization: t[2].clone(),
            field: t[3].clone(),
            email: t[4].clone(),
            how_found: t[5].clone(),
            circle,
            notes: t[6].clone(),
        });
    let referred = option::of(prop_oneof![
        text(10).prop_map(|person_id| ReferredBy::Person { person_id }),
        (text(10), text(10), text(10)).prop_map(|(a, b, c)| ReferredBy::Practice {
            session_id: a,
            nugget_id: b,
            persona_name: c,
        }),
    ]);
    let stage = (select(Stage::ALL.to_vec()), time())
        .prop_map(|(stage, at_ms)| StageReached { stage, at_ms });
    (
        (text(10), details, referred, time()),
        (vec(stage, 0..4), option::of(email())),
        (option::of(time()), option::of(time()), option::of(time())),
    )
        .prop_map(
            |((id, details, referred_by, added_at_ms), (stages, outreach), t)| Person {
                id,
                details,
                referred_by,
                added_at_ms,
                stages,
                outreach,
                followed_up_at_ms: t.0,
                told_referrer_at_ms: t.1,
                talk_at_ms: t.2,
            },
        )
}

fn people() -> impl Strategy<Value = People> {
    ((text(10), text(30), text(30)), vec(person(), 0..4)).prop_map(|((n, s, e), people)| People {
        me: AboutMe {
            name: n,
            summary: s,
            exploring: e,
        },
        people,
    })
}

fn plans() -> impl Strategy<Value = Plans> {
    let for_whom = prop_oneof![
        text(8).prop_map(PlanFor::Person),
        text(8).prop_map(PlanFor::Persona)
    ];
    let plan = (
        text(8),
        for_whom,
        any::<u32>(),
        text(40),
        vec(text(30), 0..5),
    )
        .prop_map(
            |(id, for_whom, minutes, introduction, questions)| QuestionPlan {
                id,
                for_whom,
                minutes,
                introduction,
                questions,
            },
        );
    vec(plan, 0..4).prop_map(|plans| Plans { plans })
}

fn logs() -> impl Strategy<Value = Logs> {
    let log = (
        (text(8), text(8), time(), any::<u32>()),
        vec(text(20), 5),
        option::of(email()),
    )
        .prop_map(
            |((id, person_id, at_ms, minutes), n, thank_you)| ConversationLog {
                id,
                person_id,
                at_ms,
                minutes,
                notes: OutcomeNotes {
                    work: n[0].clone(),
                    path: n[1].clone(),
                    future: n[2].clone(),
                    contacts: n[3].clone(),
                    organizations: n[4].clone(),
                },
                thank_you,
            },
        );
    vec(log, 0..4).prop_map(|logs| Logs { logs })
}

fn figures() -> impl Strategy<Value = FiguresCache> {
    let one = (any::<u8>(), time(), any::<u32>(), any::<u32>()).prop_map(|(s, t, q, v)| Figures {
        score: s,
        timing_accuracy: t,
        questions: q,
        review_version: v,
    });
    vec((text(12), one), 0..5).prop_map(|all| {
        let mut cache = FiguresCache::default();
        for (id, f) in all {
            cache.sessions.insert(id, f);
        }
        cache
    })
}

/// Any JSON tree serde_json can hold: numbers of each of its three kinds.
fn value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<u64>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        time().prop_map(Value::from),
        text(12).prop_map(Value::String),
    ];
    leaf.prop_recursive(4, 40, 6, |inner| {
        prop_oneof![
            vec(inner.clone(), 0..6).prop_map(Value::Array),
            btree_map(text(8), inner, 0..6).prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

/// Hand-written equals serde-written, and reads back to the same data.
fn same_as_serde<T>(data: T, revision: u64)
where
    T: Stored + serde::Serialize + PartialEq + std::fmt::Debug,
{
    let by_hand = encode_with_revision(&data, revision).unwrap();
    let by_serde = serde_json::to_string(&Envelope {
        version: SCHEMA_VERSION,
        revision,
        data: &data,
    })
    .unwrap();
    assert_eq!(by_hand, by_serde);
    assert_eq!(decode_record::<T>(&by_hand).unwrap().data, data);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn people_write_as_serde_did(p in people(), revision in any::<u64>()) {
        same_as_serde(p, revision);
    }

    #[test]
    fn plans_write_as_serde_did(p in plans(), revision in any::<u64>()) {
        same_as_serde(p, revision);
    }

    #[test]
    fn logs_write_as_serde_did(l in logs(), revision in any::<u64>()) {
        same_as_serde(l, revision);
    }

    #[test]
    fn figures_write_as_serde_did(f in figures(), revision in any::<u64>()) {
        same_as_serde(f, revision);
    }

    #[test]
    fn sorted_maps_store_as_btree_maps_did(
        entries in vec((select(Topic::ALL), any::<u32>()), 0..12),
    ) {
        let sorted: SortedMap<Topic, u32> = entries.iter().copied().collect();
        let tree: BTreeMap<Topic, u32> = entries.iter().copied().collect();
        let text = serde_json::to_string(&tree).unwrap();
        prop_assert_eq!(serde_json::to_string(&sorted).unwrap(), text.clone());
        prop_assert!(sorted.iter().map(|(k, v)| (*k, *v)).eq(tree.clone()));
        // Repeated keys: the last one wins in both.
        let repeated = format!("{{{}}}", entries.iter().map(|(t, n)| format!("\"{}\":{n}", t.id())).collect::<Vec<_>>().join(","));
        let back: SortedMap<Topic, u32> = serde_json::from_str(&repeated).unwrap();
        let back_tree: BTreeMap<Topic, u32> = serde_json::from_str(&repeated).unwrap();
        prop_assert!(back.iter().map(|(k, v)| (*k, *v)).eq(back_tree));
    }

    #[test]
    fn trees_write_as_serde_did(v in value()) {
        let mut w = Writer::new();
        w.tree(&common::tree_of(&v));
        prop_assert_eq!(w.finish(), v.to_string());
    }
}

#[test]
fn floats_that_json_cannot_carry_are_null_as_in_serde() {
    for x in [f64::NAN, f64::INFINITY, f64::NEG_INFINITY] {
        let mut w = Writer::new();
        w.f64(x);
        assert_eq!(w.finish(), serde_json::to_string(&x).unwrap());
    }
}

#[test]
fn every_control_character_is_escaped_as_in_serde() {
    let all: String = (0u8..0x80)
        .map(char::from)
        .chain(['é', '\u{2028}', '😀'])
        .collect();
    let mut w = Writer::new();
    w.string(&all);
    assert_eq!(w.finish(), serde_json::to_string(&all).unwrap());
}
