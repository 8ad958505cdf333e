//! The coach on walk-through 7's practices (Maya texting, Priya by the book, Rosa typing in
//! her second language), replayed through the reducer with the bundled personas: the
//! follow-up count without a question mark (A5), credits that agree with each other (A6),
//! flags whose quotes and rewrites agree (A9), and review lists without repeats (A18).

mod common;

use askwell_core::coach::{self, explain, shown_flags, Etiquette, Review};
use askwell_core::conversation::ReplyKind;
use askwell_core::flags::Flag;
use askwell_core::topic::{Outcome, Topic};
use askwell_core::understand::shape::is_closed;

use common::{bundled_persona as persona, practised as run};

fn passed(r: &Review, item: Etiquette) -> bool {
    (r.etiquette.iter()).any(|e| e.item == item && e.passed)
}

/// Run 1, Maya Okafor, as the tester typed it.
const MAYA: &[&str] = &[
    "hi dr okafor!! thank u so much for doing this, sorry im a bit nervous lol. so im a junior at \
     state doing psych major and i was thinking about maybe med school but honestly im not sure \
     and my advisor said i should talk to ppl who actually do the job so thats why i emailed \
     you, i wanted to ask about ur job and how u got there and any advice",
    "ok um sorry if this is a dumb question but what does a normal day look like for u? like do \
     u see patients all day or is it more meetings",
    "so how did u get into psychiatry? did u always know",
    "the sleep lab thing sounds cool how did that go",
    "oh wow. and like what comes next for you, do u want to be a department head or smth",
    "is there anyone else u think i should talk to",
    "would it be ok if i kept in touch? maybe connect on linkedin",
];

/// Run 2, Priya Raman: the contacts answer names kinds of people, no one by name.
const PRIYA: &[&str] = &[
    "Good afternoon, Ms. Raman. Thank you very much for taking the time to speak with me today. \
     My name is Jordan Lee and I am a senior studying public health at Westfield University.",
    "Could you tell me about a typical day in your position?",
    "Could you tell me about your career path and how you came to work in patient education?",
    "Is there anyone else you would recommend that I speak with?",
    "Thank you so much for your time. Your advice about translating teaching skills into the \
     field's language was especially helpful. May I keep in touch with you?",
];

/// Run 3, Rosa Delgado, from the job ask on.
const ROSA: &[&str] = &[
    "Hello Mrs Delgado, thank you for accept my request. I am Ana, I come from Brasil, I study \
     nursing in university here since two years. I want to know about work of community health \
     worker and how you arrive in this job. Muito obrigada.",
    "What is typical day for you in the Clearwater?",
    "Is difficult job? What is most hard thing?",
    "Ok. And how you start in this work? You was in Paraguay, no?",
    "Why you go to Peace Corps?",
    "Clearwater have vacancy for nursing student? I can work part time.",
    "Desculpa, I not want to ask job. Who other person I can talk?",
    "other people please",
    "Have some association for community health I can join? Or book?",
    "Muito obrigada Rosa, your story about Peace Corps and food bank give me much courage. I can \
     write you email later?",
    "Thank you very much for your time Rosa. We can stay in contact?",
];

#[test]
fn a_follow_up_counts_without_its_question_mark() {
    // A5: "...how did that go" with no "?" scored no follow-up though Maya took it as one.
    let lines = &MAYA[..4];
    let (_, i, r) = run("maya-okafor", lines);
    let with_mark: Vec<String> = lines.iter().map(|l| l.to_string()).collect();
    let mut with_mark: Vec<&str> = with_mark.iter().map(String::as_str).collect();
    let marked = format!("{}?", lines[3]);
    with_mark[3] = &marked;
    let (_, _, marked_review) = run("maya-okafor", &with_mark);
    assert!(r.questions.follow_ups >= 1, "{:?}", i.exchanges[3]);
    assert_eq!(r.questions.follow_ups, marked_review.questions.follow_ups);

    // However the persona took it: the conversation's own reading counts, mark or not.
    let mut taken = i.clone();
    taken.exchanges[3].kind = ReplyKind::FollowUp;
    taken.exchanges[3].topic = taken.exchanges[2].topic;
    let p = persona("maya-okafor");
    let n = coach::review(&taken, &p).questions.follow_ups;
    assert!(n >= 1);
    // A remark the persona went on from follows nothing up.
    taken.exchanges[3].question = "ok cool that makes sense".into();
    assert_eq!(coach::review(&taken, &p).questions.follow_ups, n - 1);
}

#[test]
fn a_back_reference_answered_with_another_topic_is_no_follow_up() {
    // A5, the other way round: "What was that like?" answered with the life story counted.
    let p = persona("maya-okafor");
    let lines = [
        "What does a typical day on the inpatient unit look like?",
        "What was that like?",
    ];
    let mut i = common::practise(&p, 30, &lines);
    i.exchanges[1].kind = ReplyKind::Answer;
    i.exchanges[1].topic = Topic::Path;
    assert_eq!(coach::review(&i, &p).questions.follow_ups, 0);
    // Taken as a follow-up of the day, it is one.
    i.exchanges[1].kind = ReplyKind::FollowUp;
    i.exchanges[1].topic = i.exchanges[0].topic;
    assert_eq!(coach::review(&i, &p).questions.follow_ups, 1);
}

#[test]
fn asking_for_contacts_and_the_contacts_line_read_one_fact() {
    // A6: "Contacts ○ not reached" beside "Asked who else to talk to ✓" for kinds of people.
    for (id, lines) in [
        ("priya-raman", PRIYA),
        ("rosa-delgado", ROSA),
        ("maya-okafor", MAYA),
    ] {
        let (_, i, r) = run(id, lines);
        for (outcome, item) in [
            (Outcome::Contacts, Etiquette::AskedContacts),
            (Outcome::Organizations, Etiquette::AskedOrganizations),
        ] {
            let o = r.outcomes.get(outcome).expect("an outcome");
            assert_eq!(passed(&r, item), !o.asked.is_empty(), "{id} {outcome:?}");
            // Every line that reached it by an answer was one that asked for it.
            assert!(o.reached || o.exchanges.is_empty());
            if passed(&r, item) {
                assert!(o.reached || o.asked_only(), "{id}: {:?}", i.exchanges);
            }
        }
    }
    let (_, i, r) = run("priya-raman", PRIYA);
    let contacts = r.outcomes.get(Outcome::Contacts).expect("an outcome");
    if !contacts.reached {
        // Said as asked, with the line that asked.
        assert!(contacts.asked_only());
        let by = contacts.asked_by(&i.exchanges, 2);
        assert_eq!(by, [PRIYA[3]]);
    }
}

#[test]
fn a_thanks_naming_what_helped_is_specific_however_it_was_read() {
    // A6: "your story about Peace Corps and food bank give me much courage" was called
    // general thanks; the persona had read the line as a question about her path.
    let (_, i, r) = run("rosa-delgado", ROSA);
    assert!(
        passed(&r, Etiquette::ThankedSpecifically),
        "{:?}",
        r.etiquette
    );
    assert!(passed(&r, Etiquette::KeptInTouch));
    // Misread or not, thanks on the way out count.
    let p = persona("rosa-delgado");
    let mut misread = i.clone();
    let n = misread.exchanges.len();
    misread.exchanges[n - 2].topic = Topic::Path;
    misread.exchanges[n - 2].also.clear();
    let r = coach::review(&misread, &p);
    assert!(
        passed(&r, Etiquette::ThankedSpecifically),
        "{:?}",
        r.etiquette
    );
    // A thanks in passing before more questions is not the closing thanks.
    let early = [
        ROSA[0],
        "Obrigada, your story about Peace Corps give me courage.",
        "What is typical day for you in the Clearwater?",
    ];
    let (_, _, r) = run("rosa-delgado", &early);
    let thanks = (r.etiquette.iter()).find(|e| e.item == Etiquette::ThankedSpecifically);
    assert!(!thanks.expect("the item").passed);
}

#[test]
fn the_closed_note_quotes_the_closed_part_and_no_rewrite_asks_yes_or_no() {
    // A9: the closed note quoted the open half, the double question's rewrite the closed one.
    let both = [Flag::ClosedQuestion, Flag::DoubleQuestion];
    let line = "Is difficult job? What is most hard thing?";
    let notes = explain(line, Topic::Challenges, &both, &[]);
    assert!(
        notes[0].reason.starts_with("\"Is difficult job...\""),
        "{notes:?}"
    );
    assert_eq!(notes[1].rewrite, "What is most hard thing?");
    let line = "Have some association for community health I can join? Or book?";
    let notes = explain(line, Topic::Organizations, &both, &[]);
    assert!(
        notes[0].reason.starts_with("\"Have some association"),
        "{notes:?}"
    );
    for n in &notes {
        assert!(!is_closed(&n.rewrite), "{n:?}");
    }
    // The open part is kept, from its question word.
    let line = MAYA[4];
    let notes = explain(line, Topic::Advancement, &[Flag::ClosedQuestion], &[]);
    assert_eq!(notes[0].rewrite, "What comes next for you?");

    // Over whole practices: no suggested rewrite is itself a yes/no question.
    for (id, lines) in [
        ("maya-okafor", MAYA),
        ("priya-raman", PRIYA),
        ("rosa-delgado", ROSA),
    ] {
        let (_, _, r) = run(id, lines);
        for f in &r.questions.flagged {
            for n in &f.notes {
                let asked = n.rewrite.split(" (then").next().unwrap_or_default();
                assert!(!is_closed(asked), "{}: {n:?}", f.question);
            }
        }
    }
}

#[test]
fn keeping_in_touch_is_never_a_closed_question() {
    // A9: "We can stay in contact?" showed a Closed question badge.
    let (_, i, r) = run("rosa-delgado", ROSA);
    let last = i.exchanges.last().expect("a line");
    assert!(
        !shown_flags(last).contains(&Flag::ClosedQuestion),
        "{last:?}"
    );
    assert!(!(r.questions.flagged.iter()).any(|f| f.index == i.exchanges.len() - 1));
    let (_, i, r) = run("maya-okafor", MAYA);
    let last = i.exchanges.len() - 1;
    assert!(shown_flags(&i.exchanges[last]).is_empty());
    assert!(!(r.questions.flagged.iter()).any(|f| f.index == last));
}

#[test]
fn the_job_ask_note_never_names_their_organization() {
    // A9: Words like "clearwater", "vacancy", "part time" ask them for a position.
    let (_, _, r) = run("rosa-delgado", ROSA);
    let notes: Vec<_> = (r.questions.flagged.iter())
        .flat_map(|f| &f.notes)
        .filter(|n| n.flag == Flag::JobAsk)
        .collect();
    assert!(!notes.is_empty());
    for n in notes {
        assert!(
            !n.reason.to_lowercase().contains("clearwater"),
            "{}",
            n.reason
        );
    }
}

#[test]
fn an_outcome_lists_each_question_once() {
    // A18: reached by "Could you tell me about a typical week at the clinic?" twice.
    let q = "Could you tell me about a typical week at the clinic?";
    let (_, i, r) = run("rosa-delgado", &[ROSA[0], q, q]);
    let o = r
        .outcomes
        .get(Outcome::Responsibilities)
        .expect("an outcome");
    assert!(o.exchanges.len() >= 2, "{:?}", i.exchanges);
    assert_eq!(o.asked_by(&i.exchanges, 2), [q]);
}

#[test]
fn rewrites_in_the_users_words_are_written_out() {
    // A9: "Try: so how did u get into psychiatry? (then ask the second…)" kept the texting.
    let line = "so how did u get into psychiatry? and was it hard";
    let both = [Flag::ClosedQuestion, Flag::DoubleQuestion];
    for n in explain(line, Topic::Path, &both, &[]) {
        assert!(
            n.rewrite.starts_with("so how did you get into psychiatry?"),
            "{n:?}"
        );
    }
    let line = "did u like ur first year, and what did i miss";
    let notes = explain(line, Topic::Path, &[Flag::DoubleQuestion], &[]);
    assert!(!notes[0].rewrite.contains(" u "), "{notes:?}");
    // Shorthands for two words stay as typed rather than turn stiff ("do not").
    let notes = explain(
        "dont u think its hard",
        Topic::Challenges,
        &[Flag::ClosedQuestion],
        &[],
    );
    assert!(!notes[0].rewrite.contains("do not"), "{notes:?}");
}
