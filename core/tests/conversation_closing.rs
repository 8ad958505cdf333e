//! How personas answer the lines that close a call: several intents in one line, and thanks
//! said on the way to another request.

mod common;

use askwell_core::conversation::ReplyKind;
use askwell_core::Topic;
use common::chat::Chat;

#[test]
fn thanks_and_keeping_in_touch_in_one_line_are_both_answered_without_a_clarifying_question() {
    let mut c = Chat::with("tomasz-nowak", 30);
    c.ask("Hi, I'm a physics PhD student curious about science policy.");
    c.ask("What does your work involve?");
    let last = c.ask(
        "thank you so much, i know we're at time. the exercise of cutting a paper summary by \
         a third is something im going to try this week. could i stay in touch, and maybe \
         follow up about a contact in a society policy office?",
    );
    assert_eq!(last.kind, ReplyKind::Answer, "{}", last.reply);
    let intents: Vec<Topic> = std::iter::once(last.topic).chain(last.also).collect();
    assert!(intents.contains(&Topic::Thanks), "{intents:?}");
    assert!(intents.contains(&Topic::KeepInTouch), "{intents:?}");
}

#[test]
fn thanks_on_the_way_to_asking_for_names_is_not_yet_a_goodbye() {
    let mut c = Chat::with("daniel-reyes", 30);
    c.ask("Hi, I'm a biology PhD student curious about regulatory affairs.");
    c.ask("What does your work involve?");
    let names =
        c.ask("this has been really helpful. is there anyone else you think I should talk to?");
    assert_eq!(names.topic, Topic::Contacts);
    assert!(
        names.also.contains(&Topic::Thanks),
        "credited: {:?}",
        names.also
    );
    let goodbyes = c.persona.script(Topic::Thanks).unwrap().answers.clone();
    let said_goodbye = |reply: &str| goodbyes.iter().any(|g| reply.contains(g.as_str()));
    assert!(!said_goodbye(&names.reply), "{}", names.reply);
    let thanks = c.ask("Thank you so much for your time, this was great.");
    assert!(said_goodbye(&thanks.reply), "{}", thanks.reply);
}

#[test]
fn thanks_before_a_question_about_the_work_answers_the_question() {
    // Every persona: the thanks is acknowledged in passing, the question is answered, and the
    // clock stays out of the closing. A thanks that closes the call still says goodbye.
    for id in common::personas().iter().map(|(p, _)| p.id.clone()) {
        let mut c = Chat::with(&id, 30);
        c.ask("Hi, I'm a student exploring careers like yours.");
        c.ask("What does a typical day look like for you?");
        let goodbyes = c.persona.script(Topic::Thanks).unwrap().answers.clone();
        let said_goodbye = |reply: &str| goodbyes.iter().any(|g| reply.contains(g.as_str()));
        for line in [
            "Thanks so much, that's helpful. Where do you think the field is going?",
            "thank u thats really helpful. what skills do i need",
            "Thank you for sharing. What advice would you give someone starting out?",
        ] {
            let e = c.ask(line);
            assert!(
                !matches!(e.topic, Topic::Thanks | Topic::KeepInTouch),
                "{id}: {line}: {:?}",
                e.topic
            );
            assert!(
                e.also.contains(&Topic::Thanks),
                "{id}: {line}: {:?}",
                e.also
            );
            assert!(!said_goodbye(&e.reply), "{id}: {line}: {}", e.reply);
        }
        let end = c.ask("have a great rest of your day, and thank you!");
        assert_eq!(end.topic, Topic::Thanks, "{id}");
    }
}

#[test]
fn asking_to_shadow_or_offering_help_back_is_no_job_ask() {
    // Walk 7: "Would it be possible to shadow you for a day?" got Maya's reply to a job ask.
    // Shadowing with no job named is a way to learn, and offering help back is courtesy.
    for line in [
        "Would it be possible to shadow you for a day?",
        "Could I maybe shadow you for an afternoon sometime next month?",
        "Thanks again. If I can ever help you with anything, please tell me.",
    ] {
        let mut c = Chat::with("maya-okafor", 30);
        c.ask("Hi, I'm a psychology student exploring medicine.");
        let e = c.ask(line);
        assert_ne!(e.topic, Topic::JobAsk, "{line}: {}", e.reply);
        assert!(e.job_words.is_empty(), "{line}: {:?}", e.job_words);
    }
    // Tied to a job, it still is one.
    let mut c = Chat::with("maya-okafor", 30);
    let e =
        c.ask("Could I shadow you for a week and then be considered for an opening on your unit?");
    assert_eq!(e.topic, Topic::JobAsk, "{}", e.reply);
}

#[test]
fn thanked_again_after_every_goodbye_a_persona_only_acknowledges_it() {
    for (p, _) in common::personas() {
        let mut c = Chat::with(&p.id, 30);
        c.ask("Hi, I'm a student curious about your field.");
        c.ask("How did you get into this field?");
        let thanks = p.script(Topic::Thanks).expect("every persona has thanks");
        let mut replies = Vec::new();
        for line in [
            "Thank you so much for your time.",
            "Thanks again!",
            "Thank you, bye!",
        ]
        .iter()
        .cycle()
        .take(thanks.answers.len() + 1)
        {
            replies.push(c.ask(line));
        }
        let again = replies.last().unwrap();
        assert_eq!(again.topic, Topic::Thanks, "{}: {}", p.id, again.question);
        let (first, rest) = common::first_sentence(&again.reply);
        assert!(
            rest.trim().is_empty(),
            "{}: more than a word of thanks: {}",
            p.id,
            again.reply
        );
        assert!(
            thanks.answers.iter().any(|a| a.starts_with(first)),
            "{}: {}",
            p.id,
            again.reply
        );
    }
}

#[test]
fn thanks_in_the_first_half_of_the_call_is_acknowledged_and_the_call_goes_on() {
    for (p, _) in common::personas() {
        let mut c = Chat::with(&p.id, 30);
        c.ask("Hi, I'm a student curious about your field.");
        let answer = c.ask("How did you get into this field?");
        let thanks = c.ask("Thanks, that's really helpful.");
        assert_eq!(thanks.topic, Topic::Thanks, "{}", p.id);
        assert_eq!(
            thanks.segment, answer.segment,
            "{}: not a jump to the closing",
            p.id
        );
        let (ack, go_on) = common::first_sentence(&thanks.reply);
        let goodbyes = &p.script(Topic::Thanks).unwrap().answers;
        assert!(
            goodbyes.iter().any(|g| g.starts_with(ack)),
            "{}: {}",
            p.id,
            thanks.reply
        );
        assert!(
            go_on.ends_with('?'),
            "{}: the call goes on: {}",
            p.id,
            thanks.reply
        );
        // Thanks again is thanks, never "that's all I've got" on the thanks.
        let again = c.ask("Thanks again, the story about your first job really stuck with me.");
        assert_eq!(again.topic, Topic::Thanks, "{}", p.id);
        assert!(
            !p.lines.no_more.contains(&again.reply),
            "{}: {}",
            p.id,
            again.reply
        );
        // Thanks for their time is a goodbye however early.
        let bye = c.ask("Thank you so much for your time!");
        assert!(!bye.reply.ends_with('?'), "{}: {}", p.id, bye.reply);
    }
}

#[test]
fn thanks_for_their_time_early_is_still_a_goodbye_in_the_closing() {
    for (p, _) in common::personas() {
        let mut c = Chat::with(&p.id, 30);
        c.ask("Hi, I'm a student curious about your field.");
        c.ask("How did you get into this field?");
        let bye = c.ask("Thank you so much for your time, this was great.");
        assert_eq!(bye.segment, askwell_core::Segment::Closing, "{}", p.id);
    }
}
