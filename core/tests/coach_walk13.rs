//! From the thirteenth walk-through, of the coach's reviews: a job ask costs the etiquette
//! part, flagged questions on one topic are not follow-ups, a goodbye is not thanks, and the
//! tips and header say what happened.

mod common;

use askwell_core::coach::{self, Etiquette, TipKind};
use askwell_core::interview::Interview;
use common::interviews::{maya, GOOD};

fn with_job_ask() -> Interview {
    let mut lines = GOOD.to_vec();
    lines.insert(
        8,
        "Are you hiring right now? Could you put in a word for me?",
    );
    common::practise(&maya(), 60, &lines)
}

#[test]
fn a_job_ask_costs_every_etiquette_point_and_says_so_plainly() {
    let p = maya();
    let good = coach::review(&common::practise(&p, 60, GOOD), &p);
    let asked = coach::review(&with_job_ask(), &p);
    let part = |r: &coach::Review| {
        (r.score.parts.iter())
            .find(|x| x.name == "Etiquette")
            .cloned()
            .unwrap()
    };
    assert!(part(&good).points > 10, "{:?}", part(&good));
    let e = part(&asked);
    assert_eq!(e.points, 0, "{e:?}");
    assert!(e.why.starts_with("You asked for a job"), "{}", e.why);
    assert!(!e.why.contains("never asked"), "{}", e.why);
    assert!(good.score.total >= asked.score.total + 15);
    assert_eq!(asked.next_time[0].kind, TipKind::JobAsk);
}

#[test]
fn web_search_questions_on_one_topic_are_not_follow_ups() {
    let p = maya();
    let lines = [
        "Hi, I'm Lee, a biology student. I'd like to ask about your work and your path.",
        "What does Riverbend Children's Hospital do?",
        "How many employees does the hospital have?",
        "Where is the hospital's headquarters?",
        "Thank you, that was helpful.",
    ];
    let r = coach::review(&common::practise(&p, 30, &lines), &p);
    assert_eq!(r.questions.follow_ups, 0, "{:?}", r.questions);
}

#[test]
fn a_goodbye_without_a_word_of_thanks_is_not_thanks() {
    let p = maya();
    let mut lines = GOOD[..GOOD.len() - 2].to_vec();
    lines.push("Okay, that covers my questions. Bye.");
    let r = coach::review(&common::practise(&p, 60, &lines), &p);
    let thanked = (r.etiquette.iter())
        .find(|e| e.item == Etiquette::ThankedSpecifically)
        .unwrap();
    assert!(!thanked.passed);
    assert_eq!(thanked.detail, "You didn't thank them before ending.");
    for tip in &r.next_time {
        assert!(
            !tip.text.starts_with("Make your thanks specific"),
            "{}",
            tip.text
        );
    }
}

#[test]
fn a_practice_that_ended_early_says_so_in_its_header() {
    let p = maya();
    let lines = [
        "Hi, I'm Lee, a biology student.",
        "What does a typical day look like for you?",
        "Thanks a lot, that's all I had.",
    ];
    let i = common::practise(&p, 30, &lines);
    let r = coach::review(&i, &p);
    let md = coach::to_markdown(&i, &p, &r);
    assert!(md.contains(" of 30:00 (ended early)"), "{md}");
}

#[test]
fn past_the_agreed_time_no_tip_asks_for_more_questions() {
    let p = maya();
    let i = common::practise(&p, 15, GOOD);
    let r = coach::review(&i, &p);
    assert!(!r.timing.ended_on_time);
    for tip in &r.next_time {
        assert_ne!(tip.kind, TipKind::FollowUp, "{}", tip.text);
        assert!(
            !tip.text.contains("time the other segments needed"),
            "{}",
            tip.text
        );
    }
}

#[test]
fn a_guarded_persona_holding_back_reaches_no_outcome() {
    let p = common::bundled_persona("tomasz-nowak");
    let lines = [
        "Hi, I'm Lee, a physics student.",
        "What does a typical day look like for you?",
        "How did you get into policy?",
        "Thanks a lot, that's all I had.",
    ];
    let i = common::practise(&p, 30, &lines);
    let held: Vec<_> = (i.exchanges.iter())
        .filter(|e| (p.lines.guarded.iter()).any(|g| e.reply.contains(g.as_str())))
        .collect();
    assert!(!held.is_empty(), "{:?}", i.exchanges);
    let r = coach::review(&i, &p);
    for e in &held {
        let outcome = askwell_core::coach::outcome_of(e.topic).unwrap();
        let o = (r.outcomes.items.iter())
            .find(|o| o.outcome == outcome)
            .unwrap();
        assert!(!o.reached, "{outcome:?}: {}", e.reply);
    }
    // They asked: no tip tells them to ask what they asked.
    for t in &r.next_time {
        assert!(
            !t.text.starts_with("Ask about their work today"),
            "{}",
            t.text
        );
        assert!(
            !t.text.starts_with("Ask how they got where they are"),
            "{}",
            t.text
        );
    }
}
