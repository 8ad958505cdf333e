//! How personas take lines that answer them rather than ask: a reply to what they asked, a
//! remark on what they said. Answers to "do you mean A or B?" are in clarifying_replies.rs.

mod common;

use askwell_core::Topic;
use common::chat::Chat;

#[test]
fn a_reply_to_what_the_persona_asked_goes_on_with_that_topic() {
    // Tomasz asks which kind of contact interests the student most; the answer is no
    // question, and it is about contacts, not professional organizations.
    let mut c = Chat::with("tomasz-nowak", 30);
    c.ask("Hi, I'm a physics PhD student curious about science policy.");
    c.ask("What does your work involve?");
    let asked = c.ask("is there anyone else you think i should talk to?");
    assert_eq!(asked.topic, Topic::Contacts);
    let reply = c.ask(
        "probably someone in a science society's policy office, since i could do that while \
         still in my phd",
    );
    assert_eq!(reply.topic, Topic::Contacts, "{}", reply.reply);
}

#[test]
fn a_short_remark_is_not_taken_for_an_off_topic_question() {
    for remark in [
        "ok cool",
        "that makes sense",
        "interesting",
        "got it, thanks",
    ] {
        let mut c = Chat::with("daniel-reyes", 30);
        c.ask("Hi, I'm a biology PhD student curious about regulatory affairs.");
        c.ask("What does a typical day look like for you?");
        let said = c.ask(remark);
        assert_ne!(said.topic, Topic::None, "{remark}: {}", said.reply);
    }
}

#[test]
fn a_question_about_what_was_just_said_is_not_taken_for_small_talk() {
    let mut c = Chat::with("rosa-delgado", 30);
    c.ask("Hi Rosa, I'm a sociology student thinking about public health.");
    let before = c.ask("how did you decide to go back for your MPH at 42?");
    let next = c.ask("did it feel scary going back?");
    assert_ne!(next.topic, Topic::SmallTalk, "{}", next.reply);
    assert_eq!(next.segment, before.segment, "{}", next.reply);
}

#[test]
fn asking_what_a_word_just_said_means_is_not_brushed_off() {
    let mut c = Chat::with("daniel-reyes", 30);
    c.ask("Hi, I'm a biology PhD student curious about regulatory affairs.");
    let day = c.ask("How many meetings do you have on a typical day?");
    assert!(day.reply.contains("CMC sync"), "{}", day.reply);
    let meant = c.ask("what's a CMC sync? sorry if thats a dumb question");
    assert_eq!(meant.topic, day.topic, "{}", meant.reply);
}

#[test]
fn a_new_question_is_not_taken_for_asking_what_was_meant() {
    let mut c = Chat::with("daniel-reyes", 30);
    c.ask("Hi, I'm a biology PhD student curious about regulatory affairs.");
    c.ask("How many meetings do you have on a typical day?");
    let next = c.ask("What is your biggest challenge?");
    assert_eq!(next.topic, Topic::Challenges, "{}", next.reply);
}

#[test]
fn follow_ups_that_point_back_in_the_past_tense_stay_on_the_last_answer() {
    for id in [
        "maya-okafor",
        "priya-raman",
        "rosa-delgado",
        "sam-whitfield",
    ] {
        for line in [
            "What was that like?",
            "how did that go",
            "what did you mean by that?",
        ] {
            let mut c = Chat::with(id, 30);
            c.ask("Hi, I'm a student exploring careers like yours.");
            c.ask("What does a typical day look like for you?");
            let e = c.ask(line);
            assert_eq!(e.topic, Topic::TypicalDay, "{id}: {line}: {}", e.reply);
        }
    }
}

#[test]
fn what_a_term_just_used_means_goes_on_with_that_answer() {
    // Rosa's answer on her responsibilities ends with a tip about the budget justification;
    // the model reads the question about it as off topic.
    let mut c = Chat::with("rosa-delgado", 30);
    c.ask("Hi Rosa, I'm a public health student.");
    let before = c.ask("What are you responsible for in your role?");
    assert!(
        before.reply.contains("budget justification"),
        "{}",
        before.reply
    );
    let e = c.ask("What is a budget justification?");
    assert_eq!(e.topic, Topic::Responsibilities, "{}", e.reply);
}

#[test]
fn a_topic_asked_again_after_every_answer_gets_a_short_recap_not_the_whole_answer() {
    // The seventh walk-through (A17): "Like I said earlier:" and then the whole answer,
    // word for word. A person recaps, and offers to go further.
    use askwell_core::persona::Temperament;
    let offers = askwell_core::lexicon::replies::recap_offer();
    assert!(!offers.is_empty());
    for id in [
        "maya-okafor",
        "priya-raman",
        "rosa-delgado",
        "sam-whitfield",
        "daniel-reyes",
    ] {
        let mut c = Chat::with(id, 60);
        assert_ne!(c.persona.temperament, Temperament::Guarded, "{id}");
        let answers = c.persona.script(Topic::TypicalDay).unwrap().answers.clone();
        let q = "What does a typical day look like for you?";
        // Another question between, as in the walk-through: asked again at once, "more" is
        // read as going deeper.
        let between = [
            "How did you get into this field?",
            "What do you find most rewarding?",
            "What is the hardest part of your job?",
            "What skills matter most in your role?",
            "What do you see coming for the field?",
        ];
        for i in 0..answers.len() {
            c.ask(between[i % between.len()]);
            let e = c.ask(q);
            assert_eq!(e.topic, Topic::TypicalDay, "{id}");
            assert!(!c
                .persona
                .lines
                .repeat
                .iter()
                .any(|r| e.reply.starts_with(r.trim_end())));
        }
        c.ask("How do people move up from a role like yours?");
        let again = c.ask(q);
        assert_eq!(again.topic, Topic::TypicalDay, "{id}");
        let lead = (c.persona.lines.repeat.iter())
            .find(|r| again.reply.starts_with(r.as_str()))
            .unwrap_or_else(|| panic!("{id}: no repeat lead in {}", again.reply));
        let rest = &again.reply[lead.len()..];
        // Not a whole answer again, but the opening of one, then the offer.
        assert!(
            !answers.iter().any(|a| rest.contains(a.as_str())),
            "{id}: {rest}"
        );
        assert!(
            answers
                .iter()
                .any(|a| rest.starts_with(&a[..40.min(a.len())])),
            "{id}: {rest}"
        );
        assert!(
            offers.iter().any(|o| rest.ends_with(o.as_str())),
            "{id}: {rest}"
        );
        // The recap stops well before the end: the answer's closing sentence is not in it.
        let recapped = (answers.iter())
            .find(|a| rest.starts_with(&a[..40.min(a.len())]))
            .unwrap();
        let last = recapped.split_inclusive(". ").last().unwrap_or("");
        assert!(!rest.contains(last.trim()), "{id}: {rest}");
    }
}

#[test]
fn questions_about_the_people_they_lead_get_answers_about_those_people() {
    // Walk 7: "Do CHWs need a degree?" got Rosa's own degree, and a question naming her
    // field's word after an answer was taken for a question about a term of that answer.
    let mut c = Chat::with("rosa-delgado", 30);
    c.ask("Hi Rosa, I'm a nursing student from Brazil.");
    let degree = c.ask("Do CHWs need a degree?");
    assert!(degree.reply.contains("degree"), "{}", degree.reply);
    assert!(!degree.reply.starts_with("And "), "{}", degree.reply);
    let visits = c.ask("What do CHWs do on home visits?");
    assert_ne!(visits.topic, Topic::Skills, "{}", visits.reply);
    assert!(visits.reply.contains("home visit"), "{}", visits.reply);
}

#[test]
fn asked_for_contacts_on_one_side_the_persona_does_not_ask_which_side() {
    // Walk 8: "Who else would you suggest I talk to? I'm most interested in the hospital
    // side." got "It depends which side interests you most: the hospital side, ...".
    let mut c = Chat::with("priya-raman", 30);
    c.ask("Hi Priya, I'm Jordan, a public health student.");
    let e =
        c.ask("Who else would you suggest I talk to? I'm most interested in the hospital side.");
    assert_eq!(e.topic, Topic::Contacts, "{}", e.reply);
    assert!(!e.reply.contains("Tell me a bit more"), "{}", e.reply);
    assert!(e.reply.contains("hospital side"), "{}", e.reply);
}

#[test]
fn whether_the_field_is_growing_is_answered_first() {
    // Walk 8: "Is healthcare analytics a growing field?" got "Monitoring is the big one."
    let mut c = Chat::with("sam-whitfield", 30);
    c.ask("Hi Sam, I'm a student.");
    let e = c.ask("Is healthcare analytics a growing field?");
    let leads = askwell_core::lexicon::replies::yes_growing();
    assert!(
        leads.iter().any(|l| e.reply.starts_with(l.as_str())),
        "{}",
        e.reply
    );
}

#[test]
fn a_term_asked_about_in_a_hurry_still_goes_on_with_that_answer() {
    // Walk 8: "wats a readmision model lol sorry" right after Sam described his readmission
    // model got "Ha, no idea, honestly." ("wats" was not read as "what is", and the word as
    // misspelled met nothing).
    let mut c = Chat::with("sam-whitfield", 30);
    c.ask("im zoe, a junior in cs, kinda want to do data stuff in healthcare");
    let work = c.ask("so wat do u work on");
    let e = c.ask("wats a readmision model lol sorry");
    assert_eq!(e.topic, work.topic, "{}", e.reply);
}

#[test]
fn asked_to_tell_about_their_organization_by_name_they_do() {
    // "Tell me about Halden." got Daniel's off-topic deflection: the name was read as
    // theirs only in a line ending with a question mark.
    for (persona, _) in common::personas() {
        let name = persona.organization.split(',').next().unwrap();
        let first = name.split_whitespace().next().unwrap();
        for line in [
            format!("Tell me about {name}."),
            format!("Tell me about {first}."),
        ] {
            let mut c = Chat::with(&persona.id, 30);
            let e = c.ask(&line);
            assert_eq!(e.topic, Topic::Organization, "{}: {line}", persona.id);
        }
    }
}

#[test]
fn a_question_about_funding_gets_the_answer_about_funding() {
    // Walk 8: Rosa's funding came from her answer about Clearwater's size and history, or
    // from another topic. Asked for it, her answer that says where the money comes from.
    for line in [
        "Where does the funding for your programs come from?",
        "How is Clearwater funded?",
    ] {
        let mut c = Chat::with("rosa-delgado", 30);
        let e = c.ask(line);
        assert_eq!(e.topic, Topic::Organization, "{line}");
        assert!(e.reply.contains("70 percent grants"), "{line}: {}", e.reply);
    }
}

#[test]
fn a_yes_no_question_on_where_the_field_is_going_is_answered_as_one() {
    // Walk 8 item 12: "do u think ai is gonna take over regulatory jobs" got "AI in
    // submissions is the big one.", a fragment that answered nothing asked.
    let leads = askwell_core::lexicon::replies::trend_lead();
    for (persona, _) in common::personas() {
        if persona.temperament == askwell_core::persona::Temperament::Guarded {
            continue;
        }
        let mut c = Chat::with(&persona.id, 30);
        let e = c.ask("Do you think AI will take over jobs like yours?");
        assert_eq!(e.topic, Topic::Trends, "{}: {}", persona.id, e.reply);
        // Opened with a lead that answers the yes or no, or told by an answer written for that
        // question (an asked detail, whose first sentence answers it).
        let asked = (persona.nuggets.iter())
            .any(|n| n.reveal == askwell_core::persona::Reveal::Asked && e.reply == n.text);
        assert!(
            asked || leads.iter().any(|l| e.reply.starts_with(l.as_str())),
            "{}: {}",
            persona.id,
            e.reply
        );
    }
}

#[test]
fn like_as_a_filler_before_a_question_is_not_asking_for_an_example() {
    // Walk 10: after an introduction, "so like what do u do" got "I think I've tapped out on
    // that one" from every persona: "like what" was read as "for example?" about the
    // welcome. Said alone, "like what?" still asks for more.
    for (persona, _) in common::personas() {
        let mut c = Chat::with(&persona.id, 30);
        c.ask("hey im jo, a junior in stats");
        let e = c.ask("so like what do u do");
        assert!(
            [Topic::Responsibilities, Topic::TypicalDay].contains(&e.topic),
            "{}: {:?} {}",
            persona.id,
            e.topic,
            e.reply
        );
    }
    let mut c = Chat::with("sam-whitfield", 30);
    c.ask("What are your main responsibilities?");
    let more = c.ask("like what?");
    assert_eq!(more.kind, askwell_core::conversation::ReplyKind::FollowUp);
}

#[test]
fn what_a_term_of_their_own_world_means_is_answered_even_before_they_say_it() {
    // Walk 10: "wait what is MLR review" got Priya's off-topic deflection, though the
    // review is the centre of her job and MLR is a word of her vocabulary. Since the
    // glossaries (walk 12), the term itself is explained.
    for (id, line) in [
        ("priya-raman", "wait what is MLR review"),
        ("rosa-delgado", "what is the cliff?"),
    ] {
        let mut c = Chat::with(id, 30);
        let e = c.ask(line);
        assert_ne!(e.topic, Topic::None, "{id}: {}", e.reply);
        assert!(
            c.persona.terms.iter().any(|t| e.reply == t.means),
            "{id}: {}",
            e.reply
        );
    }
}

#[test]
fn a_yes_no_part_beside_an_open_question_does_not_cut_the_answer_short() {
    // Walk 10: "wait u were a band teacher?? thats so cool how did u switch" got Sam's two
    // first sentences, the brief answer for a yes/no question.
    for (persona, _) in common::personas() {
        if persona.temperament == askwell_core::persona::Temperament::Guarded {
            continue;
        }
        // Walk 11: texting's y for why, rite for right.
        for line in [
            "Were you always in this field?? how did you get started in it",
            "u were always in this field rite? y did u pick it",
        ] {
            let mut c = Chat::with(&persona.id, 30);
            let e = c.ask(line);
            let answers = &persona.script(e.topic).expect("answered").answers;
            let whole = answers.iter().any(|a| e.reply.contains(a.as_str()));
            assert!(whole, "{}: {line} -> {}", persona.id, e.reply);
        }
    }
}
