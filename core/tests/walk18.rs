//! From the eighteenth walk-through: thanks said on the way to a question ended the call, a
//! question after a colon was not read, and "who is X?" about someone the persona had named
//! was taken as a request for contacts. The lines here are reworded from the walk's.

mod common;

use askwell_core::topic::Segment;
use askwell_core::Topic;
use common::chat::Chat;

/// Thanks, then a question cut at a comma: the question is answered and the call goes on.
#[test]
fn thanks_then_a_question_with_a_comma_is_answered() {
    let mut c = Chat::with("sam-whitfield", 30);
    c.ask("Hi Sam, I'm a stats student.");
    c.ask("What does a normal week look like for you?");
    let e = c.ask("Thanks. And working from home full time, is that possible in your field?");
    assert_eq!(e.topic, Topic::WorkLife, "{}", e.reply);
    assert_ne!(e.segment, Segment::Closing, "{}", e.reply);
}

/// A term asked about after a colon is explained, even after the goodbye was said.
#[test]
fn a_term_asked_after_a_colon_is_explained() {
    let mut c = Chat::with("priya-raman", 30);
    c.ask("Hi Priya, I'm a nursing student.");
    c.ask("What skills does your job need?");
    c.ask("Thank you so much for your time, this was great.");
    let e = c.ask("Oh wait, sorry, one last thing: what is a readability checker?");
    assert!(e.reply.contains("Reading level is"), "{}", e.reply);
}

/// Who is X, about a person the persona's texts name: the text that says who they are.
#[test]
fn who_is_a_named_person_tells_about_them() {
    let mut c = Chat::with("daniel-reyes", 30);
    c.ask("Hi Daniel, I'm a pharmacy student.");
    let e = c.ask("Sorry, who is Meera?");
    assert_ne!(e.topic, Topic::Contacts, "{}", e.reply);
    // The text that sets her name beside what she is (her role, in the typical day's
    // answer or the follow-up about managing her).
    let about = e.reply.contains("Meera Nandakumar") && e.reply.contains("regulatory associate");
    assert!(about, "{}", e.reply);
    let mut c = Chat::with("priya-raman", 30);
    c.ask("Hi Priya, I'm a nursing student.");
    let e = c.ask("who's dana btw");
    // Her glossary entry (the people a persona names are terms): who she is to Priya.
    let about = e.reply.contains("Dana Holloway") && e.reply.contains("my boss");
    assert!(about, "{}", e.reply);
}

/// "Who" before a verb that is not "is" asks nothing about a name the persona uses.
#[test]
fn who_before_another_verb_is_not_about_a_name() {
    let mut c = Chat::with("rosa-delgado", 30);
    c.ask("Hi Rosa, I'm a nursing student who speaks Spanish.");
    let e = c.ask("For someone like me, who speaks Spanish, what is your advice?");
    assert_eq!(e.topic, Topic::GeneralAdvice, "{}", e.reply);
}

/// Thanks for their time before the first question is welcomed (not "glad it's been
/// useful"), after the greeting, though the question names a part of the job.
#[test]
fn thanks_for_their_time_before_the_first_question_is_welcomed() {
    let mut c = Chat::with("rosa-delgado", 30);
    let e = c.ask("Hi Rosa, I'm Ana, a public health student. Thank you for your time. What part of your job is the hardest?");
    assert_eq!(e.topic, Topic::Challenges, "{}", e.reply);
    let welcome = [
        "Of course, it's my pleasure.",
        "Happy to, really.",
        "My pleasure.",
    ];
    let second = e.reply.split_inclusive(". ").nth(1).unwrap_or("").trim();
    assert!(
        welcome
            .iter()
            .any(|w| second.starts_with(w) || e.reply.starts_with(w)),
        "{}",
        e.reply
    );
    assert!(
        !e.reply.contains("useful") && !e.reply.contains("Happy to help"),
        "{}",
        e.reply
    );
}

/// A remark before a question, read weakly as a whole, is read by its question: how they
/// were hired is the job search, not a menu of advice and trends.
#[test]
fn a_remark_before_the_question_does_not_blur_it() {
    let mut c = Chat::with("sam-whitfield", 30);
    let e = c.ask("Hello Sam, I'm Ines, a math undergrad. Thanks for chatting. How did you get your first analyst job?");
    assert_eq!(e.topic, Topic::JobSearch, "{}", e.reply);
    let mut c = Chat::with("daniel-reyes", 30);
    c.ask("Hi Daniel, I'm a chemistry postdoc.");
    c.ask("How did you get into regulatory affairs?");
    let e = c.ask("Leaving a postdoc for an associate title sounds like going backwards on paper. Was it tough to get hired with no industry experience?");
    assert_eq!(e.topic, Topic::JobSearch, "{}", e.reply);
}

/// A brief answer that announced its parts (three jobs) and named one: asked for the others,
/// the persona names them, not another story.
#[test]
fn the_other_parts_of_a_brief_answer_are_told_when_asked() {
    let mut c = Chat::with("rosa-delgado", 30);
    c.ask("Hi Rosa, I'm a sociology student.");
    let brief = c.ask("so do you manage all 38 of them yourself?");
    assert!(brief.reply.contains("three jobs"), "{}", brief.reply);
    assert!(!brief.reply.contains("grant writer"), "{}", brief.reply);
    let e = c.ask("and the other two jobs?");
    assert!(e.reply.contains("grant writer"), "{}", e.reply);
}

/// Asked for their job title (a question list's first question), the persona says the role
/// and organization on its card before the answer; a template's blank asks nothing.
#[test]
fn asked_for_their_title_the_persona_says_it() {
    let mut c = Chat::with("maya-okafor", 30);
    c.ask("Good afternoon, I'm a third-year student.");
    let e = c.ask("What is your exact job title, and what do you do there?");
    assert!(
        e.reply.contains(
            "My title: adolescent psychiatrist (attending), at Riverbend Children's Hospital."
        ),
        "{}",
        e.reply
    );
    let mut c = Chat::with("sam-whitfield", 30);
    c.ask("Good morning, I'm a second-year student.");
    let e = c.ask("What is a normal day like in your role as a [job title]?");
    assert!(!e.reply.contains("My title"), "{}", e.reply);
}

/// Asked to be introduced to someone the persona just named, the persona agrees to that
/// person, not a list of others.
#[test]
fn asked_for_an_introduction_to_a_named_person_the_persona_agrees() {
    let mut c = Chat::with("sam-whitfield", 30);
    c.ask("Hi Sam, I'm a stats student.");
    let names = c.ask("Do you know anyone at a health-tech vendor I could talk to?");
    assert!(names.reply.contains("Ravi"), "{}", names.reply);
    let e = c.ask("Great. Could you introduce me to Ravi by email?");
    assert!(
        e.reply.contains("Ravi") && e.reply.contains("copy you"),
        "{}",
        e.reply
    );
}

/// A line the model reads as off topic that says two words of the persona's answers side by
/// side (eating disorders) asks about the work, not for a change of subject.
#[test]
fn a_pair_of_the_persona_s_words_is_about_the_work() {
    let mut c = Chat::with("maya-okafor", 30);
    c.ask("Hi, I'm a premed student.");
    let e = c.ask("So an eating disorder then? Do you get many eating disorders on the unit?");
    assert_ne!(e.topic, Topic::None, "{}", e.reply);
    assert!(
        e.reply.contains("eating-disorders") || e.reply.contains("eating disorders"),
        "{}",
        e.reply
    );
}
