//! What a persona says around its answers: tangents and remarks about the time, said once
//! and only when true.

use askwell_core::content::bundled;
use askwell_core::interview::{Action, ClockMode, Interview};
use askwell_core::timing::reply_seconds;

const QUESTIONS: [&str; 12] = [
    "What does a typical day look like for you?",
    "What are your main responsibilities?",
    "What do you enjoy most about the work?",
    "What's the hardest part of the job?",
    "How did you get into this field?",
    "What did you study?",
    "How did you find your current role?",
    "Where do you see the field going?",
    "What skills matter most in your work?",
    "What advice would you give someone starting out?",
    "Which organizations should I join?",
    "How is your organization structured?",
];

fn practise(id: &str, minutes: u32, rounds: usize) -> Interview {
    let persona = bundled().into_iter().find(|p| p.id == id).unwrap();
    let matcher = persona.matcher();
    let mut i = Interview::new("t", &persona, minutes, ClockMode::Simulated, 0.0);
    for q in QUESTIONS.iter().cycle().take(rounds * QUESTIONS.len()) {
        let ask = Action::Ask {
            text: (*q).into(),
            now_s: 0.0,
        };
        if !i.apply(&persona, &matcher, ask) {
            break;
        }
    }
    i
}

#[test]
fn a_rambling_persona_tells_each_tangent_once() {
    // From a walk-through: Priya's curry-leaf tangent came twice in one practice.
    let persona = bundled()
        .into_iter()
        .find(|p| p.id == "priya-raman")
        .unwrap();
    let i = practise("priya-raman", 90, 2);
    let mut told = 0;
    for t in &persona.lines.tangents {
        let times = i.exchanges.iter().filter(|e| e.reply.contains(t)).count();
        assert!(times <= 1, "told {times} times: {t}");
        told += times;
    }
    assert!(told >= 2, "a rambling persona still wanders off");
}

#[test]
fn nearly_at_time_is_never_said_once_the_time_is_up() {
    for p in bundled() {
        let i = practise(&p.id, 15, 1);
        let agreed = i.plan.total_seconds() as f64;
        for e in &i.exchanges {
            for line in &p.lines.time_check {
                if e.reply.contains(line.as_str()) {
                    // Said before the end (saying the remark itself may take it past).
                    let before = e.end_s - reply_seconds(line);
                    assert!(before <= agreed, "{}: '{line}' said at {before}", p.id);
                }
            }
        }
    }
}

#[test]
fn a_yes_no_question_with_one_answer_gets_it_first() {
    // From a walk-through: "Do you like your job?" got the start of another answer with no
    // yes in it. Questions whose answer differs by persona ("Do you work remotely?") get none.
    use askwell_core::lexicon::replies::{yes_hard, yes_rewarding};
    for p in bundled().into_iter() {
        if p.temperament == askwell_core::Temperament::Guarded {
            continue; // held back until trust is earned
        }
        let matcher = p.matcher();
        let mut i = Interview::new("t", &p, 30, ClockMode::Simulated, 0.0);
        let mut reply = |q: &str| {
            let ask = Action::Ask {
                text: q.into(),
                now_s: 0.0,
            };
            assert!(i.apply(&p, &matcher, ask));
            i.exchanges.last().unwrap().reply.clone()
        };
        let starts = |r: &str, leads: &[String]| leads.iter().any(|l| r.starts_with(l.as_str()));
        let liked = reply("Do you like your job?");
        assert!(starts(&liked, yes_rewarding()), "{}: {liked}", p.id);
        let hard = reply("Is the work stressful?");
        assert!(starts(&hard, yes_hard()), "{}: {hard}", p.id);
        let remote = reply("Do you work remotely?");
        let all = [yes_rewarding(), yes_hard()].concat();
        assert!(!starts(&remote, &all), "{}: {remote}", p.id);
    }
}
