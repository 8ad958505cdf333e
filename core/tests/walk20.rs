//! Walk-through twenty (a mid-career changer, an international student, a confused freshman,
//! burnout, first-generation students; measured before mending).

mod common;

use askwell_core::persona::Temperament;
use askwell_core::topic::Topic;
use common::chat::Chat;

/// Asking for the last answer more simply, in one sentence, or its main part again gets its
/// gist, not "let's keep this about your questions".
#[test]
fn asking_for_it_more_simply_gets_the_gist() {
    for (setup, asked) in [
        (
            "What do you do at your job?",
            "sorry, can you say that more simply?",
        ),
        (
            "What does your week look like?",
            "sorry I didn't really get that, can you repeat the main part?",
        ),
        (
            "What advice would you give a freshman?",
            "can you explain that in like one sentence",
        ),
        (
            "How did you get into this field?",
            "what's the short version?",
        ),
    ] {
        let mut c = Chat::with("rosa-delgado", 30);
        c.ask("Hi Rosa, I'm Tyler, a freshman.");
        let first = c.ask(setup);
        let again = c.ask(asked);
        assert_eq!(again.topic, first.topic, "{asked}: {}", again.reply);
        let opening: String = first.reply.chars().take(30).collect();
        assert!(again.reply.contains(&opening), "{asked}: {}", again.reply);
        assert!(
            again.reply.len() < first.reply.len() + 40,
            "{asked}: {}",
            again.reply
        );
    }
}

/// A question on a theme the persona has an answer of its own for (a visa, burnout, the tools
/// they use, shadowing) gets that answer, first and alone, not a story of the nearest topic
/// with it tacked on.
#[test]
fn a_question_on_a_theme_gets_the_answer_kept_for_it() {
    let mut c = Chat::with("daniel-reyes", 30);
    c.ask("Hi Daniel, I'm a PhD student in biochemistry.");
    let e = c.ask("I am on F-1 visa. Do biotech companies sponsor H-1B for regulatory roles?");
    assert_eq!(e.nuggets, ["asked-visa"], "{}", e.reply);
    assert!(e.reply.to_lowercase().contains("visa"), "{}", e.reply);
    for id in common::persona_ids() {
        let mut c = Chat::with(&id, 30);
        c.ask("Hi, I'm a student thinking about your field.");
        let e = c.ask("Would it be possible to shadow you for a day?");
        // A guarded persona keeps it until trust is earned.
        if c.persona.temperament == Temperament::Guarded {
            assert!(e.nuggets.is_empty(), "{id}: {}", e.reply);
            continue;
        }
        assert_eq!(e.nuggets, ["shadowing"], "{id}: {}", e.reply);
        assert!(
            e.reply.to_lowercase().contains("shadow"),
            "{id}: {}",
            e.reply
        );
        let once = c.ask("Could I shadow you some other time then?");
        assert!(
            !once.nuggets.contains(&"shadowing".to_string()),
            "{id}: told once"
        );
    }
}

/// Only what is asked names a theme: an introduction or a story around another question that
/// mentions one ("I worked in retail", "I burned out as a nurse") gets what it asks.
#[test]
fn a_theme_said_in_passing_is_not_asked_for() {
    for id in common::persona_ids() {
        let mut c = Chat::with(&id, 30);
        let e = c.ask(
            "Hi, I've worked in retail for eight years and I'm thinking of switching careers.",
        );
        assert!(
            e.nuggets.iter().all(|n| !n.starts_with("asked-")),
            "{id}: {}",
            e.reply
        );
        let e =
            c.ask("I burned out as a nurse last year. What does a typical day look like for you?");
        assert!(
            e.nuggets.iter().all(|n| !n.starts_with("asked-")),
            "{id}: {}",
            e.reply
        );
    }
}

/// A line that asks to hear more of the last answer is read as a job ask only when the model
/// is sure of it: "could you give me an example?" once got "I don't have openings" (walk
/// nineteen). Asking for the job outright, or for a referral, still is one.
#[test]
fn asking_for_more_of_an_answer_is_not_a_job_ask() {
    for persona in askwell_core::content::bundled() {
        let m = persona.matcher();
        for line in [
            "could you give me an example?",
            "Can you give me an example?",
            "can you give me some examples",
            "could you tell me more?",
            "could you elaborate on that?",
        ] {
            let u = m.understand(line);
            assert_ne!(u.topic, Topic::JobAsk, "{}: {line}: {u:?}", persona.id);
            assert!(u.follow_up, "{line}");
        }
        for line in [
            "could you give me a job? sorry, that's really blunt",
            "Could you put in a good word for me?",
        ] {
            assert_eq!(m.understand(line).topic, Topic::JobAsk, "{line}");
        }
    }
}
