//! The notes after a conversation: the thank-you (from a logged real conversation, or from a
//! practice review), the later note on how their advice helped, and the note telling a
//! referrer that their contact was reached.

use super::log::ConversationLog;
use super::people::{AboutMe, People, Person};
use super::second_person::quote_to;
use super::words::{from_named, greeting_name, name_in, pick, quote_words};
use super::EmailDraft;
use crate::coach::Review;
use crate::conversation::pickup::stem;
use crate::interview::{Exchange, Interview};
use crate::persona::{Lines, Persona};
use crate::topic::{Outcome, Topic};
use crate::understand::text;

/// The guides ask for a brief thank-you; their sample runs to about 90 words.
pub const THANK_YOU_MAX_WORDS: usize = 150;

/// The thank-you after a logged conversation: one specific thing from the notes, the
/// referral the user will contact (someone on the list they suggested, else the first
/// name in the contacts note), and a wish to keep in touch. None when the person is gone.
pub fn thank_you_from_log(log: &ConversationLog, people: &People) -> Option<EmailDraft> {
    let person = people.get(&log.person_id)?;
    let n = &log.notes;
    let specific = [
        (&n.work, "your work"),
        (&n.path, "how you got where you are"),
        (&n.future, "where the field is heading"),
        (&n.organizations, "the organizations worth joining"),
    ]
    .into_iter()
    .find_map(|(note, about)| quote_to(note, person.name()).map(|s| (about, s)));
    let referral = people
        .referred_by(&person.id)
        .first()
        .map(|p| p.name().to_string())
        .or_else(|| name_in(&n.contacts));
    let helped = specific.map(|(about, s)| {
        // A note that speaks to no one (mostly writing and reviewing submissions; lots of
        // meetings) is the user's shorthand: quoted up to its first clause, not passed off
        // as prose.
        let you = crate::lexicon::prepare::spoken_to();
        let spoken_to = text::words(&s).iter().any(|w| you.contains(w));
        let s = if spoken_to {
            s
        } else {
            let first = s.split(';').next().unwrap_or_default();
            format!("\u{201c}{}\u{201d}", first.trim().trim_end_matches('.'))
        };
        format!("What stays with me most is what you said about {about}: {s}.")
    });
    Some(thank_you(
        person.name(),
        &person.id,
        helped,
        referral,
        &people.me,
    ))
}

/// The thank-you after a practice: the same shape, built from what the persona said (what the
/// user's own thanks named, else a nugget the user drew out, else an answer that reached an
/// outcome) and a contact they named.
pub fn thank_you_from_practice(
    interview: &Interview,
    persona: &Persona,
    review: &Review,
    me: &AboutMe,
) -> EmailDraft {
    let found = |outcome: Outcome| {
        review
            .outcomes
            .get(outcome)
            .into_iter()
            .flat_map(|o| o.nuggets_found.iter())
            .filter_map(|id| persona.nugget(id))
    };
    let nuggets = [
        Outcome::Background,
        Outcome::Responsibilities,
        Outcome::Future,
        Outcome::Organizations,
    ]
    .into_iter()
    .flat_map(found)
    .map(|n| (n.topic, n.text.as_str()));
    // Then the answers that reached an outcome, in the order they were given.
    let reached = |i: &usize| {
        review
            .outcomes
            .items
            .iter()
            .any(|o| o.outcome != Outcome::Contacts && o.exchanges.contains(i))
    };
    let answers = interview
        .exchanges
        .iter()
        .enumerate()
        .filter(|(i, _)| reached(i))
        .map(|(_, e)| (e.topic, e.reply.as_str()));
    // The first with something worth quoting: a reply that was all hedge or stock lines
    // gives way to the next, and with none the note thanks them in general terms.
    let thanks = (interview.exchanges.iter().rev())
        .find(|e| e.topic == Topic::Thanks || e.also.contains(&Topic::Thanks));
    let helped = thanks
        .and_then(|t| thanked_for(t, interview, &persona.lines))
        .or_else(|| {
            nuggets
                .chain(answers)
                .find_map(|(topic, said)| quotable(said, &persona.lines).map(|s| (topic, s)))
        })
        // Their words in quotation marks: in indirect speech their "I" would read as the
        // writer's.
        .map(|(topic, s)| {
            format!(
                "What stays with me most is what you told me about {}: \u{201c}{}\u{201d}",
                about_your(topic),
                quote_words(&s, 24)
            )
        });
    // The person their thanks named ("...and dr haddad"), else the first one suggested.
    let thanked = text::words(thanks.map_or("", |e| e.question.as_str()));
    let names: Vec<String> = found(Outcome::Contacts)
        .filter_map(|n| name_in(&n.text))
        .collect();
    let named = |n: &&String| text::words(n).last().is_some_and(|w| thanked.contains(w));
    let referral = names.iter().find(named).or(names.first()).cloned();
    thank_you(&persona.name, &interview.id, helped, referral, me)
}

/// What the user's thanks named ("especially the part about teach-back"): the sentence of an
/// earlier answer sharing the most of its words of substance (two or more; the sentences of
/// the line that ask something, such as a request for names, are left out), with the
/// answer's topic. The note then builds on what the user said helped, not on whatever was
/// said first.
fn thanked_for(thanks: &Exchange, interview: &Interview, lines: &Lines) -> Option<(Topic, String)> {
    let courtesy = crate::lexicon::courtesy();
    let thanking: Vec<&str> = (text::sentences(&thanks.question).into_iter())
        .filter(|s| !s.trim_end().ends_with('?'))
        .collect();
    let named: Vec<String> = text::words(&thanking.join(" "))
        .iter()
        .filter(|w| w.chars().count() >= 4 && !text::is_function_word(w))
        .filter(|w| !courtesy.iter().any(|c| c == *w))
        .map(|w| stem(w))
        .collect();
    let mut best: Option<(usize, Topic, String)> = None;
    for e in &interview.exchanges {
        if !crate::coach::answered(e) || crate::coach::outcome_of(e.topic).is_none() {
            continue;
        }
        for s in text::sentences(&e.reply) {
            let said: Vec<String> = text::words(s).iter().map(|w| stem(w)).collect();
            let shared: Vec<&String> = named.iter().filter(|w| said.contains(w)).collect();
            if shared.len() >= 2 && best.as_ref().is_none_or(|b| shared.len() > b.0) {
                if let Some(q) = quotable(s, lines) {
                    best = Some((shared.len(), e.topic, from_named(&q, &named)));
                }
            }
        }
    }
    best.map(|(_, topic, s)| (topic, s))
}

/// What an answer on `topic` was about, said to the person who gave it.
fn about_your(topic: Topic) -> &'static str {
    match topic {
        Topic::TypicalDay => "your typical day",
        Topic::Responsibilities => "what your job involves",
        Topic::Organization => "your organization",
        Topic::Rewards => "what you find rewarding",
        Topic::Challenges => "what is hard in your work",
        Topic::Skills => "the skills your role needs",
        Topic::Compensation => "pay in your field",
        Topic::WorkLife => "hours and balance",
        Topic::Education => "your education",
        Topic::Path => "how you got where you are",
        Topic::JobSearch => "how you found your position",
        Topic::Alternatives => "the other paths you considered",
        Topic::Trends => "where the field is heading",
        Topic::Advancement => "how careers grow in your field",
        Topic::Organizations => "the organizations worth joining",
        Topic::Resources => "what to read and follow",
        Topic::Application => "applications",
        _ => "your work",
    }
}

/// A sentence of a reply worth quoting back: the first with substance, as it was said,
/// without a spoken lead-in ("Oh, and one more thing: ..." quotes as "One more thing: ...").
/// None when no sentence has any: a note that quotes "It depends where we are in the
/// cycle." back thanks them for nothing.
fn quotable(said: &str, lines: &Lines) -> Option<String> {
    // A repeated answer opens with their "As I said, ".
    let said = lines
        .repeat
        .iter()
        .find_map(|p| said.strip_prefix(p.trim_end()))
        .unwrap_or(said);
    // Their stock lines (a time check, a guarded "ask me something more specific", a
    // tangent, "that's all I've got") ride along with answers but say nothing about the work.
    let stock: Vec<&str> = [
        &lines.guarded,
        &lines.no_more,
        &lines.tangents,
        &lines.time_check,
        &lines.wrap_up,
        &lines.early_end,
    ]
    .into_iter()
    .flatten()
    .flat_map(|l| text::sentences(l))
    .collect();
    let not_quoted = crate::lexicon::letters::not_quoted();
    let chosen = text::sentences(said)
        .into_iter()
        .filter(|s| !stock.contains(s))
        .filter(|s| {
            !text::words(s)
                .iter()
                .any(|w| crate::lexicon::has(not_quoted, w))
        })
        .map(|s| {
            let mut s = s.trim();
            for lead in crate::lexicon::letters::lead_ins() {
                s = s.strip_prefix(lead.as_str()).unwrap_or(s);
            }
            s
        })
        .find(|s| substantive(s))?;
    // ASCII only: `char::to_uppercase` would bring Unicode's case table (about 8 KB gzip)
    // into every practice; a lead-in is stripped only before an English word anyway.
    let mut out = chosen.to_string();
    if let Some(first) = out.get_mut(0..1) {
        first.make_ascii_uppercase();
    }
    Some(out)
}

/// A sentence that tells them something: a statement (not a question back), not a hedge or
/// an announcement, with at least six content words, a number or a name counting as one
/// ("Meetings, mostly." and "Balance is managed, not given." say too little out of context).
fn substantive(s: &str) -> bool {
    let lower = text::lower(s).replace('\u{2019}', "'");
    let announces = !s.bytes().any(|b| b == b':')
        && crate::lexicon::empty_openings()
            .iter()
            .any(|o| lower.starts_with(o.as_str()));
    let content = text::words(s)
        .iter()
        .filter(|w| !text::is_function_word(w))
        .count();
    // A figure or a proper name past the first word: the concrete detail worth thanking for.
    let concrete = s.chars().any(|c| c.is_ascii_digit())
        || s.split_whitespace().skip(1).any(|w| {
            w.chars().next().is_some_and(char::is_uppercase) && w != "I" && !w.starts_with("I'")
        });
    !announces && !s.trim_end().ends_with('?') && content + usize::from(concrete) >= 6
}

fn thank_you(
    name: &str,
    seed: &str,
    helped: Option<String>,
    referral: Option<String>,
    me: &AboutMe,
) -> EmailDraft {
    let v = pick(seed, 3);
    let subject = [
        "Thank you for our conversation",
        "Thank you for your time this week",
        "Thanks for talking with me",
    ][v]
        .to_string();
    let mut body = format!("Dear {},\n\n", greeting_name(name));
    body += [
        "Thank you again for taking the time to talk with me.",
        "Thank you for making time to speak with me this week.",
        "I'm grateful you took the time to talk with me.",
    ][v];
    body += " ";
    body += &helped.unwrap_or_else(|| {
        "Hearing how the work looks from the inside gave me a much clearer picture.".into()
    });
    if let Some(r) = referral {
        body +=
            &format!(" Thank you for suggesting I talk to {r}; I will get in touch this month.");
    }
    body += "\n\n";
    let exploring = me.exploring.trim();
    body += &if exploring.is_empty() {
        "I would be glad to stay in touch as I keep exploring, and please let me know if I can ever return the favour.".to_string()
    } else {
        format!("I would be glad to stay in touch as I keep exploring {exploring}, and please let me know if I can ever return the favour.")
    };
    body += "\n\n";
    body += ["Warm regards,", "With thanks,", "Best wishes,"][v];
    body += "\n";
    body += signature(me);
    EmailDraft { subject, body }
}

fn signature(me: &AboutMe) -> &str {
    let n = me.name.trim();
    if n.is_empty() {
        "[Your name]"
    } else {
        n
    }
}

/// The later note, weeks on: how their advice helped (from the conversation's notes).
pub fn advice_helped_draft(
    person: &Person,
    log: Option<&ConversationLog>,
    me: &AboutMe,
) -> EmailDraft {
    let advice = log.and_then(|l| {
        [
            &l.notes.organizations,
            &l.notes.future,
            &l.notes.path,
            &l.notes.work,
        ]
        .into_iter()
        .find_map(|n| quote_to(n, person.name()))
    });
    let mut body = format!("Dear {},\n\n", greeting_name(person.name()));
    body += "I wanted to let you know how our conversation has helped since we spoke. ";
    body += &match advice {
        Some(a) => format!(
            "I have kept coming back to what you told me ({a}), and [say what you did with it]."
        ),
        None => "[Say which piece of advice you acted on, and what came of it.]".into(),
    };
    body += "\n\nThank you again for your time. I hope we can stay in touch.\n\nBest wishes,\n";
    body += signature(me);
    EmailDraft {
        subject: "How your advice helped".into(),
        body,
    }
}

/// The note telling `referrer` that the user reached `referred`, whom they suggested.
pub fn referral_contacted_draft(referrer: &Person, referred: &Person, me: &AboutMe) -> EmailDraft {
    let mut body = format!("Dear {},\n\n", greeting_name(referrer.name()));
    body += &format!(
        "A quick note to say I have been in touch with {}, as you suggested. Thank you for pointing me to them; [say what came of it, or when you will talk].",
        referred.name()
    );
    body += "\n\nThank you again for your help.\n\nBest wishes,\n";
    body += signature(me);
    EmailDraft {
        subject: format!("I reached {}: thank you", referred.name()),
        body,
    }
}

#[cfg(test)]
#[path = "followup_tests.rs"]
mod tests;
