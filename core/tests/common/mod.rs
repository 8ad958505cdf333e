//! Sample records for the tests of the loop around the interview, built through the
//! reducers as the app would build them.
#![allow(dead_code)]

pub mod chat;
pub mod interviews;

use askwell_core::prepare::{
    AboutMe, Circle, ConversationLog, LogAction, Logs, OutcomeNotes, People, PeopleAction,
    PersonDetails, PlanAction, PlanFor, Plans, Prepared, ReferredBy, Stage,
};

/// 2024-04-25 09:00 UTC.
pub const T0: f64 = 1_714_035_600_000.0;
pub const HOUR: f64 = 3_600_000.0;
pub const DAY: f64 = 24.0 * HOUR;

pub fn me() -> AboutMe {
    AboutMe {
        name: "Alex Rivera".into(),
        summary: "a second-year biology student at Leeds".into(),
        exploring: "careers in science policy".into(),
    }
}

pub fn details(name: &str, role: &str, org: &str, circle: Circle) -> PersonDetails {
    PersonDetails {
        name: name.into(),
        role: role.into(),
        organization: org.into(),
        field: "science policy".into(),
        email: String::new(),
        how_found: String::new(),
        circle,
        notes: String::new(),
    }
}

/// Sam (known well) talked with the user and referred Dr. Priya Shah; Dr. Shah was asked;
/// a practice persona named Irene Castellanos; Jo is still to contact.
pub fn people() -> People {
    let mut p = People::default();
    let ok = |p: &mut People, a| assert!(p.apply(a).unwrap());
    ok(&mut p, PeopleAction::SetAboutMe(me()));
    ok(
        &mut p,
        PeopleAction::Add {
            id: "p-sam".into(),
            details: details(
                "Sam Lee",
                "policy analyst",
                "the Wellcome Trust",
                Circle::KnowWell,
            ),
            referred_by: None,
            at_ms: T0,
        },
    );
    for (stage, at) in [
        (Stage::Asked, T0 + DAY),
        (Stage::Scheduled, T0 + 2.0 * DAY),
        (Stage::Talked, T0 + 5.0 * DAY),
    ] {
        ok(
            &mut p,
            PeopleAction::MoveToStage {
                id: "p-sam".into(),
                stage,
                at_ms: at,
            },
        );
    }
    ok(
        &mut p,
        PeopleAction::AddReferral {
            id: "p-shah".into(),
            name: "Dr. Priya Shah".into(),
            note: "Runs the science policy fellowship".into(),
            from: ReferredBy::Person {
                person_id: "p-sam".into(),
            },
            at_ms: T0 + 5.0 * DAY + HOUR,
        },
    );
    ok(
        &mut p,
        PeopleAction::MoveToStage {
            id: "p-shah".into(),
            stage: Stage::Asked,
            at_ms: T0 + 6.0 * DAY,
        },
    );
    ok(
        &mut p,
        PeopleAction::AddReferral {
            id: "p-irene".into(),
            name: "Irene Castellanos".into(),
            note: String::new(),
            from: ReferredBy::Practice {
                session_id: "s-1714000000000-a1".into(),
                nugget_id: "contact-irene-castellanos".into(),
                persona_name: "Daniel Reyes".into(),
            },
            at_ms: T0 + 7.0 * DAY,
        },
    );
    ok(
        &mut p,
        PeopleAction::Add {
            id: "p-jo".into(),
            details: details("Jo Park", "", "", Circle::Acquaintance),
            referred_by: None,
            at_ms: T0 + 3.0 * DAY,
        },
    );
    p
}

pub fn log_with_sam() -> ConversationLog {
    ConversationLog {
        id: "l-sam-1".into(),
        person_id: "p-sam".into(),
        at_ms: T0 + 5.0 * DAY,
        minutes: 30,
        notes: OutcomeNotes {
            work: "Most of the week goes into briefing notes for the board. Deadlines bunch up in spring.".into(),
            path: "Did a PhD in immunology, then a parliamentary fellowship".into(),
            future: "More policy roles in funders as evidence reviews grow".into(),
            contacts: "Talk to Dr. Priya Shah about the fellowship".into(),
            organizations: "Join the Science Policy Network".into(),
        },
        thank_you: None,
    }
}

pub fn logs() -> Logs {
    let mut l = Logs::default();
    assert!(l.apply(LogAction::Save(log_with_sam())).unwrap());
    l
}

pub fn plans() -> Plans {
    let mut plans = Plans::default();
    let ok = |p: &mut Plans, a| assert!(p.apply(a).unwrap());
    ok(
        &mut plans,
        PlanAction::Create {
            id: "plan-sam".into(),
            for_whom: PlanFor::Person("p-sam".into()),
            minutes: 30,
        },
    );
    ok(&mut plans, PlanAction::SetIntroduction {
        id: "plan-sam".into(),
        text: "I'm a second-year biology student at Leeds, and I'm exploring careers in science policy. I asked to talk with you because your move from the lab into policy is the path I'm trying to understand.".into(),
    });
    for q in GOOD_QUESTIONS {
        ok(
            &mut plans,
            PlanAction::AddQuestion {
                id: "plan-sam".into(),
                text: q.to_string(),
            },
        );
    }
    ok(
        &mut plans,
        PlanAction::Create {
            id: "plan-maya".into(),
            for_whom: PlanFor::Persona("maya-okafor".into()),
            minutes: 20,
        },
    );
    plans
}

pub const GOOD_QUESTIONS: [&str; 6] = [
    "What does a typical week look like for you?",
    "How did you get into science policy?",
    "Where do you see the field heading in the next five years?",
    "Who else would you suggest I talk to?",
    "Which professional organizations have been most useful to you?",
    "What skills matter most in your role?",
];

pub fn prepared() -> Prepared {
    Prepared {
        people: people(),
        plans: plans(),
        logs: logs(),
    }
}

/// Every shipped persona with its matcher, built once per test binary.
pub fn personas() -> &'static [(askwell_core::Persona, askwell_core::understand::Matcher)] {
    use askwell_core::understand::Matcher;
    static ALL: std::sync::OnceLock<Vec<(askwell_core::Persona, Matcher)>> =
        std::sync::OnceLock::new();
    ALL.get_or_init(|| {
        askwell_core::content::bundled()
            .into_iter()
            .map(|p| {
                let m = Matcher::new(&p.vocabulary);
                (p, m)
            })
            .collect()
    })
}

/// A simulated practice of `minutes` with `persona`: each line asked in turn, then ended.
pub fn practise(
    persona: &askwell_core::Persona,
    minutes: u32,
    lines: &[&str],
) -> askwell_core::interview::Interview {
    use askwell_core::interview::{Action, ClockMode, Interview};
    let matcher = askwell_core::understand::Matcher::new(&persona.vocabulary);
    let mut i = Interview::new("t", persona, minutes, ClockMode::Simulated, 0.0);
    for q in lines {
        let text = (*q).into();
        i.apply(persona, &matcher, Action::Ask { text, now_s: 0.0 });
    }
    i.apply(persona, &matcher, Action::End { now_s: 0.0 });
    i
}

/// serde_json's tree as ours, node for node (numbers as serde_json writes them, keys in its
/// map's order), to check `json::Reader::tree` and `json::Writer::tree` against serde_json.
pub fn tree_of(value: &serde_json::Value) -> askwell_core::json::Tree {
    use askwell_core::json::Tree;
    use serde_json::Value;
    match value {
        Value::Null => Tree::Null,
        Value::Bool(b) => Tree::Bool(*b),
        Value::Number(n) => Tree::Number(n.to_string()),
        Value::String(s) => Tree::String(s.clone()),
        Value::Array(items) => Tree::List(items.iter().map(tree_of).collect()),
        Value::Object(map) => {
            Tree::Object(map.iter().map(|(k, v)| (k.clone(), tree_of(v))).collect())
        }
    }
}

/// A bundled persona by id.
pub fn bundled_persona(id: &str) -> askwell_core::Persona {
    askwell_core::content::bundled()
        .into_iter()
        .find(|p| p.id == id)
        .expect("the persona is bundled")
}

/// A 30-minute practice of `lines` with the bundled persona `id`, and its review.
pub fn practised(
    id: &str,
    lines: &[&str],
) -> (
    askwell_core::Persona,
    askwell_core::interview::Interview,
    askwell_core::coach::Review,
) {
    let p = bundled_persona(id);
    let i = practise(&p, 30, lines);
    let r = askwell_core::coach::review(&i, &p);
    (p, i, r)
}

/// A text's first sentence (to its full stop, exclamation or question mark) and the rest.
pub fn first_sentence(text: &str) -> (&str, &str) {
    let end = [". ", "! ", "? "]
        .iter()
        .filter_map(|m| text.find(m))
        .min()
        .map_or(text.len(), |i| i + 1);
    (&text[..end], text[end..].trim_start())
}

/// The ids of every bundled persona, for tests that run over all of them.
pub fn persona_ids() -> Vec<String> {
    personas().iter().map(|(p, _)| p.id.clone()).collect()
}

/// `reply` without the greeting by name a persona opens with when the line gave one ("Nice
/// to meet you, Ana. ..."): what the tests of the reply itself compare.
pub fn without_greeting(reply: &str) -> &str {
    for greeting in askwell_core::lexicon::replies::greet_by_name() {
        let Some((before, after)) = greeting.split_once("{name}") else {
            continue;
        };
        let Some(rest) = reply.strip_prefix(before) else {
            continue;
        };
        let name_end = rest
            .find(|c: char| !c.is_alphabetic())
            .unwrap_or(rest.len());
        if let Some(rest) = rest[name_end..].strip_prefix(after) {
            return rest.trim_start();
        }
    }
    reply
}
