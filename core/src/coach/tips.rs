//! "Next time": the few tips a review gives, each with an example from the interview,
//! chosen from what cost the most points.

use super::follow_up::follows_up;
use super::review::{timing_from, GRACE_S, HEALTHY_SHARE};
use super::score::{pct, Values, FOLLOW_UPS_COUNTED};
use super::tip_words::{example, planned_minutes, quote, sentence, why_it_matters};
use super::{answered, minutes_over, Etiquette, Review, Tip, TipKind};
use crate::flags::Flag;
use crate::interview::Interview;
use crate::persona::{Persona, Reveal};
use crate::timing::clock_label;
use crate::topic::{Outcome, Topic};

fn pass(r: &mut Review, item: Etiquette) {
    for e in r.etiquette.iter_mut().filter(|e| e.item == item) {
        e.passed = true;
    }
}

/// Removes every note of `flag` (and lines left with no note).
fn drop_flag(r: &mut Review, flag: Flag) {
    for f in &mut r.questions.flagged {
        f.notes.retain(|n| n.flag != flag);
    }
    r.questions.flagged.retain(|f| !f.notes.is_empty());
}

/// The three changes that would have gained the most points: each is applied to a copy of
/// the review and scored by the same formula.
pub fn next_time(interview: &Interview, persona: &Persona, r: &Review) -> Vec<Tip> {
    let base = Values::of(r).total();
    let mut tips: Vec<Tip> = Vec::new();
    let mut add = |kind, change: &dyn Fn(&mut Review), text: String| {
        let mut better = r.clone();
        change(&mut better);
        let gain = Values::of(&better).total() - base;
        if gain > 0.05 {
            tips.push(Tip {
                kind,
                gain: (gain * 10.0).round() / 10.0,
                text,
            });
        }
    };
    let q = &r.questions;
    let asked = q.total > 0;

    if q.job_asks > 0 {
        let instead = example(r, Flag::JobAsk).unwrap_or_else(|| {
            "ask how people usually get hired into roles like theirs instead".into()
        });
        add(
            TipKind::JobAsk,
            &|m| {
                pass(m, Etiquette::NoJobAsk);
                m.questions.job_asks = 0;
                drop_flag(m, Flag::JobAsk);
            },
            sentence(&["Never ask for a job, even in passing: ", &instead]),
        );
    }

    let missed: Vec<Outcome> = r
        .outcomes
        .items
        .iter()
        .filter(|o| !o.reached)
        .map(|o| o.outcome)
        .collect();
    let asked_contacts =
        (r.etiquette.iter()).any(|e| e.item == Etiquette::AskedContacts && e.passed);
    for &outcome in &missed {
        let suffix = why_it_matters(outcome, missed.len() == 1);
        let held_at = |i: &usize| {
            (interview.exchanges.get(*i))
                .is_some_and(|e| super::review::held_back(persona, &e.reply))
        };
        let held = outcome != Outcome::Contacts
            && (r.outcomes.items.iter())
                .any(|o| o.outcome == outcome && o.asked.iter().any(held_at));
        let (ask, item) = match outcome {
            // Asked, and answered with caution: what opens a guarded person up is the next
            // question, one that shows what you already know.
            _ if held => (
                "You asked, but got the cautious version: follow up with what you already know, and a guarded person says more",
                None,
            ),
            Outcome::Responsibilities => (
                "Ask about their work today, such as a typical day or what they're responsible for",
                None,
            ),
            Outcome::Background => (
                "Ask how they got where they are: their training, their path, how they found the role",
                None,
            ),
            Outcome::Future => (
                "Ask where their field is heading in the next five to ten years",
                None,
            ),
            // Asked, but no one was named: the ask was fine, the name is what was missing.
            Outcome::Contacts if asked_contacts => (
                "When they say they know people but name no one, ask for one name you could write to",
                None,
            ),
            Outcome::Contacts => (
                "Ask who else you should talk to before the closing",
                Some(Etiquette::AskedContacts),
            ),
            _ => (
                "Ask which professional organizations or resources they'd recommend",
                Some(Etiquette::AskedOrganizations),
            ),
        };
        // Asking draws out the nuggets that come with a first answer.
        let with_answer = persona
            .nuggets
            .iter()
            .filter(|n| n.reveal == Reveal::Answer && super::nugget_outcome(n.outcome) == outcome)
            .count();
        add(
            TipKind::Missed(outcome),
            &|m| {
                if let Some(o) = m.outcomes.items.iter_mut().find(|o| o.outcome == outcome) {
                    o.reached = true;
                }
                m.outcomes.nuggets_found += with_answer;
                if let Some(item) = item {
                    pass(m, item);
                }
            },
            sentence(&[ask, suffix]),
        );
    }

    let t = &r.timing;
    let late = minutes_over(t.actual_s - t.planned_s);
    let worst = t
        .segments
        .iter()
        .filter(|s| t.overruns.contains(&s.segment))
        .max_by(|a, b| a.over_s.total_cmp(&b.over_s));
    if let Some(s) = worst {
        let mut text = String::from("Keep ");
        text.push_str(s.segment.label());
        text.push_str(" near its planned ");
        text.push_str(&planned_minutes(s.planned_s));
        text.push_str(": it ran ");
        text.push_str(&minutes_over(s.over_s));
        text.push_str(" over");
        // One or two lines of the user's in it, on the simulated clock (where answers take
        // the time they take to say): the time went on the persona's answers, and what helps
        // is steering on from a long answer, not asking less.
        let lines = interview
            .exchanges
            .iter()
            .filter(|e| e.segment == s.segment)
            .count();
        let theirs = lines <= 2 && interview.clock == crate::interview::ClockMode::Simulated;
        if theirs {
            text.push_str(", mostly in ");
            text.push_str(persona.short_name());
            text.push_str(
                "'s answers. When an answer runs long, thank them and steer to your next question",
            );
            if !t.ended_on_time {
                text.push_str(". You ended ");
                text.push_str(&late);
                text.push_str(" late");
            }
        } else if t.ended_on_time && t.actual_s >= t.planned_s {
            // Ended at the agreed end: the overrun was time the other segments needed.
            text.push_str(", time the other segments needed");
        } else if t.ended_on_time {
            // Ended early: no segment was short of time, and nothing was late.
        } else {
            text.push_str(", and you ended ");
            text.push_str(&late);
            text.push_str(" late");
        }
        text.push('.');
        let segment = s.segment;
        add(
            TipKind::Overrun,
            &|m| {
                // The extra time goes to the segments that were short, the rest is saved.
                let mut segments = m.timing.segments.clone();
                let mut spare = 0.0;
                for s in segments.iter_mut().filter(|s| s.segment == segment) {
                    spare = s.over_s;
                    s.actual_s = s.planned_s;
                }
                for s in segments.iter_mut() {
                    // max/min, not clamp: `spare` can be below zero, where clamp would panic.
                    let give = (s.planned_s - s.actual_s).min(spare).max(0.0);
                    s.actual_s += give;
                    spare -= give;
                }
                for s in segments.iter_mut() {
                    s.over_s = s.actual_s - s.planned_s;
                }
                m.timing = timing_from(segments);
            },
            text,
        );
    } else if !t.ended_on_time {
        add(
            TipKind::LateEnd,
            &|m| m.timing.actual_s = m.timing.planned_s,
            sentence(&[
                "Watch the clock: you ended ",
                &late,
                " past the agreed time; start closing a couple of minutes before the end",
            ]),
        );
    }

    let short = t
        .segments
        .iter()
        .filter(|s| s.over_s < -GRACE_S)
        .min_by(|a, b| a.over_s.total_cmp(&b.over_s));
    if let Some(s) = short {
        let segment = s.segment;
        // 0:00 of a planned part is said as skipped: "Future took 0:00" hid it.
        let skipped = s.skipped();
        let took = [" took ", &clock_label(s.actual_s.round() as i64), " of its"].concat();
        add(
            TipKind::ShortSegment,
            &|m| {
                let mut segments = m.timing.segments.clone();
                for s in segments.iter_mut().filter(|s| s.segment == segment) {
                    s.actual_s = s.planned_s;
                    s.over_s = 0.0;
                }
                m.timing = timing_from(segments);
            },
            sentence(&[
                "Use the time you agreed: ",
                if skipped { "you skipped " } else { "" },
                segment.label(),
                if skipped { " and its" } else { &took },
                " planned ",
                &planned_minutes(s.planned_s),
                ", room for another question or a follow-up",
            ]),
        );
    }

    if let Some(instead) = example(r, Flag::ClosedQuestion) {
        add(
            TipKind::ClosedQuestions,
            &|m| {
                drop_flag(m, Flag::ClosedQuestion);
                m.questions.open = m.questions.asked;
                m.questions.open_share = if m.questions.asked > 0 { 1.0 } else { 0.0 };
            },
            sentence(&["Turn yes/no questions into open ones: ", &instead]),
        );
    }
    if let Some(instead) = example(r, Flag::GenericQuestion) {
        add(
            TipKind::GenericQuestions,
            &|m| drop_flag(m, Flag::GenericQuestion),
            sentence(&[
                "Do your research first and skip what a web search answers: ",
                &instead,
            ]),
        );
    }
    if let Some(f) = q
        .flagged
        .iter()
        .find(|f| f.notes.iter().any(|n| n.flag == Flag::DoubleQuestion))
    {
        add(
            TipKind::DoubleQuestions,
            &|m| drop_flag(m, Flag::DoubleQuestion),
            sentence(&[
                "Ask one question at a time: ",
                &quote(&f.question),
                " asks two, and the second gets lost",
            ]),
        );
    }

    if asked {
        // Topics the user followed up on (the line's and the answer's it followed): naming
        // one as having more to say would contradict the transcript.
        let exchanges = &interview.exchanges;
        let followed: Vec<Topic> = (1..exchanges.len())
            .filter(|&i| follows_up(&exchanges[..i], &exchanges[i]))
            .flat_map(|i| [exchanges[i].topic, exchanges[i - 1].topic])
            .collect();
        // Nuggets that only a follow-up draws out, left on topics that were answered.
        let left: Vec<_> = persona
            .nuggets
            .iter()
            .filter(|n| n.reveal == Reveal::FollowUp && !followed.contains(&n.topic))
            .filter(|n| {
                interview
                    .exchanges
                    .iter()
                    .any(|e| answered(e) && e.topic == n.topic)
            })
            .filter(|n| {
                !interview
                    .exchanges
                    .iter()
                    .any(|e| e.nuggets.contains(&n.id))
            })
            .collect();
        let text = match left.first() {
            // Followed up already: what is worth saying is where one more would have paid.
            Some(n) if q.follow_ups > 0 => sentence(&[
                "One more follow-up would have paid: ",
                persona.short_name(),
                " had more to say about ",
                n.topic.label(),
            ]),
            Some(n) => sentence(&[
                "Follow up when an answer interests you (\"Tell me more about that\"): ",
                persona.short_name(),
                " had more to say about ",
                n.topic.label(),
            ]),
            None => "Follow up on an answer that interests you (\"What was that like?\"): the best details come on the second question.".into(),
        };
        let more = left.len();
        // Past the agreed time, asking more would contradict the tip about the clock.
        let over = !t.ended_on_time;
        add(
            TipKind::FollowUp,
            &|m| {
                if !over {
                    m.questions.follow_ups = m.questions.follow_ups.max(FOLLOW_UPS_COUNTED);
                    m.outcomes.nuggets_found += more;
                }
            },
            text,
        );

        add(
            TipKind::Introduce,
            &|m| pass(m, Etiquette::Introduced),
            "Open by saying who you are and what you'd like to cover: it sets the agenda for the whole call.".into(),
        );
        let about = interview
            .exchanges
            .iter()
            .find(|e| !e.nuggets.is_empty())
            .or_else(|| {
                interview
                    .exchanges
                    .iter()
                    .find(|e| answered(e) && super::outcome_of(e.topic).is_some())
            })
            .map_or("their path", |e| e.topic.label());
        let thanked = !super::etiquette::thanks_lines(interview).is_empty();
        add(
            TipKind::Thanks,
            &|m| pass(m, Etiquette::ThankedSpecifically),
            sentence(&[
                if thanked {
                    "Make your thanks specific: name one thing that helped, such as what they said about "
                } else {
                    "Close by thanking them for one specific thing, such as what they said about "
                },
                about,
            ]),
        );
        add(
            TipKind::KeepInTouch,
            &|m| pass(m, Etiquette::KeptInTouch),
            "Before you say goodbye, ask if you may keep in touch and how they'd prefer it.".into(),
        );
    }
    if !r.listening.healthy {
        add(
            TipKind::Listening,
            &|m| m.listening.user_share = HEALTHY_SHARE,
            sentence(&[
                "Let them do the talking: you said ",
                &pct(r.listening.user_share).to_string(),
                "% of the words; keep your questions short and yours to ",
                &pct(HEALTHY_SHARE).to_string(),
                "% or less",
            ]),
        );
    }

    // Most points first; ties keep the order above.
    crate::small_sort::sort_small_by(&mut tips, |a, b| b.gain.total_cmp(&a.gain));
    tips.truncate(3);
    tips
}
