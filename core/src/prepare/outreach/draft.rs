//! The first draft of an outreach email, in the order the guides give (the checks are in
//! the parent module).

use crate::prepare::people::{AboutMe, Circle, Person};
use crate::prepare::words::{greeting_name, lower_first, pick, your_work};
use crate::prepare::EmailDraft;
use crate::understand::text;

/// A calm first draft to `person`, following the guides: who you are, how you found them,
/// why them, that you are exploring and not job hunting, and a request for `minutes`
/// (brought into 15-30) by phone or video at their convenience. Wording varies by person.
pub fn draft_outreach(
    person: &Person,
    referrer: Option<&str>,
    me: &AboutMe,
    minutes: u32,
) -> EmailDraft {
    let minutes = minutes.clamp(15, 30);
    let d = &person.details;
    let v = pick(&person.id, 3);
    // A field reads well in every sentence below ("careers in science policy"); a job title
    // does not ("careers in Policy analyst"), so without a field the wording stays general.
    // Typed in a form, a field often starts with a capital ("Primary care"); in a sentence it
    // does not ("careers in primary care").
    // "Biotech: regulatory affairs", typed as a tag: the field is the part after the colon.
    let field = d.field.rsplit(':').next().unwrap_or_default();
    let field = lower_first(field.trim());
    let subject_of = if field.is_empty() {
        "your line of work"
    } else {
        field.as_str()
    };
    let exploring = match (me.exploring.is_empty(), d.field.is_empty()) {
        (false, _) => me.exploring.clone(),
        (true, false) => format!("careers in {subject_of}"),
        (true, true) => "careers like yours".to_string(),
    };
    let subject = match referrer {
        Some(r) => [
            format!("{r} suggested I get in touch"),
            format!("Introduction through {r}: a question about your path"),
            format!("{r} thought we should talk"),
        ][v]
            .clone(),
        None => [
            format!("A student exploring {subject_of}: could I ask about your path?"),
            format!("Learning about {subject_of}: {minutes} minutes of your time?"),
            format!("A question about your path into {subject_of}"),
        ][v]
            .clone(),
    };
    let hello = if d.circle == Circle::KnowWell {
        "Hi"
    } else {
        ["Dear", "Hello", "Dear"][v]
    };
    let mut body = format!("{hello} {},\n\n", greeting_name(&d.name));
    let summary = me.summary.trim().trim_end_matches('.');
    if summary.is_empty() {
        body += "I'm a student";
    } else if summary.starts_with("I ") || summary.starts_with("I'") {
        body += summary;
    } else {
        body += &format!("I'm {summary}");
    }
    body += &format!(", and I'm exploring {exploring}. ");
    let at = your_work(&d.role, &d.organization);
    body += &match (referrer, d.how_found.trim()) {
        (Some(r), _) => [
            format!("{r} suggested I write to you, and thought you would be a good person to ask about {at}."),
            format!("{r} pointed me to you when I asked who could tell me more about {at}."),
            format!("When I told {r} what I was looking into, they suggested I get in touch about {at}."),
        ][v].clone(),
        // Someone you know well needs no word on how you found them ("My mom's sister").
        (None, _) if d.circle == Circle::KnowWell => format!("I'd love to hear more about {at}."),
        (None, "") => format!("I came across {at} and would value hearing how you got there."),
        // The field is free text, written into the sentence by its first word.
        (None, how) => format!(
            "{}, and {at} is the kind of path I'm trying to understand.",
            found_you(how.trim_end_matches('.'))
        ),
    };
    body += "\n\n";
    body += [
        "I'm not looking for a job; I'd simply like to learn from your experience: what your work involves day to day and how you found your way into it.",
        "I'm not looking for a job; I'm hoping to learn how you came to this work and what it is really like.",
        "I'm not job hunting; I'm trying to understand what the work involves and how people find their way into it.",
    ][v];
    body += "\n\n";
    body += &[
        format!("Would you have {minutes} minutes to talk by phone or video in the next few weeks, at a time that suits you?"),
        format!("I would be grateful for {minutes} minutes of your time, by phone or video, whenever suits you."),
        format!("Would you be open to a {minutes}-minute phone or video conversation, whenever suits you best?"),
    ][v];
    body += "\n\nThank you for considering it.\n\n";
    body += ["Best wishes,", "Kind regards,", "With thanks,"][v];
    body += "\n";
    body += if me.name.trim().is_empty() {
        "[Your name]"
    } else {
        me.name.trim()
    };
    EmailDraft { subject, body }
}

/// How the user found them, as the start of a sentence, by its first word (the `found_*`
/// classes of prepare.txt): "my lab's alumni list" and "LinkedIn" read after "through", "at
/// the BIO conference" after "your name", "Saw your talk" as "I saw your talk", "met (you)
/// at the career fair" as "We met at ...", an alumni panel gets its article ("through the
/// alumni panel at State U"). Anything else ("Friend of my roommate Jess", a comma, a name)
/// goes in brackets as typed.
fn found_you(how: &str) -> String {
    use crate::lexicon::prepare::{found_after, found_nouns, found_places, found_seeing};
    let words: Vec<&str> = how.split_whitespace().collect();
    let word = |i: usize| text::lower(words.get(i).copied().unwrap_or(""));
    let (first, second) = (word(0), word(1));
    let rest = |from: usize| words.get(from..).unwrap_or(&[]).join(" ");
    let lowered = lower_first(how);
    let bracket = how.contains(',') || crate::lexicon::prepare::relations().contains(&first);
    let verb = first == "found" || first == "met";
    let ends_in_a_list = words.len() > 1 && found_nouns().contains(&word(words.len() - 1));
    let (through, across) = ("I found your name through", "I came across your name");
    if !bracket && verb && second == "you" && words.len() > 2 {
        found_you(&format!("{first} {}", rest(2)))
    } else if !bracket && first == "found" && words.len() > 1 {
        found_you(&rest(1))
    } else if !bracket && first == "met" && found_places().contains(&second) {
        format!("We met {}", rest(1))
    } else if !bracket && found_after().contains(&first) {
        format!("{through} {lowered}")
    } else if !bracket && found_places().contains(&first) {
        format!("{across} {lowered}")
    } else if !bracket && found_seeing().contains(&first) {
        format!("I {lowered}")
    } else if !bracket && found_nouns().contains(&first) {
        format!("{through} the {lowered}")
    } else if !bracket && ends_in_a_list && !how.contains(['\'', '\u{2019}']) {
        // "Carrow grad school alumni list": a named list or event, its capitals kept.
        format!("{through} the {}", how.trim_end_matches('.'))
    } else if !bracket && words.len() == 1 {
        format!("{through} {how}")
    } else if verb || bracket {
        format!("{across} ({lowered})")
    } else {
        // A name or a title leads: its capital stays ("Jess Park", "Dr. Kim's seminar").
        format!("{across} ({how})")
    }
}
