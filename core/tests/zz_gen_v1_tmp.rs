// TEMPORARY: writes v1 fixtures from the pre-v2 code. Deleted after use.
use askwell_core::content;
use askwell_core::interview::{Action, ClockMode, Interview};
use askwell_core::matcher::Matcher;
use askwell_core::store::{encode, SessionIndex, SessionSummary};

fn pretty(raw: &str) -> String {
    return raw.to_string();
    let v: serde_json::Value = serde_json::from_str(raw).unwrap();
    serde_json::to_string_pretty(&v).unwrap() + "\n"
}

#[test]
fn gen() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/v1");
    let personas = content::bundled();
    let p = personas.iter().find(|p| p.id == "maya-okafor").unwrap_or(&personas[0]);
    let m = Matcher::new(&p.vocabulary);
    let qs = [
        "Hi, thanks so much for making time. I'm a second-year student exploring this field.",
        "What does a typical day look like for you?",
        "What are you responsible for day to day?",
        "Can you tell me more about that?",
        "How did you get into this line of work?",
        "What was hardest about the job search?",
        "Where do you see the field heading over the next five years?",
        "Is there anyone else you think I should talk to?",
        "Which professional organizations would you recommend I look into?",
        "Is there a newsletter or book you read to keep up with the field?",
        "What do your responsibilities look like across a week?",
        "Could you say more about that part of the work?",
        "Do you have any openings on your team?",
        "Thank you, this was really helpful. May I keep in touch?",
    ];
    let mut s = Interview::new("s-1714000000000-a1", p, 30, ClockMode::Simulated, 1714000000000.0);
    for q in qs {
        s.apply(p, &m, Action::Ask { text: q.into(), now_s: 0.0 });
    }
    s.apply(p, &m, Action::End { now_s: 0.0 });
    let raw = encode(&s);
    std::fs::write(format!("{dir}/session_simulated.json"), pretty(&raw)).unwrap();

    let p2 = personas.iter().find(|p| p.id != p.id.clone() + "x" && p.id != s.persona_id).unwrap();
    let m2 = Matcher::new(&p2.vocabulary);
    let mut r = Interview::new("s-1714100000000-b2", p2, 20, ClockMode::Real, 1714100000000.5);
    let mut t = 5.0;
    for q in &qs[1..5] {
        t += 37.25;
        r.apply(p2, &m2, Action::Ask { text: (*q).into(), now_s: t });
    }
    let raw_r = encode(&r);
    std::fs::write(format!("{dir}/session_real_active.json"), pretty(&raw_r)).unwrap();

    let mut index = SessionIndex::default();
    index.upsert(SessionSummary::of(&s, &p.name));
    index.upsert(SessionSummary::of(&r, &p2.name));
    std::fs::write(format!("{dir}/index.json"), pretty(&encode(&index))).unwrap();
    std::fs::write(format!("{dir}/index_empty.json"), pretty(&encode(&SessionIndex::default()))).unwrap();
}
