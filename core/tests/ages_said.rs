//! A career changer's age is said as a number ("I'm 38", "Im 34", "At 52, is it crazy...?"),
//! and each persona's answer on age listed a few numbers (at 40, at 45, i am 47): walk 35's "I
//! am 34 now. Is it too late to change from nursing?" got where patient education is heading.
//! A keyword's 00 stands for any age said.

mod common;

use askwell_core::persona::Temperament;
use common::chat::Chat;

const AGE_ANSWER: &str = "asked-age-gap";

#[test]
fn an_age_said_as_a_number_gets_the_answer_on_age() {
    for id in common::persona_ids() {
        for line in [
            "Im 34, can I still get into this field?",
            "I'm 51, can someone like me still get in?",
        ] {
            let mut c = Chat::with(&id, 30);
            c.ask("Hi, I'm Kim, thinking about changing careers.");
            if c.persona.temperament == Temperament::Guarded {
                // A guarded persona keeps its details until trust is earned.
                continue;
            }
            let e = c.ask(line);
            assert!(
                e.nuggets.iter().any(|n| n == AGE_ANSWER),
                "{id}: {line}: {}",
                e.reply
            );
        }
    }
}

#[test]
fn a_number_that_is_not_an_age_is_not_one() {
    for id in common::persona_ids() {
        for line in [
            "I have 3 kids, is the schedule flexible?",
            "Is it normal to send 100 applications?",
        ] {
            let mut c = Chat::with(&id, 30);
            c.ask("Hi, I'm Kim.");
            let e = c.ask(line);
            assert!(
                !e.nuggets.iter().any(|n| n == AGE_ANSWER),
                "{id}: {line}: {}",
                e.reply
            );
        }
    }
}
