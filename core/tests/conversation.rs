//! How personas behave in conversation: follow-ups, variants, etiquette, temperament, time,
//! nuggets. Driven through the same reducer the app and the CLI use.

mod common;

use askwell_core::conversation::ReplyKind;
use askwell_core::interview::Status;
use askwell_core::Topic;
use common::chat::Chat;

#[test]
fn tell_me_more_goes_deeper_on_the_same_topic() {
    let mut c = Chat::with("maya-okafor", 30);
    let first = c.ask("What does a typical day look like for you?");
    assert_eq!(first.topic, Topic::TypicalDay);
    for cue in ["Tell me more", "Why is that?", "How so?"] {
        let more = c.ask(cue);
        assert_eq!(more.kind, ReplyKind::FollowUp, "{cue}");
        assert_eq!(more.topic, Topic::TypicalDay, "{cue}");
        assert_ne!(more.reply, first.reply);
    }
}

#[test]
fn a_topic_asked_again_gets_a_different_variant_and_lines_never_repeat_early() {
    let mut c = Chat::with("rosa-delgado", 60);
    let script = c.persona.script(Topic::Responsibilities).unwrap().clone();
    // Answers that compare go only to a line that compares (personas/FORMAT.md).
    let cues = askwell_core::lexicon::replies::comparison_cues();
    let first = |a: &String| a.split_inclusive('.').next().unwrap_or(a).to_lowercase();
    let compares = |a: &&String| cues.iter().any(|c| first(a).contains(c.as_str()));
    let plain = script.answers.len() - script.answers.iter().filter(compares).count();
    let mut seen = Vec::new();
    for _ in 0..plain {
        let e = c.ask("What are your main responsibilities?");
        assert_eq!(e.topic, Topic::Responsibilities);
        assert!(
            !seen.contains(&e.reply),
            "repeated while variants remained: {}",
            e.reply
        );
        seen.push(e.reply);
    }
    // Once every variant is used, the persona says so.
    let again = c.ask("What are your main responsibilities?");
    assert!(
        c.persona
            .lines
            .repeat
            .iter()
            .any(|r| again.reply.starts_with(r.trim_end())),
        "{}",
        again.reply
    );
}

#[test]
fn a_job_ask_gets_the_cooler_in_character_reply() {
    let mut c = Chat::with("daniel-reyes", 30);
    let e = c.ask("Could you put in a word for me with HR?");
    assert_eq!(e.topic, Topic::JobAsk);
    let script = c.persona.script(Topic::JobAsk).unwrap();
    assert!(script
        .answers
        .iter()
        .any(|a| e.reply.starts_with(a.as_str())));
    assert!(e.nuggets.is_empty(), "a job ask earns nothing");
}

#[test]
fn off_topic_lines_get_a_polite_deflection() {
    let mut c = Chat::with("sam-whitfield", 30);
    let e = c.ask("What's your favorite restaurant?");
    assert_eq!(e.topic, Topic::None);
    assert_eq!(e.kind, ReplyKind::Deflect);
}

#[test]
fn an_introduction_gets_a_warm_start_and_thanks_a_fitting_close() {
    let mut c = Chat::with("maya-okafor", 30);
    let hello = c.ask("Hi, I'm a second-year nursing student exploring careers in mental health. I'd love to hear about your work and your path.");
    assert_eq!(hello.topic, Topic::Introduction);
    let thanks = c.ask("Thank you so much, what you said about the fellowship was really helpful.");
    assert_eq!(thanks.topic, Topic::Thanks);
    let touch = c.ask("May I keep in touch with you as I move forward?");
    assert_eq!(touch.topic, Topic::KeepInTouch);
}

#[test]
fn the_prepared_answer_that_fits_the_question_is_given() {
    // Daniel's answers on work and life: hours, working from home, balance.
    let mut c = Chat::with("daniel-reyes", 30);
    let home = c.ask("Do you get to work remotely at all?");
    assert!(home.reply.contains("from home"), "{}", home.reply);
    let hours = c.ask("How many hours a week do you usually put in?");
    assert!(hours.reply.contains("hours"), "{}", hours.reply);
    assert!(
        !hours.reply.contains("from home"),
        "not told twice: {}",
        hours.reply
    );
    // Maya on pay: where to find the figures.
    let mut c = Chat::with("maya-okafor", 30);
    let survey = c.ask("Where can I find salary surveys for psychiatry?");
    assert_eq!(survey.topic, Topic::Compensation);
    assert!(survey.reply.contains("survey"), "{}", survey.reply);
}

/// The answer of `answers` that `reply` says part of: the one holding its first sentence.
fn answer_holding<'a>(answers: &'a [String], reply: &str) -> &'a String {
    let first = first_sentence(reply);
    answers
        .iter()
        .find(|a| a.contains(first))
        .unwrap_or_else(|| panic!("no answer holds {first:?}"))
}

fn first_sentence(text: &str) -> &str {
    text.find(". ").map_or(text, |i| &text[..=i])
}

#[test]
fn a_guarded_persona_opens_up_after_good_open_questions() {
    let mut c = Chat::with("tomasz-nowak", 30);
    let answers = c.persona.script(Topic::TypicalDay).unwrap().answers.clone();
    let early = c.ask("What does a typical day look like for you?");
    // The answer that fits the question best, begun and held back.
    let full = answer_holding(&answers, &early.reply).clone();
    let begun = first_sentence(&early.reply);
    assert!(full.starts_with(begun), "guarded at first: {}", early.reply);
    assert!(
        early.reply.len() < full.len(),
        "guarded at first: {}",
        early.reply
    );
    assert!(early.nuggets.is_empty());
    c.ask("What do you find most rewarding about your work?");
    c.ask("What is the hardest part of the job?");
    let later = c.ask("What does a typical day look like for you?");

    // Opens up with the rest of that answer, and does not say its beginning again.
    let rest = full[begun.len()..].trim();
    assert!(later.reply.contains(rest), "opens up: {}", later.reply);
    assert!(!later.reply.contains(begun), "said again: {}", later.reply);
}

/// Whether a reply holds back with one of the persona's guarded lines.
fn held_back(c: &Chat, reply: &str) -> bool {
    c.persona
        .lines
        .guarded
        .iter()
        .any(|l| reply.contains(l.as_str()))
}

#[test]
fn a_guarded_persona_opens_up_to_a_question_that_shows_homework() {
    // What the user read about them (words of the bio, not of the role or field).
    let mut c = Chat::with("tomasz-nowak", 30);
    let plain = c.ask("Could you walk me through a typical week?");
    assert!(held_back(&c, &plain.reply), "{}", plain.reply);
    let read = c.ask(
        "I read that you did a congressional fellowship after your postdoc. What made you \
         leave research?",
    );
    assert!(!held_back(&c, &read.reply), "{}", read.reply);
    assert!(read.reply.len() > plain.reply.len() * 2, "{}", read.reply);

    // Or what they said a moment ago, picked up.
    let mut c = Chat::with("tomasz-nowak", 30);
    let plain = c.ask("What are your main responsibilities?");
    assert!(held_back(&c, &plain.reply), "{}", plain.reply);
    let said = askwell_core::understand::text::words(&plain.reply);
    let picked: Vec<&String> = said.iter().filter(|w| w.len() > 6).take(2).collect();
    assert_eq!(picked.len(), 2, "{}", plain.reply);
    let follow = c.ask(&format!(
        "How do the {} and the {} fit together in your week?",
        picked[0], picked[1]
    ));
    assert!(!held_back(&c, &follow.reply), "{}", follow.reply);
}

#[test]
fn a_guarded_persona_stays_careful_with_only_their_title_and_field_named() {
    let mut c = Chat::with("tomasz-nowak", 30);
    let first = c.ask("What is the hardest part of being a policy analyst in science policy?");
    assert!(held_back(&c, &first.reply), "{}", first.reply);
}

#[test]
fn a_guarded_persona_asked_again_at_once_says_a_little_more_instead_of_repeating() {
    let mut c = Chat::with("tomasz-nowak", 30);
    let first = c.ask("How much do people earn in your role?");
    let again = c.ask("How much do people earn in your role?");
    assert_eq!(again.topic, Topic::Compensation);
    let answers = c
        .persona
        .script(Topic::Compensation)
        .unwrap()
        .answers
        .clone();
    // The same answer goes on: its next sentence, not its first again.
    let answer = answer_holding(&answers, &first.reply);
    let before = first_sentence(&first.reply);
    let next = first_sentence(&again.reply);
    assert!(answer.contains(next), "{} / {}", first.reply, again.reply);
    assert_ne!(before, next, "{} / {}", first.reply, again.reply);
    assert!(!again.reply.contains(before), "said again: {}", again.reply);
}

#[test]
fn tell_me_more_after_a_held_back_answer_goes_on_with_that_answer() {
    let mut c = Chat::with("tomasz-nowak", 30);
    c.ask("Hi, I'm a chemistry student exploring policy careers.");
    let held = c.ask("What does a policy analyst actually do?");
    let more = c.ask("Tell me more.");
    // The answer begun, not another one chosen by the words "tell" and "more": its next
    // sentence.
    let answers: Vec<String> = c.persona.script(held.topic).unwrap().answers.clone();
    let begun = answer_holding(&answers, &held.reply);
    let said = first_sentence(&held.reply);
    let next = first_sentence(&more.reply);
    assert!(begun.contains(next), "{} / {}", held.reply, more.reply);
    assert!(
        begun.find(next) > begun.find(said),
        "{} / {}",
        held.reply,
        more.reply
    );
}

#[test]
fn a_rambling_persona_wanders_off() {
    let mut c = Chat::with("priya-raman", 60);
    let tangents = c.persona.lines.tangents.clone();
    let replies: Vec<String> = [
        "What does a typical day look like for you?",
        "What are your main responsibilities?",
        "What do you find most rewarding?",
        "What is the hardest part of the job?",
    ]
    .iter()
    .map(|q| c.ask(q).reply)
    .collect();
    assert!(replies
        .iter()
        .any(|r| tangents.iter().any(|t| r.contains(t.as_str()))));
}

#[test]
fn personas_mention_the_time_near_the_end_and_wrap_up_past_it() {
    let mut c = Chat::with("rosa-delgado", 20);
    let mut said_time = 0;
    let mut wrapped = 0;
    for i in 0..400 {
        if !c.interview.is_active() {
            break;
        }
        let q = if i % 2 == 0 {
            "What does a typical day look like for you?"
        } else {
            "Tell me more"
        };
        let e = c.ask(q);
        said_time += c
            .persona
            .lines
            .time_check
            .iter()
            .filter(|l| e.reply.contains(l.as_str()))
            .count();
        wrapped += c
            .persona
            .lines
            .wrap_up
            .iter()
            .filter(|l| e.reply.contains(l.as_str()))
            .count();
        if c.interview.elapsed_s > 25.0 * 60.0 {
            break;
        }
    }
    assert_eq!(said_time, 1, "mentions the time once");
    assert_eq!(wrapped, 1, "wraps up once");
}

#[test]
fn a_busy_persona_ends_the_call_when_kept_well_past_time() {
    let mut c = Chat::with("daniel-reyes", 20);
    for _ in 0..200 {
        if !c.interview.is_active() {
            break;
        }
        c.ask("Tell me more about what you do every day");
    }
    assert_eq!(c.interview.status, Status::EndedByPersona);
    assert!(c.interview.elapsed_s > 20.0 * 60.0);
}

#[test]
fn nuggets_come_out_for_follow_ups_and_the_right_words() {
    let mut c = Chat::with("maya-okafor", 60);
    let mut found = Vec::new();
    for q in [
        "Who else would you recommend I talk to?",
        "Tell me more",
        "Could you introduce me to someone else in the field?",
        "Which professional organizations should I join?",
        "Tell me more",
        "Are there books, podcasts or journals you'd recommend?",
        "Where do you see the field heading?",
        "Tell me more",
        "How did you get into this field?",
        "Tell me more",
        "How did you find this position?",
        "Tell me more",
        "What are your main responsibilities?",
        "Tell me more",
    ] {
        found.extend(c.ask(q).nuggets);
    }
    assert!(found.len() >= 4, "drew out {found:?}");
    for id in &found {
        assert!(c.persona.nugget(id).is_some());
    }
    let mut unique = found.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), found.len(), "each nugget once");
}

#[test]
fn after_a_clarifying_question_only_a_short_choice_picks_an_option() {
    let mut c = Chat::with("daniel-reyes", 30);
    let offered = (Topic::Path, Topic::Alternatives);
    // A short choice picks an option.
    for (reply, expected) in [
        ("the first one", Topic::Path),
        ("the second", Topic::Alternatives),
        ("how you got in", Topic::Path),
    ] {
        c.interview.memory.pending = Some(offered);
        let e = c.ask(reply);
        assert_eq!((e.topic, e.kind), (expected, ReplyKind::Answer), "{reply}");
        assert_eq!(c.interview.memory.pending, None);
    }
    // A question of its own is understood afresh, not taken as the choice.
    c.interview.memory.pending = Some(offered);
    let e = c.ask("where do you see regulatory going with AI");
    assert_eq!(e.topic, Topic::Trends);
}

#[test]
fn the_new_topics_get_in_character_answers() {
    let mut c = Chat::with("maya-okafor", 30);
    for (q, t) in [
        ("hi! how's your day going?", Topic::SmallTalk),
        (
            "What is the typical salary range for someone starting out?",
            Topic::Compensation,
        ),
        (
            "How many hours a week do you usually work?",
            Topic::WorkLife,
        ),
        (
            "Is there anything I should have asked but didn't?",
            Topic::AnythingElse,
        ),
    ] {
        let e = c.ask(q);
        assert_eq!((e.topic, e.kind), (t, ReplyKind::Answer), "{q}");
        assert!(
            c.persona.script(t).unwrap().answers.contains(&e.reply),
            "{q}"
        );
    }
}

#[test]
fn a_question_in_another_language_gets_a_request_for_english() {
    let mut c = Chat::with("daniel-reyes", 30);
    let first = c.ask("¿Qué hace usted en su trabajo todos los días?");
    assert_eq!(first.kind, ReplyKind::Rephrase);
    assert!(first.reply.contains("English"), "{}", first.reply);
    assert!(
        first.flags.is_empty(),
        "no coaching on a line it could not read"
    );
    let second = c.ask("Вы можете рассказать о своей работе?");
    assert!(second.reply.contains("English"));
    assert_ne!(second.reply, first.reply, "the two wordings take turns");
    // The conversation carries on in English as if nothing happened.
    let day = c.ask("What does a typical day look like for you?");
    assert_eq!(day.topic, Topic::TypicalDay);
    assert_eq!(day.kind, ReplyKind::Answer);
}
