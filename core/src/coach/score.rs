//! The score formula (see the module doc of `coach`) and the tips drawn from it.

use super::review::{timing_from, GRACE_S, HEALTHY_SHARE};
use super::{answered, minutes, Etiquette, Review, Score, ScorePart, Tip, TipKind};
use crate::flags::Flag;
use crate::interview::Interview;
use crate::persona::{Persona, Reveal};
use crate::timing::clock_label;
use crate::topic::{Outcome, Topic};

const ACCURACY_PTS: f64 = 15.0;
const ON_TIME_PTS: f64 = 10.0;
/// How far past the grace minute the on-time points fall to 0.
const LATE_SPAN_S: f64 = 240.0;
const OUTCOME_PTS: f64 = 4.0;
const NUGGET_PTS: f64 = 5.0;
const OPEN_PTS: f64 = 8.0;
const CLEAN_PTS: f64 = 7.0;
const FOLLOW_UP_PTS: f64 = 2.5;
const FOLLOW_UPS_COUNTED: usize = 2;
const LISTENING_PTS: f64 = 10.0;
/// The user's share of the words at which the listening points reach 0.
const TALKING_LIMIT: f64 = 0.60;

/// Points for one etiquette item (ended on time is scored under timing).
pub fn etiquette_points(item: Etiquette) -> f64 {
    match item {
        Etiquette::NoJobAsk => 10.0,
        Etiquette::Introduced | Etiquette::ThankedSpecifically => 3.0,
        Etiquette::KeptInTouch => 2.0,
        Etiquette::AskedContacts | Etiquette::AskedOrganizations => 1.0,
        Etiquette::EndedOnTime => 0.0,
    }
}

/// The unrounded points of every ingredient of the formula.
struct Values {
    accuracy: f64,
    on_time: f64,
    /// Share of the agreed time used, half or more counting as all.
    used: f64,
    reached: f64,
    nuggets: f64,
    open: f64,
    clean_lines: usize,
    clean: f64,
    follow: f64,
    etiquette: f64,
    listening: f64,
}

impl Values {
    fn of(r: &Review) -> Values {
        let t = &r.timing;
        let used = if t.planned_s > 0.0 {
            (t.actual_s / (0.5 * t.planned_s)).min(1.0)
        } else {
            0.0
        };
        let late = (t.actual_s - t.planned_s - GRACE_S).max(0.0);
        let o = &r.outcomes;
        let q = &r.questions;
        let unclean = q
            .flagged
            .iter()
            .filter(|f| f.notes.iter().any(|n| n.flag != Flag::ClosedQuestion))
            .count()
            .max(q.job_asks);
        let clean_lines = q.total.saturating_sub(unclean);
        let per_line = |pts: f64, n: usize| {
            if q.total == 0 {
                0.0
            } else {
                pts * n as f64 / q.total as f64
            }
        };
        let l = &r.listening;
        // Nothing asked, no schedule kept.
        let asked = if q.total == 0 { 0.0 } else { 1.0 };
        Values {
            accuracy: asked * ACCURACY_PTS * t.accuracy,
            on_time: asked * ON_TIME_PTS * used * (1.0 - late / LATE_SPAN_S).max(0.0),
            used,
            reached: OUTCOME_PTS * o.reached() as f64,
            nuggets: if o.nuggets_total == 0 {
                NUGGET_PTS * o.reached() as f64 / 5.0
            } else {
                NUGGET_PTS * o.nuggets_found as f64 / o.nuggets_total as f64
            },
            open: per_line(OPEN_PTS, q.open),
            clean_lines,
            clean: per_line(CLEAN_PTS, clean_lines),
            follow: if q.total == 0 {
                0.0
            } else {
                FOLLOW_UP_PTS * q.follow_ups.min(FOLLOW_UPS_COUNTED) as f64
            },
            etiquette: r
                .etiquette
                .iter()
                .filter(|e| e.passed)
                .map(|e| etiquette_points(e.item))
                .sum(),
            listening: if l.user_words == 0 {
                0.0
            } else {
                let falling = (TALKING_LIMIT - l.user_share) / (TALKING_LIMIT - HEALTHY_SHARE);
                LISTENING_PTS * falling.clamp(0.0, 1.0)
            },
        }
    }

    fn total(&self) -> f64 {
        self.accuracy
            + self.on_time
            + self.reached
            + self.nuggets
            + self.open
            + self.clean
            + self.follow
            + self.etiquette
            + self.listening
    }
}

fn part(name: &str, value: f64, max: u8, why: String) -> ScorePart {
    ScorePart {
        name: name.into(),
        points: (value.round().max(0.0) as u8).min(max),
        max,
        why,
    }
}

fn pct(x: f64) -> u32 {
    (x * 100.0).round() as u32
}

/// The score of a review, by the documented formula.
pub fn score(r: &Review) -> Score {
    let v = Values::of(r);
    let t = &r.timing;
    let mut why = format!(
        "Segments {} % on plan ({:.0}/15); ",
        pct(t.accuracy),
        v.accuracy
    );
    if r.questions.total == 0 {
        why = "No questions asked, so no schedule was kept.".into();
    } else if v.used < 1.0 {
        why.push_str(&format!(
            "used only {:.0} of {} ({:.0}/10).",
            t.actual_s / 60.0,
            minutes((t.planned_s / 60.0).round() as u32),
            v.on_time
        ));
    } else if t.ended_on_time {
        why.push_str("ended on time (10/10).");
    } else {
        why.push_str(&format!(
            "ended {} late ({:.0}/10).",
            minutes(((t.actual_s - t.planned_s) / 60.0).round() as u32),
            v.on_time
        ));
    }
    let timing = part("Timing", v.accuracy + v.on_time, 25, why);

    let o = &r.outcomes;
    let outcomes = part(
        "Outcomes",
        v.reached + v.nuggets,
        25,
        format!(
            "Reached {} of 5 outcomes ({:.0}/20); drew out {} of {} nuggets ({:.0}/5).",
            o.reached(),
            v.reached,
            o.nuggets_found,
            o.nuggets_total,
            v.nuggets
        ),
    );

    let q = &r.questions;
    let questions = if q.total == 0 {
        part("Questions", 0.0, 20, "No questions asked.".into())
    } else {
        part(
            "Questions",
            v.open + v.clean + v.follow,
            20,
            format!(
                "{} % open ({:.0}/8); {} of {} free of generic, double or job-ask flags ({:.0}/7); {} follow-up{} ({:.0}/5).",
                pct(q.open_share),
                v.open,
                v.clean_lines,
                q.total,
                v.clean,
                q.follow_ups,
                if q.follow_ups == 1 { "" } else { "s" },
                v.follow
            ),
        )
    };

    let mut missed = String::new();
    for e in r.etiquette.iter().filter(|e| !e.passed) {
        let pts = etiquette_points(e.item);
        if pts > 0.0 {
            missed.push_str(if missed.is_empty() { "Missed: " } else { "; " });
            missed.push_str(&e.item.label().to_lowercase());
            missed.push_str(&format!(" (0/{pts:.0})"));
        }
    }
    if missed.is_empty() {
        missed.push_str("Every item passed");
    }
    missed.push('.');
    let etiquette = part("Etiquette", v.etiquette, 20, missed);

    let listening = part(
        "Listening",
        v.listening,
        10,
        format!(
            "You said {} % of the words (full marks up to 30 %, none from 60 %).",
            pct(r.listening.user_share)
        ),
    );

    let parts = vec![timing, outcomes, questions, etiquette, listening];
    Score {
        total: parts.iter().map(|p| p.points).sum(),
        parts,
    }
}

/// At most twelve words of a line, in quotes.
fn quote(line: &str) -> String {
    let words: Vec<&str> = line.split_whitespace().collect();
    let mut s = String::from("\"");
    if words.len() <= 12 {
        s.push_str(line.trim());
    } else {
        s.push_str(&words[..11].join(" "));
        s.push('…');
    }
    s.push('"');
    s
}

/// "instead of "X", ask "Y"" for the first line carrying `flag`.
fn example(r: &Review, flag: Flag) -> Option<String> {
    r.questions.flagged.iter().find_map(|f| {
        let note = f.notes.iter().find(|n| n.flag == flag)?;
        let mut s = String::from("instead of ");
        s.push_str(&quote(&f.question));
        s.push_str(", ask ");
        s.push_str(&quote(&note.rewrite));
        Some(s)
    })
}

fn sentence(parts: &[&str]) -> String {
    let mut s = parts.concat();
    s.push('.');
    s
}

/// "6½ minutes", "10 minutes".
fn planned_minutes(seconds: f64) -> String {
    let half_minutes = (seconds / 30.0).round() as u32;
    let mut s = (half_minutes / 2).to_string();
    if half_minutes % 2 == 1 {
        s.push('½');
    }
    s.push_str(if half_minutes == 2 {
        " minute"
    } else {
        " minutes"
    });
    s
}

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
    for &outcome in &missed {
        let suffix = if missed.len() == 1 {
            ": it's the one outcome you missed"
        } else {
            match outcome {
                Outcome::Responsibilities => ": understanding their work is the heart of the call",
                Outcome::Background => ": their path shows you one way in",
                Outcome::Future => ": it tells you what to prepare for",
                Outcome::Contacts => ": a referral is how your network grows",
                _ => ": it gives you something to do next",
            }
        };
        let (ask, item) = match outcome {
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
    let late_min = ((t.actual_s - t.planned_s) / 60.0).round().max(1.0) as u32;
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
        text.push_str(&minutes((s.over_s / 60.0).round() as u32));
        text.push_str(" over");
        text.push_str(if t.ended_on_time {
            ", time the other segments needed"
        } else {
            ", and you ended "
        });
        if !t.ended_on_time {
            text.push_str(&minutes(late_min));
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
                    let give = (s.planned_s - s.actual_s).clamp(0.0, spare);
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
                &minutes(late_min),
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
                segment.label(),
                " took ",
                &clock_label(s.actual_s.round() as i64),
                " of its planned ",
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
                m.questions.open = m.questions.total;
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
        // Nuggets that only a follow-up draws out, left on topics that were answered.
        let left: Vec<_> = persona
            .nuggets
            .iter()
            .filter(|n| n.reveal == Reveal::FollowUp)
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
            Some(n) => sentence(&[
                "Follow up when an answer interests you (\"Tell me more about that\"): ",
                persona.short_name(),
                " had more to say about ",
                n.topic.label(),
            ]),
            None => "Follow up on an answer that interests you (\"What was that like?\"): the best details come on the second question.".into(),
        };
        let more = left.len();
        add(
            TipKind::FollowUp,
            &|m| {
                m.questions.follow_ups = m.questions.follow_ups.max(FOLLOW_UPS_COUNTED);
                m.outcomes.nuggets_found += more;
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
        let thanked = interview.exchanges.iter().any(|e| e.topic == Topic::Thanks);
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
                " % of the words; keep your questions short and aim for 20-30 %",
            ]),
        );
    }

    // Most points first; ties keep the order above.
    crate::small_sort::sort_small_by(&mut tips, |a, b| b.gain.total_cmp(&a.gain));
    tips.truncate(3);
    tips
}

#[cfg(test)]
mod tests {
    use super::super::testkit::{build, model, model_lines, persona, Build};
    use super::super::{review, summary_figures, Review};
    use super::*;
    use crate::conversation::ReplyKind;

    fn points(r: &Review) -> Vec<(String, u8, u8)> {
        r.score
            .parts
            .iter()
            .map(|p| (p.name.clone(), p.points, p.max))
            .collect()
    }

    #[test]
    fn the_model_interview_scores_full_marks() {
        let i = model().ended();
        let r = review(&i, &persona());
        let parts: Vec<_> = points(&r).into_iter().map(|(_, p, m)| (p, m)).collect();
        assert_eq!(parts, [(25, 25), (25, 25), (20, 20), (20, 20), (10, 10)]);
        assert_eq!(r.score.total, 100);
        assert_eq!(summary_figures(&r), (100, 1.0));
        assert!(r.next_time.is_empty(), "{:?}", r.next_time);
    }

    #[test]
    fn an_empty_interview_scores_zero() {
        let r = review(&Build::new(30).wait(20.0).ended(), &persona());
        assert_eq!(r.score.total, 0, "{:?}", r.score);
        let r = review(&Build::new(30).ended(), &persona());
        assert_eq!(r.score.total, 0);
        // Sitting through the agreed time without a word is no better.
        let r = review(&Build::new(30).wait(1800.0).ended(), &persona());
        assert_eq!(r.score.total, 0);
    }

    #[test]
    fn a_job_ask_costs_at_least_ten_points() {
        let p = persona();
        let clean = review(&model().ended(), &p);
        let mut lines = model_lines();
        lines.insert(
            9,
            (
                "Are there any openings on your team I could apply for?",
                Topic::JobAsk,
                ReplyKind::Answer,
                0.0,
                &[],
            ),
        );
        let i = build(20, &lines).ended();
        let r = review(&i, &p);
        assert!(clean.score.total - r.score.total >= 10, "{}", r.score.total);
        assert_eq!(r.next_time[0].kind, TipKind::JobAsk);
        assert!(r.next_time[0].gain >= 10.0);
        assert!(r.next_time[0]
            .text
            .contains("instead of \"Are there any openings"));
    }

    #[test]
    fn the_formula_on_a_hand_built_interview() {
        // 20-minute plan, 10 minutes long: all in present, two closed questions of four.
        let i = Build::new(20)
            .ask("Do you like your job?", Topic::Rewards, 150.0)
            .ask(
                "What does a typical day look like?",
                Topic::TypicalDay,
                150.0,
            )
            .line(
                "Tell me more about that.",
                Topic::TypicalDay,
                ReplyKind::FollowUp,
                150.0,
                40,
            )
            .ask("Is it hard?", Topic::Challenges, 150.0)
            .ended();
        let r = review(&i, &persona());
        // Timing: present 600 vs 390 (210 over), the rest 810 short: accuracy 1 - 1020/1200
        // = 0.15 → 2.25; on time, 600 s = half the plan → 10. Total 12.
        // Outcomes: responsibilities only → 4; no nuggets → 0.
        // Questions: 50 % open → 4; all clean → 7; one follow-up → 2.5. Total 13.5 → 14.
        // Etiquette: never asked for a job → 10.
        // Listening: few user words against 40-word replies → 10.
        let got: Vec<u8> = r.score.parts.iter().map(|p| p.points).collect();
        assert_eq!(got, [12, 4, 14, 10, 10]);
        assert_eq!(r.score.total, 50);
        assert!(r.score.parts[0].why.contains("15 % on plan"));
        assert!(r.score.parts[2].why.contains("50 % open"));
    }

    #[test]
    fn late_endings_lose_the_on_time_points_gradually() {
        let p = persona();
        let on_time = |extra: f64| {
            let r = review(&model().wait(extra).ended(), &p);
            (r.score.parts[0].points, r.timing.ended_on_time)
        };
        // The closing runs over, costing accuracy (15 × extra / 1200) and, past the grace
        // minute, on-time points: 10 × (1 - (extra - 60) / 240).
        assert_eq!(on_time(60.0), (24, true));
        assert_eq!(on_time(180.0), (18, false));
        assert_eq!(on_time(300.0), (11, false));
        assert_eq!(on_time(600.0), (8, false));
    }

    #[test]
    fn parts_stay_within_their_maximum() {
        let p = persona();
        let cases = [
            model().ended(),
            model().wait(5000.0).ended(),
            Build::new(20).ended(),
            Build::new(20)
                .line(
                    &vec!["me"; 400].join(" "),
                    Topic::None,
                    ReplyKind::Deflect,
                    3000.0,
                    1,
                )
                .ended(),
        ];
        for i in cases {
            let r = review(&i, &p);
            let sum: u32 = r.score.parts.iter().map(|p| u32::from(p.points)).sum();
            assert_eq!(sum, u32::from(r.score.total));
            assert!(r.score.total <= 100);
            for part in &r.score.parts {
                assert!(part.points <= part.max, "{part:?}");
                assert!(!part.why.is_empty());
            }
            let maxes: u32 = r.score.parts.iter().map(|p| u32::from(p.max)).sum();
            assert_eq!(maxes, 100);
            assert!(r.next_time.len() <= 3);
            assert!(r.next_time.windows(2).all(|w| w[0].gain >= w[1].gain));
        }
    }

    #[test]
    fn tips_name_the_missing_outcome_and_are_ordered_by_gain() {
        let p = persona();
        // The model without its contacts question: organizations takes its time.
        let mut lines = model_lines();
        lines.remove(7);
        lines[7].3 += 70.0;
        let i = build(20, &lines).ended();
        let r = review(&i, &p);
        let first = &r.next_time[0];
        assert_eq!(first.kind, TipKind::Missed(Outcome::Contacts));
        assert_eq!(
            first.text,
            "Ask who else you should talk to before the closing: it's the one outcome you missed."
        );
        // 4 for the outcome, 5/6 for its nugget, 1 for the etiquette item.
        assert!((first.gain - 5.8).abs() < 1e-9, "{}", first.gain);
        assert_eq!(r.score.total, 94);
    }

    #[test]
    fn closed_questions_and_missing_courtesies_become_tips() {
        let i = Build::new(20)
            .ask("Do you like your job?", Topic::Rewards, 300.0)
            .ask("Is the field growing?", Topic::Trends, 300.0)
            .ask("Did you always want to do this?", Topic::Path, 300.0)
            .ended();
        let r = review(&i, &persona());
        let kinds: Vec<_> = r.next_time.iter().map(|t| t.kind).collect();
        assert_eq!(kinds[0], TipKind::ClosedQuestions, "{:?}", r.next_time);
        assert!(r.next_time[0].text.starts_with(
            "Turn yes/no questions into open ones: instead of \"Do you like your job?\", ask \""
        ));
        assert!((r.next_time[0].gain - 8.0).abs() < 1e-9);
    }

    #[test]
    fn planned_minutes_read_naturally() {
        assert_eq!(planned_minutes(390.0), "6½ minutes");
        assert_eq!(planned_minutes(600.0), "10 minutes");
        assert_eq!(planned_minutes(60.0), "1 minute");
        assert_eq!(planned_minutes(90.0), "1½ minutes");
    }
}
