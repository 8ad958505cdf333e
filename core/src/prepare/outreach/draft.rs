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
        // Someone you know well needs no word on how you found them (`My mom's sister`), nor
        // does your own former boss or classmate.
        (None, _) if knows_me(person) => format!("I'd love to hear more about {at}."),
        (None, "") => format!("I came across {at} and would value hearing how you got there."),
        // The field is free text, written into the sentence by its first word.
        (None, how) => format!(
            "{}, and {at} is the kind of path I'm trying to understand.",
            how_we_connect(how.trim_end_matches('.'), d.circle)
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

/// Who a person is to the user, read from how they were found (`My roommate's aunt`).
enum Connection {
    /// Linked through someone or something: `my roommate` (of `My roommate's aunt` or
    /// `Friend of my roommate`).
    Through(String),
    /// The user's own relation: `My former boss`.
    Direct,
}

/// Whether the person knows the user, so the email needs no word on how they were found:
/// known well, or the user's own relation (`My old professor`).
pub(super) fn knows_me(person: &Person) -> bool {
    let d = &person.details;
    d.circle == Circle::KnowWell
        || matches!(connection(d.how_found.trim()), Some(Connection::Direct))
}

/// The connection that the `relations` words of prepare.txt name, when they lead the text
/// (after `relation_leads` words: `an old friend`) or follow a possessive (`Jess's mom`).
/// After a verb (`Met your colleague at BIO`) they name none: `found_you` reads the text.
fn connection(how: &str) -> Option<Connection> {
    use crate::lexicon::prepare::{relation_leads, relation_links, relations};
    let raw: Vec<&str> = how.split_whitespace().collect();
    let lowered: Vec<String> = raw.iter().map(|w| text::lower(w)).collect();
    let is_relation = |w: &str| relations().iter().any(|r| r == unpossessed(w));
    let r = lowered.iter().position(|w| is_relation(w))?;
    let through = |words: &[&str]| {
        let t = words.join(" ");
        let t = unpossessed(t.trim_end_matches(['.', ',']));
        // `My roommate` starts lower case in a sentence; a name (`Jess`) keeps its capital.
        let first = text::lower(words.first()?);
        let common = relation_leads().contains(&first) || is_relation(&first);
        let t = if common {
            lower_first(t)
        } else {
            t.to_string()
        };
        Some(Connection::Through(t))
    };
    // `My dad's old colleague`: through whoever the last possessive names.
    if let Some(p) = lowered[..=r].iter().rposition(|w| unpossessed(w) != w) {
        return through(&raw[..=p]);
    }
    let leads = lowered[..r]
        .iter()
        .all(|w| relation_leads().contains(w) || is_relation(w));
    if !leads {
        return None;
    }
    // `Friend of my roommate Jess`, `Classmate from State U`.
    if lowered
        .get(r + 1)
        .is_some_and(|w| relation_links().contains(w))
    {
        return through(&raw[r + 2..]);
    }
    Some(Connection::Direct)
}

/// `word` without a possessive's s and apostrophe (either one).
fn unpossessed(word: &str) -> &str {
    word.strip_suffix('s')
        .and_then(|w| w.strip_suffix(['\'', '\u{2019}']))
        .unwrap_or(word)
}

/// How the person and the user are connected, as the start of a sentence: through someone
/// (to an acquaintance, `We know each other through my roommate`), or else how they were
/// found, as `found_you` words it.
fn how_we_connect(how: &str, circle: Circle) -> String {
    let acquainted = circle == Circle::Acquaintance;
    match connection(how) {
        Some(Connection::Through(who)) if acquainted => known_through(&who),
        Some(Connection::Through(who)) => format!("We're connected through {who}"),
        _ => found_you(how, acquainted),
    }
}

/// How an email to an acquaintance says what links them.
const KNOW_EACH_OTHER: &str = "We know each other";

fn known_through(link: &str) -> String {
    format!("{KNOW_EACH_OTHER} through {link}")
}

/// How the user found them, as the start of a sentence, by its first word (the `found_*`
/// classes of prepare.txt): "my lab's alumni list" and "LinkedIn" read after "through", "at
/// the BIO conference" after "your name", "Saw your talk" as "I saw your talk", "met (you)
/// at the career fair" as "We met at ...", an alumni panel gets its article ("through the
/// alumni panel at State U"). Anything else ("Friend of my roommate Jess", a comma, a name)
/// goes in brackets as typed.
fn found_you(how: &str, acquainted: bool) -> String {
    use crate::lexicon::prepare::{found_after, found_nouns, found_places, found_seeing};
    let words: Vec<&str> = how.split_whitespace().collect();
    let word = |i: usize| text::lower(words.get(i).copied().unwrap_or(""));
    let (first, second) = (word(0), word(1));
    let rest = |from: usize| words.get(from..).unwrap_or(&[]).join(" ");
    let lowered = lower_first(how);
    let bracket =
        how.bytes().any(|b| b == b',') || crate::lexicon::prepare::relations().contains(&first);
    let verb = first == "found" || first == "met";
    let ends_in_a_list = words.len() > 1 && found_nouns().contains(&word(words.len() - 1));
    // An acquaintance was met, not found: `We met at the BIO conference`.
    let (through, across) = if acquainted {
        ("We met through", "We met")
    } else {
        ("I found your name through", "I came across your name")
    };
    if !bracket && verb && second == "you" && words.len() > 2 {
        found_you(&format!("{first} {}", rest(2)), acquainted)
    } else if !bracket && first == "found" && words.len() > 1 {
        found_you(&rest(1), acquainted)
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
    } else if acquainted && !verb && !bracket {
        known_through(how)
    } else if verb || bracket {
        let lead = if acquainted { KNOW_EACH_OTHER } else { across };
        format!("{lead} ({lowered})")
    } else {
        // A name or a title leads: its capital stays ("Jess Park", "Dr. Kim's seminar").
        format!("{across} ({how})")
    }
}
