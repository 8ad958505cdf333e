//! From the fourteenth walk-through and its probes: a line that only says goodbye. Over
//! every bundled persona.

mod common;

use askwell_core::lexicon::replies;
use askwell_core::topic::{Segment, Topic};
use common::chat::Chat;

fn starts_with_any(reply: &str, lines: &[String]) -> bool {
    lines.iter().any(|l| reply.starts_with(l.as_str()))
}

#[test]
fn a_bare_goodbye_gets_the_persona_s_goodbye_then_a_short_bye() {
    for id in common::persona_ids() {
        for bye in [
            "bye!",
            "ok bye",
            "gotta go, see you",
            "alright, goodbye",
            "ok that's all",
        ] {
            let mut c = Chat::with(&id, 30);
            c.ask("What does a typical day look like for you?");
            let e = c.ask(bye);
            assert_eq!(e.topic, Topic::Thanks, "{id}: {bye}");
            assert_eq!(e.segment, Segment::Closing, "{id}: {bye}");
            assert!(
                starts_with_any(&e.reply, replies::bye_back()),
                "{id}: {bye}: {}",
                e.reply
            );
            // Nobody thanked them, so nothing says "you're welcome".
            assert!(!e.reply.contains("welcome"), "{id}: {bye}: {}", e.reply);
            let again = c.ask("bye");
            assert!(
                replies::bye_again().contains(&again.reply),
                "{id}: {}",
                again.reply
            );
        }
    }
}

#[test]
fn thanks_with_a_goodbye_is_still_thanks_and_a_bye_after_it_is_short() {
    for id in common::persona_ids() {
        let mut c = Chat::with(&id, 30);
        c.ask("What does a typical day look like for you?");
        let e = c.ask("Thanks so much, bye!");
        assert_eq!(e.topic, Topic::Thanks, "{id}");
        assert!(
            !starts_with_any(&e.reply, replies::bye_back()),
            "{id}: {}",
            e.reply
        );
        let again = c.ask("goodbye!");
        assert!(
            replies::bye_again().contains(&again.reply),
            "{id}: {}",
            again.reply
        );
    }
}

#[test]
fn a_question_that_mentions_goodbye_is_answered() {
    for id in common::persona_ids() {
        let mut c = Chat::with(&id, 30);
        c.ask("What does a typical day look like for you?");
        let e = c.ask("Before I say goodbye, what's your best advice for me");
        assert_ne!(e.topic, Topic::Thanks, "{id}: {}", e.reply);
    }
}

#[test]
fn thanks_then_a_question_asked_by_wondering_gets_the_answer() {
    for id in common::persona_ids() {
        let mut c = Chat::with(&id, 30);
        c.ask("What does a typical day look like for you?");
        let e = c.ask("Thank you, that's helpful. I was wondering how you got into this field?");
        assert_eq!(e.topic, Topic::Path, "{id}: {}", e.reply);
    }
}

#[test]
fn asking_to_hear_it_again_or_more_plainly_gets_the_last_answer() {
    for id in common::persona_ids() {
        let mut c = Chat::with(&id, 30);
        let first = c.ask("What are your main responsibilities?");
        let said = first.reply.split(". ").next().unwrap().to_string();
        for line in [
            "Sorry, could you repeat that?",
            "Could you say that in simpler words?",
            "sorry, I don't understand",
        ] {
            let e = c.ask(line);
            assert_eq!(e.topic, first.topic, "{id}: {line}: {}", e.reply);
            assert!(e.reply.contains(&said), "{id}: {line}: {}", e.reply);
            // Asked again, it is not "Of course. I said: Of course. I said: ...".
            let leads = replies::say_again_lead()
                .iter()
                .chain(replies::simpler_lead());
            let led = leads.filter(|l| e.reply.contains(l.as_str())).count();
            assert_eq!(led, 1, "{id}: {line}: {}", e.reply);
        }
        // A question that uses "repeat" for its own sake is no request to repeat.
        let e = c.ask("Do you repeat the same tasks every week?");
        assert!(
            !replies::say_again_lead()
                .iter()
                .any(|l| e.reply.starts_with(l.as_str())),
            "{id}: {}",
            e.reply
        );
    }
}

#[test]
fn a_summary_check_is_confirmed() {
    for id in common::persona_ids() {
        for line in [
            "So it's mostly meetings and writing. Is that a fair summary?",
            "So basically it's a lot of coordination, right?",
        ] {
            let mut c = Chat::with(&id, 30);
            c.ask("What does a typical day look like for you?");
            let e = c.ask(line);
            assert!(
                replies::summary_yes()
                    .iter()
                    .any(|l| e.reply.starts_with(l.as_str())),
                "{id}: {line}: {}",
                e.reply
            );
        }
    }
}

#[test]
fn background_said_on_the_way_to_a_later_question_is_not_thanked_as_an_introduction() {
    for id in common::persona_ids() {
        let mut c = Chat::with(&id, 30);
        c.ask("Hi, I'm a second-year student exploring this field.");
        c.ask("What does a typical day look like for you?");
        let e = c.ask(
            "Teachers don't earn much, so I've thought about money a lot. How does the pay compare across the training years versus now?",
        );
        assert!(
            !replies::introduction_in_passing()
                .iter()
                .any(|l| e.reply.contains(l.as_str())),
            "{id}: {}",
            e.reply
        );
    }
}

#[test]
fn an_introduction_is_not_greeted_in_passing_before_its_own_answer() {
    for id in common::persona_ids() {
        let mut c = Chat::with(&id, 30);
        c.ask("Hi! Um, thanks for doing this, my school counselor set it up.");
        let e = c.ask(
            "So I'm a senior in high school, I'm kinda into writing and also biology, and I don't really know what jobs mix those, so yeah.",
        );
        assert!(
            !replies::introduction_in_passing()
                .iter()
                .any(|l| e.reply.starts_with(l.as_str())),
            "{id}: {}",
            e.reply
        );
    }
}

#[test]
fn what_a_word_of_the_last_answer_means_is_about_that_answer_after_a_filler_and_in_the_singular() {
    let mut c = Chat::with("daniel-reyes", 30);
    let advice = c.ask("If you were me, like a freshman, what would you do right now?");
    assert!(advice.reply.contains("SOPs"), "{}", advice.reply);
    let e = c.ask("Sorry, what's an SOP?");
    assert_eq!(e.topic, advice.topic, "{}", e.reply);
}

#[test]
fn put_more_plainly_the_gist_explains_a_term_of_the_persona_s_it_says() {
    let mut c = Chat::with("daniel-reyes", 30);
    let first = c.ask("What are your main responsibilities?");
    assert!(first.reply.contains("IND"), "{}", first.reply);
    let e = c.ask("Could you say that in simpler words?");
    assert!(e.reply.contains("And by IND I mean: "), "{}", e.reply);
}

#[test]
fn a_worry_about_choosing_gets_advice_not_a_reassurance_about_the_call() {
    for id in common::persona_ids() {
        let mut c = Chat::with(&id, 30);
        c.ask("Hi, I'm a sophomore, pre-med.");
        let e = c.ask("Honestly I'm kind of scared I'll pick the wrong career.");
        assert_eq!(e.topic, Topic::GeneralAdvice, "{id}: {}", e.reply);
        assert!(
            !replies::reassure()
                .iter()
                .any(|l| e.reply.contains(l.as_str())),
            "{id}: {}",
            e.reply
        );
        // Nerves about the call itself are still met with a word of reassurance.
        let mut c = Chat::with(&id, 30);
        let e = c.ask("hi, sorry, I'm a bit nervous");
        assert!(
            replies::reassure()
                .iter()
                .any(|l| e.reply.contains(l.as_str())),
            "{id}: {}",
            e.reply
        );
    }
}

#[test]
fn saying_one_s_own_time_is_short_is_agreed_to_and_a_question_after_it_is_answered() {
    // Probe 18: "Sorry, I only have about ten minutes today, is that okay?" got the weather
    // or "Ha, no idea".
    for id in common::persona_ids() {
        for line in [
            "Sorry, I only have about ten minutes today, is that okay?",
            "I've got a hard stop in 15 minutes, just so you know.",
        ] {
            let mut c = Chat::with(&id, 30);
            c.ask("Hi, I'm a second-year student.");
            let e = c.ask(line);
            assert!(
                replies::short_on_time().contains(&e.reply),
                "{id}: {line}: {}",
                e.reply
            );
        }
        // A question said with it is the question.
        let mut c = Chat::with(&id, 30);
        let e = c.ask("I have a hard stop in 15 minutes, so what does a typical day look like?");
        assert_eq!(e.topic, Topic::TypicalDay, "{id}: {}", e.reply);
    }
}

#[test]
fn a_term_asked_after_a_remark_and_a_filler_is_explained() {
    // Walk 14, f2-daniel T11: "Whoa, six years. Um, what's AAV capsid tropism?" got more of
    // the education answer; the bare question was explained.
    let mut c = Chat::with("daniel-reyes", 30);
    c.ask("Hi, I'm a freshman.");
    c.ask("So what did you study?");
    let e = c.ask("Whoa, six years. Um, what's AAV capsid tropism?");
    assert!(e.reply.starts_with("Adeno-associated virus"), "{}", e.reply);
}

#[test]
fn asking_what_a_phrase_meant_with_a_remark_after_it_is_not_an_introduction() {
    // Walk 14, g2-rosa T13-T14: a politeness if-clause made the question yes/no (a brief
    // answer), and "...what you mean by diversifying their money? I'm not sure I
    // understood." was greeted as an introduction in the future segment.
    let mut c = Chat::with("rosa-delgado", 30);
    c.ask("Hi, I'm a junior studying sociology.");
    let e = c.ask(
        "I was wondering, if you don't mind, where you think community health work is going in the next few years?",
    );
    assert!(
        !e.flags.contains(&askwell_core::flags::Flag::ClosedQuestion),
        "{:?}",
        e.flags
    );
    assert!(e.reply.contains("funding"), "{}", e.reply);
    let e = c.ask(
        "Sorry, could you say a little more about what you mean by diversifying their money? I'm not sure I understood.",
    );
    assert_ne!(e.topic, Topic::Introduction, "{}", e.reply);
    assert_eq!(e.topic, Topic::Trends, "{}", e.reply);
}
