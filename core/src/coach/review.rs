//! The review of one interview: timing, outcomes, questions, etiquette and listening.

use super::etiquette::etiquette;
use super::follow_up::{follows_up, repeats};
use super::{
    answered, nugget_outcome, outcome_of, score, tips, FlaggedQuestion, Listening, OutcomeReview,
    OutcomesReview, QuestionsReview, Review, SegmentShare, SegmentTiming, TimingReview, OUTCOMES,
};
use crate::flags::{Flag, FlagNote};
use crate::interview::{Exchange, Interview};
use crate::persona::Persona;
use crate::prepare::name_in;
use crate::topic::{Outcome, Segment, Topic};
use crate::understand::text;

/// Seconds past the plan that still count as on time, and that make a segment an overrun.
pub const GRACE_S: f64 = 60.0;
/// The highest healthy share of the words for the user.
pub const HEALTHY_SHARE: f64 = 0.30;

/// Reviews an interview against the persona it was held with.
pub fn review(interview: &Interview, persona: &Persona) -> Review {
    let timing = timing(interview);
    let outcomes = outcomes(interview, persona);
    let questions = questions_of(interview, &their_names(persona));
    let etiquette = etiquette(interview, persona, &timing, &questions);
    let listening = listening(interview);
    let mut r = Review {
        timing,
        outcomes,
        questions,
        etiquette,
        listening,
        score: super::Score {
            total: 0,
            parts: Vec::new(),
        },
        next_time: Vec::new(),
    };
    r.score = score::score(&r);
    r.next_time = tips::next_time(interview, persona, &r);
    r
}

pub(super) fn timing(interview: &Interview) -> TimingReview {
    let actual = interview.actual_seconds(interview.elapsed_s);
    let segments: Vec<SegmentTiming> = Segment::ALL
        .iter()
        .map(|&segment| {
            let planned_s = f64::from(interview.plan.planned(segment));
            let actual_s = actual[segment.index()];
            SegmentTiming {
                segment,
                planned_s,
                actual_s,
                over_s: actual_s - planned_s,
            }
        })
        .collect();
    timing_from(segments)
}

/// Totals, accuracy, overruns and on-time from the per-segment figures.
pub(super) fn timing_from(segments: Vec<SegmentTiming>) -> TimingReview {
    let planned_s: f64 = segments.iter().map(|s| s.planned_s).sum();
    let actual_s: f64 = segments.iter().map(|s| s.actual_s).sum();
    let off: f64 = segments.iter().map(|s| s.over_s.abs()).sum();
    TimingReview {
        overruns: segments
            .iter()
            .filter(|s| s.over_s > GRACE_S)
            .map(|s| s.segment)
            .collect(),
        segments,
        planned_s,
        actual_s,
        ended_on_time: actual_s <= planned_s + GRACE_S,
        accuracy: if planned_s > 0.0 {
            (1.0 - off / planned_s).max(0.0)
        } else {
            0.0
        },
    }
}

/// A guarded persona's cautious reply (it ends with one of its `guarded` lines): the topic
/// was asked, but what it would have taught was held back.
pub(super) fn held_back(persona: &Persona, reply: &str) -> bool {
    (persona.lines.guarded.iter()).any(|g| !g.is_empty() && crate::substr::contains(reply, g))
}

pub(super) fn outcomes(interview: &Interview, persona: &Persona) -> OutcomesReview {
    let found = |id: &String| persona.detail(id).map(|n| nugget_outcome(n.outcome));
    let items: Vec<OutcomeReview> = OUTCOMES
        .iter()
        .map(|&outcome| {
            let mut exchanges = Vec::new();
            let mut nuggets_found = Vec::new();
            let mut asked = Vec::new();
            for (i, e) in interview.exchanges.iter().enumerate() {
                let on = asks_for(e, outcome);
                if on {
                    asked.push(i);
                }
                let mut reached = on
                    && (outcome != Outcome::Contacts || gives_contact(&e.reply))
                    && !held_back(persona, &e.reply);
                for id in &e.nuggets {
                    if found(id) == Some(outcome) && !nuggets_found.contains(id) {
                        nuggets_found.push(id.clone());
                        reached = true;
                    }
                }
                if reached {
                    exchanges.push(i);
                }
            }
            OutcomeReview {
                outcome,
                reached: !exchanges.is_empty(),
                exchanges,
                asked,
                nuggets_found,
                nuggets_total: persona
                    .details()
                    .filter(|n| nugget_outcome(n.outcome) == outcome)
                    .count(),
            }
        })
        .collect();
    OutcomesReview {
        nuggets_found: items.iter().map(|o| o.nuggets_found.len()).sum(),
        nuggets_total: persona.details().count(),
        items,
    }
}

/// The persona answered the line on one of the outcome's topics, as its first or second
/// intent: the one fact behind the outcome's line and the etiquette items for asking who
/// else to talk to and about organizations or resources, so the two never disagree.
pub(super) fn asks_for(e: &Exchange, outcome: Outcome) -> bool {
    answered(e)
        && (std::iter::once(&e.topic).chain(&e.also)).any(|t| outcome_of(*t) == Some(outcome))
}

/// A reply that names someone to talk to or offers an introduction: asking for names
/// reaches the contacts outcome only when one is given (asking is its own etiquette item).
fn gives_contact(reply: &str) -> bool {
    let said = text::normalize(reply);
    let offers = crate::lexicon::offers_introduction().iter();
    name_in(reply).is_some()
        || offers
            .into_iter()
            .any(|o| crate::substr::contains(&said, o))
}

/// Lines that are not requests for information: a yes/no form is fine there (also how a
/// question plan reads them).
pub(crate) fn social(topic: Topic) -> bool {
    matches!(
        topic,
        Topic::SmallTalk
            | Topic::Introduction
            | Topic::Thanks
            | Topic::KeepInTouch
            | Topic::AnythingElse
    )
}

/// The user asked for a job on this line.
pub(super) fn is_job_ask(e: &Exchange) -> bool {
    e.topic == Topic::JobAsk || e.flags.contains(&Flag::JobAsk)
}

/// The flags a line shows: a yes/no form is fine on a line that is not a request for
/// information (keeping in touch, thanks), so it is not marked closed there.
pub fn shown_flags(e: &Exchange) -> Vec<Flag> {
    (e.flags.iter().copied())
        .filter(|f| *f != Flag::ClosedQuestion || !social(e.topic))
        .collect()
}

/// The words of the persona's name and organization: naming them never asks for a job, so
/// they are never quoted as job words (a pair keeps its other word).
pub fn their_names(persona: &Persona) -> Vec<String> {
    let said = [persona.name.as_str(), persona.organization.as_str()].join(" ");
    text::words(&said)
        .into_iter()
        .filter(|w| w.len() > 2 && !text::is_function_word(w))
        .collect()
}

/// Job words without the persona's names, each once.
fn job_words(words: &[String], names: &[String]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for w in words {
        let kept: Vec<&str> = (w.split(' '))
            .filter(|x| !names.iter().any(|n| n == x))
            .collect();
        let kept = kept.join(" ");
        if !kept.is_empty() && !out.contains(&kept) {
            out.push(kept);
        }
    }
    out
}

/// The notes on one line's flags as the review gives them, reason and rewrite; a practice
/// shows them under the flag the line earned. `names` are the persona's (`their_names`).
pub fn line_notes(e: &Exchange, names: &[String]) -> Vec<FlagNote> {
    let words = job_words(&e.job_words, names);
    super::explain(&e.question, e.topic, &shown_flags(e), &words)
}

#[cfg(test)]
pub(super) fn questions(interview: &Interview) -> QuestionsReview {
    questions_of(interview, &[])
}

/// The questions review; `names` are the persona's (see `their_names`).
fn questions_of(interview: &Interview, names: &[String]) -> QuestionsReview {
    let mut flagged = Vec::new();
    let mut closed = 0;
    let mut job_asks = 0;
    let mut follow_ups = 0;
    let mut repeated = Vec::new();
    for (index, e) in interview.exchanges.iter().enumerate() {
        let notes = line_notes(e, names);
        if notes.iter().any(|n| n.flag == Flag::ClosedQuestion) {
            closed += 1;
        }
        if is_job_ask(e) || notes.iter().any(|n| n.flag == Flag::JobAsk) {
            job_asks += 1;
        }
        let earlier = &interview.exchanges[..index];
        // Asking the same thing again earns no credit, however the persona replies to it.
        if repeats(earlier, e) {
            repeated.push(index);
        } else if follows_up(earlier, e) {
            follow_ups += 1;
        }
        if !notes.is_empty() {
            flagged.push(FlaggedQuestion {
                index,
                question: e.question.clone(),
                notes,
            });
        }
    }
    let total = interview.exchanges.len();
    let asked = interview
        .exchanges
        .iter()
        .filter(|e| !social(e.topic))
        .count();
    QuestionsReview {
        total,
        asked,
        open: asked - closed,
        open_share: if asked > 0 {
            (asked - closed) as f64 / asked as f64
        } else {
            0.0
        },
        flagged,
        follow_ups,
        repeats: repeated,
        job_asks,
    }
}

pub(super) fn listening(interview: &Interview) -> Listening {
    let count = |s: &str| crate::timing::word_count(s);
    let mut per = [(0usize, 0usize); 6];
    per[Segment::Opening.index()].1 = count(&interview.greeting);
    for e in &interview.exchanges {
        let p = &mut per[e.segment.index()];
        p.0 += count(&e.question);
        p.1 += count(&e.reply);
    }
    let share = |u: usize, p: usize| {
        if u + p == 0 {
            0.0
        } else {
            u as f64 / (u + p) as f64
        }
    };
    let (user_words, persona_words) = interview.word_counts();
    let user_share = share(user_words, persona_words);
    let healthy = user_share <= HEALTHY_SHARE;
    let pct = (user_share * 100.0).round() as u32;
    let mut detail = String::from("You said ");
    detail.push_str(&pct.to_string());
    detail.push_str(if healthy {
        "% of the words: they did most of the talking, as they should."
    } else {
        "% of the words: the professional should talk most; keep yours to "
    });
    if !healthy {
        detail.push_str(&((HEALTHY_SHARE * 100.0).round() as u32).to_string());
        detail.push_str("% or less.");
    }
    Listening {
        user_words,
        persona_words,
        user_share,
        segments: Segment::ALL
            .iter()
            .map(|&segment| {
                let (u, p) = per[segment.index()];
                SegmentShare {
                    segment,
                    user_words: u,
                    persona_words: p,
                    user_share: share(u, p),
                }
            })
            .collect(),
        healthy,
        detail,
    }
}

#[cfg(test)]
#[path = "review_tests.rs"]
mod tests;
