//! The coach on whole interviews driven through the reducer with a bundled persona.

mod common;

use askwell_core::coach::{self, Etiquette, Review, TipKind};
use askwell_core::content::bundled;
use askwell_core::interview::{Action, ClockMode, Interview};
use askwell_core::understand::Matcher;
use askwell_core::{Outcome, Persona};

fn maya() -> Persona {
    bundled()
        .into_iter()
        .find(|p| p.id == "maya-okafor")
        .expect("maya-okafor is bundled")
}

fn run(persona: &Persona, minutes: u32, lines: &[&str]) -> Interview {
    common::practise(persona, minutes, lines)
}

const GOOD: &[&str] = &[
    "Hi Dr. Okafor, thank you for making time. I'm Sam, a second-year psychology student thinking about medicine, and I'd love to hear about your work, how you got here, where the field is going, and any advice you have.",
    "What does a typical day look like for you?",
    "Tell me more about that.",
    "What are your main responsibilities on the unit?",
    "Could you tell me more about the notes you write?",
    "How does your team work together?",
    "What do you find most rewarding about your work?",
    "What is the hardest part of your job?",
    "Which skills matter most in your role?",
    "What surprised you most when you started?",
    "How is your time split between patients and teaching?",
    "How did you get into child psychiatry?",
    "Tell me more about that.",
    "How did your training prepare you for this work?",
    "How did you find your current position?",
    "What other paths did you consider along the way?",
    "Where do you see the field heading in the next ten years, with telehealth and so on?",
    "How do people usually advance from a role like yours?",
    "Tell me more about that.",
    "What challenges do you think the field will face?",
    "What advice would you give someone in my position?",
    "Who else would you suggest I talk to?",
    "Which professional organizations would you recommend?",
    "Which books or newsletters would you recommend I read?",
    "Thank you so much, the tip about the formulation paragraph and the mentorship program are really helpful.",
    "What's the best way to keep in touch with you?",
];

const POOR_PRESENT: &[&str] = &[
    "Do you like your job?",
    "Is it stressful?",
    "What does a typical day look like?",
    "Do you work long hours?",
    "Is the hospital big?",
    "What are your responsibilities?",
    "Do you like your team?",
    "Is your job rewarding?",
    "Is it hard?",
    "What skills do you need?",
];

const POOR_END: &[&str] = &[
    "Are there any openings on your team I could apply for?",
    "Did you always want to be a psychiatrist?",
    "Is the field growing?",
    "Thanks, bye.",
];

fn poor(p: &Persona) -> Interview {
    let matcher = Matcher::new(&p.vocabulary);
    let mut i = Interview::new("poor", p, 20, ClockMode::Simulated, 0.0);
    let mut n = 0;
    while i.elapsed_s < 1300.0 {
        let q = POOR_PRESENT[n % POOR_PRESENT.len()];
        i.apply(
            p,
            &matcher,
            Action::Ask {
                text: q.into(),
                now_s: 0.0,
            },
        );
        n += 1;
    }
    for q in POOR_END {
        i.apply(
            p,
            &matcher,
            Action::Ask {
                text: (*q).into(),
                now_s: 0.0,
            },
        );
    }
    i.apply(p, &matcher, Action::End { now_s: 0.0 });
    i
}

/// A thorough hour: 26 questions with follow-ups, each answer taking its simulated two or
/// three minutes.
fn good(p: &Persona) -> Interview {
    run(p, 60, GOOD)
}

fn failed(r: &Review) -> Vec<Etiquette> {
    r.etiquette
        .iter()
        .filter(|e| !e.passed)
        .map(|e| e.item)
        .collect()
}

fn tips(r: &Review) -> Vec<TipKind> {
    r.next_time.iter().map(|t| t.kind).collect()
}

/// Prints the score for the record (`cargo test -- --nocapture`).
fn show(name: &str, r: &Review) {
    println!("{name}: {}/100", r.score.total);
    for part in &r.score.parts {
        println!(
            "  {:<10} {:>2}/{:<2} {}",
            part.name, part.points, part.max, part.why
        );
    }
    for t in &r.next_time {
        println!("  next time (+{}): {}", t.gain, t.text);
    }
}

#[test]
fn the_good_interview_scores_well() {
    let p = maya();
    let i = good(&p);
    let r = coach::review(&i, &p);
    show("good", &r);
    assert!(r.score.total >= 75, "{:?}", r.score);
    assert!(failed(&r).is_empty(), "{:?}", r.etiquette);
    assert_eq!(r.outcomes.reached(), 5);
    assert!(r.outcomes.nuggets_found >= 5);
    assert!(r.timing.ended_on_time && r.timing.overruns.is_empty());
    assert!(r.listening.healthy);
    assert!(r.questions.open_share >= 0.9);
    assert!(r.questions.follow_ups >= 2);
    assert_eq!(r.questions.job_asks, 0);
    for t in &r.next_time {
        assert!(
            !matches!(
                t.kind,
                TipKind::JobAsk | TipKind::Missed(_) | TipKind::Overrun
            ),
            "{t:?}"
        );
    }
}

#[test]
fn the_poor_interview_scores_low_for_the_right_reasons() {
    let p = maya();
    let i = poor(&p);
    let r = coach::review(&i, &p);
    show("poor", &r);
    assert!(r.score.total <= 45, "{:?}", r.score);
    assert_eq!(
        failed(&r),
        [
            Etiquette::Introduced,
            Etiquette::NoJobAsk,
            Etiquette::AskedContacts,
            Etiquette::AskedOrganizations,
            Etiquette::ThankedSpecifically,
            Etiquette::KeptInTouch,
            Etiquette::EndedOnTime,
        ]
    );
    assert_eq!(r.timing.overruns, [askwell_core::Segment::Present]);
    assert!(!r.outcomes.get(Outcome::Contacts).unwrap().reached);
    assert!(r.questions.open_share < 0.5);
    assert_eq!(r.questions.job_asks, 1);
    assert_eq!(
        tips(&r),
        // The third tip is the follow-up one: with the trained model this transcript draws out
        // no nugget, so following up is worth more than the contacts question (still failed
        // above as etiquette and as an outcome).
        [TipKind::Overrun, TipKind::JobAsk, TipKind::FollowUp]
    );
    assert!(r.next_time[0]
        .text
        .starts_with("Keep Present near its planned 6½ minutes: it ran"));
    assert!(r.next_time[1].text.starts_with("Never ask for a job"));
    assert!(r.next_time[2]
        .text
        .starts_with("Follow up when an answer interests you"));
}

#[test]
fn the_reports_differ_as_expected() {
    let p = maya();
    let (g, b) = (coach::review(&good(&p), &p), coach::review(&poor(&p), &p));
    assert!(g.score.total >= b.score.total + 30);
    let (gs, ga) = coach::summary_figures(&g);
    let (bs, ba) = coach::summary_figures(&b);
    assert_eq!((gs, bs), (g.score.total, b.score.total));
    assert!(ga > ba && (0.0..=1.0).contains(&ga) && (0.0..=1.0).contains(&ba));
    for (gp, bp) in g.score.parts.iter().zip(&b.score.parts) {
        assert!(gp.points >= bp.points, "{gp:?} vs {bp:?}");
    }
    // Plain data both ways.
    let json = serde_json::to_string(&b).unwrap();
    assert_eq!(serde_json::from_str::<Review>(&json).unwrap(), b);
}

#[test]
fn the_transcripts_carry_the_notes() {
    let p = maya();
    let i = poor(&p);
    let md = coach::to_markdown(&i, &p, &coach::review(&i, &p));
    assert!(
        md.contains("**You:** Do you like your job? _(closed question — try: "),
        "{md}"
    );
    // Asking whether there is something "I could apply for" asks them to name it, so the
    // grammar does not call it closed; the job ask is what the note names.
    assert!(
        md.contains(
            "**You:** Are there any openings on your team I could apply for? _(job ask — try: "
        ),
        "{md}"
    );
    let i = good(&p);
    let md = coach::to_markdown(&i, &p, &coach::review(&i, &p));
    assert!(
        md.contains("> 💡 contact: Oh, and one more name: Dr. Helen Marsh"),
        "{md}"
    );
    assert!(md.contains("(on time)"));
}

/// Runs the lines, asking for a nudge after each and recording what shows.
fn nudges(p: &Persona, minutes: u32, lines: &[&str]) -> Vec<(f64, coach::Nudge)> {
    let matcher = Matcher::new(&p.vocabulary);
    let mut i = Interview::new("t", p, minutes, ClockMode::Simulated, 0.0);
    let mut log = coach::NudgeLog::default();
    let mut shown = Vec::new();
    for q in lines {
        i.apply(
            p,
            &matcher,
            Action::Ask {
                text: (*q).into(),
                now_s: 0.0,
            },
        );
        if let Some(n) = coach::next_nudge(&i, 0.0, &log) {
            let at = i.clock_at(0.0);
            coach::record(&mut log, &n, at);
            shown.push((at, n));
        }
    }
    shown
}

#[test]
fn the_poor_interview_gets_nudged_the_good_one_does_not() {
    let p = maya();
    let mut lines: Vec<&str> = Vec::new();
    for n in 0..58 {
        lines.push(POOR_PRESENT[n % POOR_PRESENT.len()]);
        if n == 3 {
            lines.push(POOR_END[0]);
        }
    }
    lines.extend(&POOR_END[1..]);
    let shown = nudges(&p, 20, &lines);
    let kinds: Vec<_> = shown.iter().map(|(_, n)| n.kind).collect();
    let over = shown
        .iter()
        .find(|(_, n)| n.kind == coach::NudgeKind::SegmentOver)
        .expect("Present runs over");
    // Present (6½ minutes planned) is two minutes over: 8½ minutes in at the earliest.
    assert!(over.0 >= 510.0, "{}", over.0);
    assert!(over
        .1
        .text
        .starts_with("Present has run 2 minutes over — their background is next"));
    use coach::NudgeKind::*;
    assert_eq!(
        kinds,
        [NoAgenda, JobAsked, SegmentOver, AskContacts, TimeUp]
    );
    let ask = shown[3].1.text.as_str();
    // (The answers' yes/no leads make the simulated clock run a little later than before.)
    assert_eq!(ask, "2 minutes left: ask who else you should talk to");
    // Each kind once, a minute apart at least.
    for (n, k) in kinds.iter().enumerate() {
        assert!(!kinds[..n].contains(k), "{k:?} twice");
    }
    for w in shown.windows(2) {
        assert!(w[1].0 - w[0].0 >= 60.0);
    }

    assert!(nudges(&p, 60, GOOD).is_empty());
}

#[test]
fn thanks_and_keeping_in_touch_in_one_line_are_both_answered_and_credited() {
    let p = maya();
    let mut lines: Vec<&str> = GOOD[..GOOD.len() - 2].to_vec();
    lines.push(
        "Thank you so much, what you said about the mentorship program really helped. Would it be okay if I kept in touch with you?",
    );
    let i = run(&p, 60, &lines);
    let last = i.exchanges.last().unwrap();
    let second = if last.topic == askwell_core::Topic::Thanks {
        askwell_core::Topic::KeepInTouch
    } else {
        askwell_core::Topic::Thanks
    };
    assert_eq!(last.also, [second], "{last:?}");
    // The persona answers both: its reply holds a thanks answer and a keep-in-touch answer.
    let answers = |t| p.script(t).unwrap().answers.clone();
    let said = |t| answers(t).iter().any(|a| last.reply.contains(a.as_str()));
    assert!(
        said(askwell_core::Topic::Thanks) && said(askwell_core::Topic::KeepInTouch),
        "{}",
        last.reply
    );
    let r = coach::review(&i, &p);
    assert!(failed(&r).is_empty(), "{:?}", r.etiquette);
}

#[test]
fn thanks_a_referral_and_keeping_in_touch_in_one_line_are_all_credited() {
    // From a walk-through: read as the referral alone, so the review said the student never
    // thanked and never asked to keep in touch.
    let p = maya();
    let mut lines: Vec<&str> = GOOD[..GOOD.len() - 4].to_vec();
    lines.push("Which professional organizations would you recommend?");
    lines.push(
        "This has been so helpful, especially the part about the mentorship program. Is there anyone else you'd suggest I talk to, and could I keep in touch?",
    );
    let i = run(&p, 60, &lines);
    let last = i.exchanges.last().unwrap();
    let mut said = last.also.clone();
    said.push(last.topic);
    for t in [
        askwell_core::Topic::Thanks,
        askwell_core::Topic::KeepInTouch,
        askwell_core::Topic::Contacts,
    ] {
        assert!(said.contains(&t), "{t:?} in {last:?}");
    }
    // Each request is answered, so none is lost: not a double question.
    assert!(
        !last
            .flags
            .contains(&askwell_core::flags::Flag::DoubleQuestion),
        "{last:?}"
    );
    // The goodbye to the thanks comes last.
    let thanks = &p.script(askwell_core::Topic::Thanks).unwrap().answers;
    assert!(
        thanks.iter().any(|a| last.reply.ends_with(a.as_str())),
        "{}",
        last.reply
    );
    let r = coach::review(&i, &p);
    assert!(failed(&r).is_empty(), "{:?}", r.etiquette);
}

#[test]
fn the_people_a_persona_names_in_its_answers_can_be_added_after_the_review() {
    // From an outside walk-through: Maya named Dr. Farah Haddad in her answer about whom to
    // talk to, but the review offered only the contact nuggets' names.
    let p = maya();
    let i = run(
        &p,
        30,
        &[
            "Hi, I'm Jordan, a biology student exploring medicine.",
            "Who else would you recommend I talk to?",
            "Is there anyone else you'd suggest?",
        ],
    );
    let r = coach::review(&i, &p);
    let found = r
        .outcomes
        .get(Outcome::Contacts)
        .map(|o| o.nuggets_found.clone())
        .unwrap_or_default();
    let names = askwell_core::prepare::practice_names(&i, &p, &found);
    let answered: Vec<_> = i
        .exchanges
        .iter()
        .filter(|e| e.topic == askwell_core::Topic::Contacts)
        .collect();
    assert!(!answered.is_empty());
    for e in answered {
        let name = askwell_core::prepare::name_in(&e.reply).expect("each answer names someone");
        assert!(
            names.iter().any(|n| n.name == name),
            "{name} missing from {names:?}"
        );
    }
    // Each name once, each with where it came from.
    let mut seen: Vec<&str> = names.iter().map(|n| n.name.as_str()).collect();
    seen.sort_unstable();
    seen.dedup();
    assert_eq!(seen.len(), names.len(), "{names:?}");
    assert!(names
        .iter()
        .all(|n| !n.key.is_empty() && !n.said.is_empty()));
}
