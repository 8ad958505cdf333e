//! The etiquette checks over a whole interview, and what makes a thank-you specific.

use super::review::{asks_for, is_job_ask, social};
use super::{
    answered, minutes, minutes_over, Etiquette, EtiquetteItem, QuestionsReview, TimingReview,
};
use crate::interview::{Exchange, Interview};
use crate::persona::Persona;
use crate::timing::clock_label;
use crate::topic::{Outcome, Segment, Topic};

use crate::lexicon::{self, has};

/// Lower-case words with punctuation trimmed.
fn words(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split_whitespace()
        .map(|w| {
            crate::understand::text::lower(w.trim_matches(|c: char| !c.is_alphanumeric()))
                .replace('’', "'")
        })
        .filter(|w| !w.is_empty())
}

fn thanks_word(w: &str) -> bool {
    has(lexicon::thanks(), w)
}

/// The line thanks them somewhere ("Thank you, Dr. Nowak. ... Would it be all right to stay
/// in touch?").
fn says_thanks(line: &str) -> bool {
    words(line).any(|w| thanks_word(&w))
}

/// Each question of the line that does not thank asks to keep in touch (coach.txt
/// touch_words), if it asks any.
fn asks_only_to_keep_in_touch(line: &str) -> bool {
    (crate::understand::text::sentences(line).into_iter())
        .filter(|s| s.ends_with('?') && !says_thanks(s))
        .all(|s| words(s).any(|w| has(lexicon::touch_words(), &w)))
}

/// The exchanges where the user thanked them: understood as thanks (or with thanks as its
/// second intent), or a closing line that thanks while it asks something else, as the model
/// may file 'Thank you... May I stay in touch?' under keeping in touch alone. A line is
/// closing when said in the closing, when it asks to keep in touch or for anything else, or
/// when it asks nothing but to keep in touch and nothing after it asks about their work:
/// thanks on the way out count however the persona read them.
pub(super) fn thanks_lines(interview: &Interview) -> Vec<&Exchange> {
    let ex = &interview.exchanges;
    let closing = |i: usize, e: &Exchange| {
        e.segment == Segment::Closing
            || matches!(e.topic, Topic::KeepInTouch | Topic::AnythingElse)
            || (asks_only_to_keep_in_touch(&e.question)
                && ex[i + 1..].iter().all(|later| social(later.topic)))
    };
    (ex.iter().enumerate())
        .filter(|&(i, e)| {
            // A goodbye the persona read as thanks (that covers my questions, bye) thanks
            // nobody: a thank-you has a word of thanks or praise (this has been so helpful).
            let grateful = says_thanks(&e.question)
                || words(&e.question).any(|w| has(lexicon::grateful(), &w));
            answered(e)
                && grateful
                && (e.topic == Topic::Thanks
                    || e.also.contains(&Topic::Thanks)
                    || (says_thanks(&e.question) && closing(i, e)))
        })
        .map(|(_, e)| e)
        .collect()
}

/// A thank-you is specific when it names something concrete: a word of 4+ letters, other than
/// courtesy words and the persona's name, that the persona said earlier ("the mentorship
/// program"); what helped, after a word for it ("the tip about learning SQL"); or when it runs
/// to 8+ words, 3 of them beyond courtesy words.
pub fn thanks_is_specific(line: &str, persona_name: &str, earlier: &[&str]) -> bool {
    use crate::understand::text;
    let name: Vec<String> = words(persona_name).collect();
    // Leave out the questions that do not thank: "Thanks, this was helpful. Could I follow up
    // by email?" names nothing that helped, however many words the question has. Statements
    // stay, as what helped is often a sentence of its own ("Thanks! The tip about X...").
    let kept: Vec<&str> = (text::sentences(line).into_iter())
        .filter(|s| !s.ends_with('?') || says_thanks(s))
        .collect();
    let all: Vec<String> = words(&kept.join(" ")).collect();
    let plain = |w: &str| {
        has(lexicon::courtesy(), w)
            || has(lexicon::keep_in_touch(), w)
            || name.iter().any(|n| n.as_str() == w)
    };
    let concrete: Vec<&String> = all.iter().filter(|w| w.len() >= 3 && !plain(w)).collect();
    if all.len() >= 8 && concrete.len() >= 3 {
        return true;
    }
    let names_what = all.windows(2).enumerate().any(|(i, pair)| {
        has(lexicon::helped(), &pair[0])
            && has(lexicon::helped_about(), &pair[1])
            && all[i + 2..].iter().take(4).any(|w| {
                w.len() >= 4 && !plain(w) && !has(lexicon::broad(), w) && !text::is_function_word(w)
            })
    });
    names_what
        || concrete.iter().filter(|w| w.len() >= 4).any(|w| {
            earlier
                .iter()
                .any(|said| words(said).any(|s| s.as_str() == w.as_str()))
        })
}

pub(super) fn etiquette(
    interview: &Interview,
    persona: &Persona,
    timing: &TimingReview,
    questions: &QuestionsReview,
) -> Vec<EtiquetteItem> {
    let ex = &interview.exchanges;
    let first = |topics: &[Topic]| {
        ex.iter().position(|e| {
            answered(e) && (topics.contains(&e.topic) || e.also.iter().any(|t| topics.contains(t)))
        })
    };
    // Read from the same fact as the outcome's own line.
    let asked = |outcome| ex.iter().position(|e| asks_for(e, outcome));
    let at = |i: usize| {
        let mut s = String::from(" (at ");
        s.push_str(&clock_label(ex[i].start_s as i64));
        s.push(')');
        s
    };
    let item = |item, passed, detail: String| EtiquetteItem {
        item,
        passed,
        detail,
    };
    let mut list = Vec::with_capacity(7);

    let intro = ex.iter().take(2).any(|e| {
        answered(e) && (e.topic == Topic::Introduction || e.also.contains(&Topic::Introduction))
    });
    list.push(item(
        Etiquette::Introduced,
        intro,
        if intro {
            "You said who you are in your first two lines.".into()
        } else if first(&[Topic::Introduction]).is_some() {
            "You introduced yourself, but not in your first two lines.".into()
        } else {
            "You went straight to questions without saying who you are or what you'd like to cover."
                .into()
        },
    ));

    let job = ex.iter().position(is_job_ask);
    list.push(item(
        Etiquette::NoJobAsk,
        job.is_none() && questions.total > 0,
        match job {
            Some(i) => {
                let mut s = String::from("You asked about a job");
                s.push_str(&at(i));
                s.push_str(": that turns a learning conversation into a request.");
                s
            }
            None if questions.total == 0 => "Nothing was asked.".into(),
            None => "You kept the conversation about learning, not getting hired.".into(),
        },
    ));

    let found = |kind, i: Option<usize>, yes: &str, no: &str| {
        let mut detail = String::from(if i.is_some() { yes } else { no });
        if let Some(i) = i {
            detail.push_str(&at(i));
            detail.push('.');
        }
        item(kind, i.is_some(), detail)
    };
    list.push(found(
        Etiquette::AskedContacts,
        asked(Outcome::Contacts),
        "You asked who else to talk to",
        "You never asked who else you could talk to.",
    ));
    list.push(found(
        Etiquette::AskedOrganizations,
        asked(Outcome::Organizations),
        "You asked about organizations or resources",
        "You never asked about professional organizations or resources.",
    ));

    // A busy persona kept well past the end hung up: the closing never had its chance, and
    // the time is what to work on, not manners.
    let cut_off = interview.status == crate::interview::Status::EndedByPersona;
    let thanks = thanks_lines(interview);
    let specific = thanks.iter().any(|t| {
        let earlier: Vec<&str> = std::iter::once(interview.greeting.as_str())
            .chain(
                ex.iter()
                    .take_while(|e| e.start_s < t.start_s)
                    .map(|e| e.reply.as_str()),
            )
            .collect();
        thanks_is_specific(&t.question, &persona.name, &earlier)
    });
    list.push(item(
        Etiquette::ThankedSpecifically,
        specific,
        if specific {
            "Your thanks named something that helped.".into()
        } else if thanks.is_empty() && cut_off {
            crate::lexicon::cut_off().join(" ")
        } else if thanks.is_empty() {
            "You didn't thank them before ending.".into()
        } else {
            "You thanked them, but only in general: name one thing that helped.".into()
        },
    ));

    list.push(found(
        Etiquette::KeptInTouch,
        first(&[Topic::KeepInTouch]),
        "You asked to keep in touch",
        "You didn't ask to keep in touch.",
    ));

    let late = timing.actual_s - timing.planned_s;
    list.push(item(
        Etiquette::EndedOnTime,
        timing.ended_on_time,
        if timing.ended_on_time {
            let mut s = String::from("You finished within the agreed ");
            s.push_str(&minutes(interview.plan.minutes));
            s.push('.');
            s
        } else {
            let mut s = String::from("You ran ");
            s.push_str(&minutes_over(late));
            s.push_str(" past the agreed ");
            s.push_str(&minutes(interview.plan.minutes));
            s.push('.');
            s
        },
    ));
    list
}

#[cfg(test)]
#[path = "etiquette_tests.rs"]
mod tests;
