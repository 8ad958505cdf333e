//! Picking up a concrete detail the persona has just said ("budget season, what happens
//! then?", "you mentioned the Medicaid contract, how did you get that?") gets the follow-up
//! of that answer's topic that expands the detail, not another answer.

mod common;

use askwell_core::conversation::ReplyKind;
use askwell_core::Topic;
use common::chat::Chat;

/// A persona, what the user says about themselves, a question, the answer's topic, the
/// detail that answer says, and a plain line picking that detail up.
struct Case {
    persona: &'static str,
    intro: &'static str,
    question: &'static str,
    topic: Topic,
    detail: &'static str,
    pick_up: &'static str,
}

const DANIEL: &str = "I'm a biology PhD student interested in regulatory affairs.";
const MAYA: &str = "I'm a premed student interested in child psychiatry.";
const ROSA: &str = "I'm a public health student interested in community health work.";
const SAM: &str = "I'm a stats undergrad curious about health data.";
// A guarded persona opens up to a question that shows some homework (words of his bio).
const TOMASZ: &str =
    "I'm a physics PhD student exploring science policy, and I'd like to hear about your work.";

const CASES: &[Case] = &[
    Case {
        persona: "daniel-reyes",
        intro: DANIEL,
        question: "What meetings fill a typical day?",
        topic: Topic::TypicalDay,
        detail: "labeling review",
        pick_up: "You mentioned a labeling review after lunch, what happens in it?",
    },
    Case {
        persona: "daniel-reyes",
        intro: DANIEL,
        question: "What are your main responsibilities?",
        topic: Topic::Responsibilities,
        detail: "true and defensible",
        pick_up: "You said you sign off that what you send is true and defensible, how do you check that?",
    },
    Case {
        persona: "daniel-reyes",
        intro: DANIEL,
        question: "How did you find your job?",
        topic: Topic::JobSearch,
        detail: "former lab mate",
        pick_up: "Who was the former lab mate?",
    },
    Case {
        persona: "daniel-reyes",
        intro: DANIEL,
        question: "What's hard about saying no to people?",
        topic: Topic::Challenges,
        detail: "exploratory endpoint",
        pick_up: "You mentioned the exploratory endpoint, why did you kill it?",
    },
    Case {
        persona: "maya-okafor",
        intro: MAYA,
        question: "What does a typical day look like for you?",
        topic: Topic::TypicalDay,
        detail: "phone calls to schools",
        pick_up: "Why so many phone calls to schools?",
    },
    Case {
        persona: "maya-okafor",
        intro: MAYA,
        question: "How much of your job is medication, and what's the rest?",
        topic: Topic::Responsibilities,
        detail: "safety planning",
        pick_up: "You mentioned safety planning, what does that involve?",
    },
    Case {
        persona: "maya-okafor",
        intro: MAYA,
        question: "How is the behavioral health side organized?",
        topic: Topic::Organization,
        detail: "partial hospital program",
        pick_up: "What's the partial hospital program like?",
    },
    Case {
        persona: "maya-okafor",
        intro: MAYA,
        question: "What wears you down, like insurance?",
        topic: Topic::Challenges,
        detail: "prior authorizations",
        pick_up: "You mentioned prior authorizations, what are they like?",
    },
    Case {
        persona: "rosa-delgado",
        intro: ROSA,
        question: "How is Clearwater funded?",
        topic: Topic::Organization,
        detail: "Medicaid",
        pick_up: "You mentioned the Medicaid contract, how did you get that?",
    },
    Case {
        persona: "rosa-delgado",
        intro: ROSA,
        question: "What's hard about burnout and pay for CHWs?",
        topic: Topic::Challenges,
        detail: "21 dollars an hour",
        pick_up: "You said the starting wage is 21 dollars an hour, why is it so low?",
    },
    Case {
        persona: "rosa-delgado",
        intro: ROSA,
        question: "What does a CHW home visit involve?",
        topic: Topic::Responsibilities,
        detail: "kitchen cupboards",
        pick_up: "You mentioned looking in the kitchen cupboards, why do they do that?",
    },
    Case {
        persona: "rosa-delgado",
        intro: ROSA,
        question: "What's most rewarding about your work?",
        topic: Topic::Rewards,
        detail: "bachelor's at night",
        pick_up: "How is Luz Marina finishing her bachelor's at night?",
    },
    Case {
        persona: "sam-whitfield",
        intro: SAM,
        question: "What's the biggest challenge with EHR data?",
        topic: Topic::Challenges,
        detail: "Missing doesn't mean zero",
        pick_up: "You said missing doesn't mean zero, what do you mean?",
    },
    Case {
        persona: "sam-whitfield",
        intro: SAM,
        question: "How did you find this job?",
        topic: Topic::JobSearch,
        detail: "20-minute call",
        pick_up: "You mentioned a 20-minute call, how did that go?",
    },
    Case {
        persona: "sam-whitfield",
        intro: SAM,
        question: "What's the team culture like?",
        topic: Topic::Organization,
        detail: "show-and-tell",
        pick_up: "The Wednesday lunch show-and-tell, what's that like?",
    },
    Case {
        persona: "sam-whitfield",
        intro: SAM,
        question: "What are your main responsibilities?",
        topic: Topic::Responsibilities,
        detail: "heart failure and COPD",
        pick_up: "You mentioned heart failure and COPD, why those two?",
    },
    Case {
        persona: "tomasz-nowak",
        intro: TOMASZ,
        question: "How many hours a week do you work on briefing memos and portfolio analysis?",
        topic: Topic::WorkLife,
        detail: "budget season",
        pick_up: "Budget season, what happens then?",
    },
    Case {
        persona: "tomasz-nowak",
        intro: TOMASZ,
        question: "What does a typical day of briefing memos and portfolio analysis look like?",
        topic: Topic::TypicalDay,
        detail: "two-pager on early-career funding trends",
        pick_up: "You mentioned the two-pager on early-career funding trends, what was that about?",
    },
    Case {
        persona: "tomasz-nowak",
        intro: TOMASZ,
        question: "How does the interagency working group work with the other agencies?",
        topic: Topic::Organization,
        detail: "ocean sensors",
        pick_up: "You mentioned the ocean sensors, what happened there?",
    },
];

#[test]
fn a_detail_picked_up_gets_the_follow_up_that_expands_it() {
    let lower = |s: &str| s.to_lowercase();
    for case in CASES {
        let mut c = Chat::with(case.persona, 30);
        c.ask("Hi");
        c.ask(case.intro);
        let answer = c.ask(case.question);
        let who = format!("{}: {}", case.persona, case.question);
        assert_eq!(
            (answer.kind, answer.topic),
            (ReplyKind::Answer, case.topic),
            "{who}: {}",
            answer.reply
        );
        // The detail was said, so picking it up is a fair question.
        assert!(
            lower(&answer.reply).contains(&lower(case.detail)),
            "{who}: the answer does not say {:?}: {}",
            case.detail,
            answer.reply
        );
        let more = c.ask(case.pick_up);
        let who = format!("{}: {}", case.persona, case.pick_up);
        assert_eq!(
            (more.kind, more.topic),
            (ReplyKind::FollowUp, case.topic),
            "{who}: {}",
            more.reply
        );
        let script = c.persona.script(case.topic).expect("a script");
        let given = (script.follow_ups.iter())
            .find(|f| more.reply.starts_with(f.as_str()))
            .unwrap_or_else(|| panic!("{who}: not a follow-up of the topic: {}", more.reply));
        assert!(
            lower(given).contains(&lower(case.detail)),
            "{who}: the follow-up does not name {:?}: {given}",
            case.detail
        );
    }
}

#[test]
fn tell_me_more_still_gives_each_main_topic_its_first_follow_up() {
    // The new follow-ups were added after the old ones: a bare "tell me more" still hears
    // the persona's first.
    let asks = [
        (
            Topic::TypicalDay,
            "What does a typical day look like for you?",
        ),
        (
            Topic::Responsibilities,
            "What are your main responsibilities?",
        ),
        (Topic::Challenges, "What's the hardest part of your job?"),
    ];
    for (id, intro) in [
        ("daniel-reyes", DANIEL),
        ("maya-okafor", MAYA),
        ("rosa-delgado", ROSA),
        ("sam-whitfield", SAM),
    ] {
        for (topic, question) in asks {
            let mut c = Chat::with(id, 30);
            c.ask("Hi");
            c.ask(intro);
            let answer = c.ask(question);
            assert_eq!(answer.topic, topic, "{id}: {question}");
            let more = c.ask("Tell me more");
            let first = &c.persona.script(topic).unwrap().follow_ups[0];
            assert_eq!(more.kind, ReplyKind::FollowUp, "{id}: {question}");
            assert!(
                more.reply.starts_with(first.as_str()),
                "{id}: {}",
                more.reply
            );
        }
    }
}
