//! From the fifteenth walk-through: answers written for career changers ("Switching at 35
//! isn't too late. Coming from teaching...") were given to a 24-year-old biochemistry student,
//! a nurse and a computer-science junior. Over every bundled persona.

mod common;

use askwell_core::lexicon::{has_phrase, replies};
use askwell_core::topic::Topic;
use askwell_core::understand::text::words;
use common::chat::Chat;

/// The first sentences of a persona's answers written for career changers, on `topic`.
fn changer_openings(id: &str, topic: Topic) -> Vec<String> {
    let personas = common::personas();
    let (persona, _) = personas
        .iter()
        .find(|(p, _)| p.id == id)
        .expect("a persona");
    let script = persona.script(topic).expect("a script");
    (script.answers.iter())
        .map(|a| {
            a.split_inclusive(['.', '?', '!'])
                .next()
                .unwrap_or(a)
                .trim()
                .to_string()
        })
        .filter(|first| {
            let w = words(first);
            replies::changer_cues().iter().any(|c| has_phrase(&w, c))
        })
        .collect()
}

#[test]
fn answers_for_career_changers_go_only_to_career_changers() {
    let asks = [
        (
            Topic::GeneralAdvice,
            "What advice would you give someone like me?",
        ),
        (Topic::Skills, "What skills matter most in your work?"),
        (Topic::Compensation, "How much does a job like yours pay?"),
    ];
    for id in common::persona_ids() {
        for (topic, question) in asks {
            let openings = changer_openings(&id, topic);
            assert!(
                !openings.is_empty(),
                "{id}: no answer for career changers on {topic:?}"
            );
            // A student who never says they are changing careers: asked eight times over (a guarded persona tells one answer a sentence at a time),
            // every other answer comes first and these never.
            let mut c = Chat::with(&id, 60);
            c.ask("Hi, I'm a 21-year-old chemistry student.");
            for _ in 0..8 {
                let e = c.ask(question);
                for o in &openings {
                    assert!(
                        !e.reply.contains(o.as_str()),
                        "{id}: {question}: {}",
                        e.reply
                    );
                }
            }
            // Someone changing careers hears them.
            let mut c = Chat::with(&id, 60);
            c.ask(
                "Hi, I've worked in retail for eight years and I'm thinking of switching careers.",
            );
            let heard = (0..8).any(|_| {
                let e = c.ask(question);
                openings.iter().any(|o| e.reply.contains(o.as_str()))
            });
            assert!(heard, "{id}: {question}");
        }
    }
}

#[test]
fn a_term_asked_tersely_is_explained() {
    // Walk 15, v1-sam T6: "capstone on what" got another paragraph on how he was hired.
    let mut c = Chat::with("sam-whitfield", 30);
    c.ask("hi");
    c.ask("how'd u get this job");
    let e = c.ask("capstone on what");
    assert!(
        e.reply.starts_with("The final project of my master's"),
        "{}",
        e.reply
    );
}

#[test]
fn asking_about_their_own_one_of_a_term_is_not_asking_its_meaning() {
    // After the glossary grew (walk 14's unexplained words: SOP, credential...), "What was
    // your postdoc like?" got the definition of a postdoc.
    let mut c = Chat::with("daniel-reyes", 30);
    c.ask("Hi");
    let e = c.ask("What was your postdoc like?");
    assert!(
        !e.reply.starts_with("A research job for a few years"),
        "{}",
        e.reply
    );
    let e = c.ask("What's a postdoc?");
    assert!(
        e.reply.starts_with("A research job for a few years"),
        "{}",
        e.reply
    );
    let mut c = Chat::with("daniel-reyes", 30);
    c.ask("If you were me, like a freshman, what would you do right now?");
    let e = c.ask("Sorry, what's an SOP?");
    assert!(
        e.reply.contains("standard operating procedure")
            || e.reply.contains("Standard operating procedure"),
        "{}",
        e.reply
    );
}

#[test]
fn a_story_with_a_question_once_the_work_is_under_way_asks_the_question() {
    // Walk 15, v2-maya T11: a long story ending in a question, after answers about her work
    // (the student's first story had been answered as a question), was read as an
    // introduction and offered as one side of "do you mean A or B?".
    for id in common::persona_ids() {
        let mut c = Chat::with(&id, 30);
        c.ask("What does a typical day look like for you?");
        let e = c.ask(
            "My cousin lives in a rural county and had to drive four hours for every appointment. \
             My family still talks about it. Do you think more of this work will happen by video?",
        );
        assert_ne!(e.topic, Topic::Introduction, "{id}: {}", e.reply);
        assert!(
            !e.reply.contains("hoping to get from today"),
            "{id}: {}",
            e.reply
        );
    }
}

#[test]
fn thanks_and_goodbye_after_a_remark_is_a_goodbye() {
    // Walk 15, v3-daniel T16: "Fair. Thanks Daniel, you changed my mind a little. Goodbye."
    // got more advice: read as thanks without much confidence, it was taken for a reply to
    // the last answer.
    for id in common::persona_ids() {
        let mut c = Chat::with(&id, 30);
        c.ask("What advice would you give someone straight out of a master's?");
        let e = c.ask("Fair. Thanks, you changed my mind a little. Goodbye.");
        assert_eq!(e.topic, Topic::Thanks, "{id}: {}", e.reply);
    }
}

#[test]
fn i_meant_is_the_user_s_own_clarification_not_a_question_about_a_word() {
    // Walk 15, v4-maya T10: "Sorry, I meant the nurse practitioner part. As more psych NPs
    // get trained, ..." got the definition of a nurse practitioner.
    let mut c = Chat::with("maya-okafor", 30);
    c.ask("Where is child psychiatry heading?");
    let e = c.ask(
        "Sorry, I meant the nurse practitioner part. As more psych NPs get trained, how do you \
         see the split of work between them and child psychiatrists changing?",
    );
    assert!(
        !e.reply.starts_with("A nurse practitioner, or NP"),
        "{}",
        e.reply
    );
}

#[test]
fn an_either_or_that_weighs_with_further_is_open() {
    // Walk 15, v4-sam T5 (and Maya's, Rosa's): flagged as a yes/no question.
    use askwell_core::understand::shape::is_closed;
    assert!(!is_closed(
        "Would a CS degree or a public health degree get me further in health data?"
    ));
    assert!(!is_closed("Would an MPH or an MSW get me further?"));
}

#[test]
fn answers_that_compare_go_only_to_lines_that_compare() {
    // The final re-judge of walk 14: after the comparison answers were added, "what are your
    // main responsibilities?" got "A marketing copywriter writes to make you want the
    // medicine..." and Maya's plain duties question the pediatrician comparison.
    for id in common::persona_ids() {
        let mut c = Chat::with(&id, 60);
        for _ in 0..6 {
            let e = c.ask("What are your main responsibilities?");
            let first = e
                .reply
                .split_inclusive(['.', '?', '!'])
                .next()
                .unwrap_or("")
                .to_lowercase();
            let cues = replies::comparison_cues();
            assert!(
                !cues.iter().any(|c| first.contains(c.as_str())),
                "{id}: {}",
                e.reply
            );
        }
    }
    let mut c = Chat::with("rosa-delgado", 30);
    let e = c.ask("How is your job different from being a nurse?");
    assert!(e.reply.starts_with("Unlike a nurse"), "{}", e.reply);
}

/// A question read with a clear lead over the runner-up is answered, not met with "do you mean
/// A or B?": on the fifteenth walk-through, 20 such menus came on lines a reader found clear.
#[test]
fn a_question_with_a_clear_lead_gets_an_answer_not_a_menu() {
    use askwell_core::conversation::ReplyKind;
    let lines = [
        (
            "daniel-reyes",
            "Isn't the FDA far too slow? Patients die waiting for approvals.",
        ),
        (
            "maya-okafor",
            "As more psych NPs get trained, how do you see the split of work between them and \
             child psychiatrists changing?",
        ),
    ];
    for (id, line) in lines {
        let mut c = Chat::with(id, 30);
        c.ask("Hi, I'm a student and I'd love to hear about your work.");
        let reply = c.ask(line);
        assert_eq!(
            reply.kind,
            ReplyKind::Answer,
            "{id}: {line}: {}",
            reply.reply
        );
    }
}

/// A terse line about a detail of the last answer, with no "you mentioned", is more on that
/// answer however the model reads its words (night course where read as resources).
#[test]
fn a_terse_line_on_a_detail_just_said_goes_deeper_on_that_answer() {
    use askwell_core::conversation::ReplyKind;
    let mut c = Chat::with("daniel-reyes", 30);
    c.ask("hi");
    c.ask("bio grad, lab tech now. regulatory curious");
    let day = c.ask("what do u actually do all day");
    assert!(day.reply.contains("information request"), "{}", day.reply);
    let more = c.ask("info request = ?");
    assert_eq!(
        (more.kind, more.topic),
        (ReplyKind::FollowUp, Topic::TypicalDay)
    );
    let path = c.ask("why'd u leave the lab");
    assert!(path.reply.contains("Night course"), "{}", path.reply);
    let more = c.ask("night course where");
    assert_eq!((more.kind, more.topic), (ReplyKind::FollowUp, Topic::Path));
    // Read as the last answer's own topic, it is answered as usual (so range? after pay).
    let mut c = Chat::with("sam-whitfield", 30);
    c.ask("hi");
    let pay = c.ask("salary?");
    assert_eq!(pay.topic, Topic::Compensation, "{}", pay.reply);
    let range = c.ask("so range?");
    assert_eq!(range.kind, ReplyKind::Answer, "{}", range.reply);
}

/// A question on the last answer's own topic that takes up what it said is answered by the
/// follow-up that says more of it, not by the topic's next answer (walk fourteen, e2-sam T4).
#[test]
fn a_question_taking_up_the_last_answer_gets_the_follow_up_that_says_more() {
    use askwell_core::conversation::ReplyKind;
    let mut c = Chat::with("sam-whitfield", 30);
    c.ask("Hi Sam, thanks for taking the time today.");
    c.ask("I'm a CPA at a hospital system and I'm thinking about moving into data science.");
    let role = c.ask("Could you tell me about your role and what you're working on right now?");
    assert!(role.reply.contains("flags people"), "{}", role.reply);
    let more = c.ask(
        "The readmission-risk model sounds like it matters a lot. Who actually uses the flags \
         it produces, and what happens after a patient gets flagged?",
    );
    assert_eq!(more.kind, ReplyKind::FollowUp, "{}", more.reply);
    assert!(more.reply.contains("flags"), "{}", more.reply);
}

/// The thanks that names what helped says it as the persona wrote it (the story of Nina,
/// the explanation of RMAT), not as the user's line reads once lower-cased.
#[test]
fn a_thing_named_in_thanks_keeps_the_persona_s_capitals() {
    let mut c = Chat::with("daniel-reyes", 30);
    c.ask("Hi, I'm a biology PhD student curious about regulatory affairs.");
    let how = c.ask("How did you get your first regulatory job?");
    let named = c.ask("you mentioned a former lab mate, who was she?");
    assert!(
        (how.reply.clone() + &named.reply).contains("Nina"),
        "{} / {}",
        how.reply,
        named.reply
    );
    let thanks = c.ask("Thank you so much, the story of nina was really helpful.");
    assert!(thanks.reply.contains("story of Nina"), "{}", thanks.reply);
}

/// A longer line that says two words of the last answer as it did (merging or closing, after
/// small nonprofits will merge or close) goes back to that answer, to the follow-up that says
/// them, when the phrase is not one the persona says everywhere.
#[test]
fn a_phrase_taken_up_from_the_last_answer_gets_the_follow_up_that_says_it() {
    use askwell_core::conversation::ReplyKind;
    let mut c = Chat::with("rosa-delgado", 30);
    c.ask("Hi Rosa, thanks for making the time.");
    c.ask("I'm a first-year nursing student, curious about public health.");
    let trends = c.ask(
        "Where do you see community health work going in the next five years? Will it look \
         more like nursing, more clinical, or stay its own thing?",
    );
    assert!(trends.reply.contains("merge or close"), "{}", trends.reply);
    let more = c.ask(
        "Merging or closing sounds scary. If I want a stable job, would a hospital community \
         health program be safer than a small nonprofit?",
    );
    assert_eq!(more.kind, ReplyKind::FollowUp, "{}", more.reply);
    assert!(more.reply.contains("merge or close"), "{}", more.reply);
}

/// A detail taken up that no follow-up left says, but an answer not yet given does, gets that
/// answer, and a follow-up already given is never said again for it (walk sixteen, c12 T10).
#[test]
fn a_detail_no_follow_up_left_says_gets_the_answer_that_does() {
    let mut c = Chat::with("tomasz-nowak", 30);
    for line in [
        "hi! thanks for making time",
        "im ben, physics undergrad, senior. grad school or something else is the big question \
         for me rn. someone said you went physics -> policy?",
        "yeah the physics to policy thing. how did that happen",
        "ok but what made u leave after the postdoc",
        "the discussion group, what did u guys actually do there",
        "spin qubits cut to one paragraph lol. so what did the university actually want from \
         congress",
        "neither haha, the quantum briefing. what was the ask",
        "ok lol. whats the most annoying part of working at an agency",
    ] {
        c.ask(line);
    }
    let before = c.ask("why was it harder than u expected");
    let after = c.ask("wait seven weeks for one memo??");
    assert_ne!(after.reply, before.reply);
    assert!(after.reply.contains("seven weeks"), "{}", after.reply);
}
