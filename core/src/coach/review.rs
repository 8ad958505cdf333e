//! The review of one interview: timing, outcomes, questions, etiquette and listening.

use super::{
    answered, minutes, nugget_outcome, outcome_of, score, Etiquette, EtiquetteItem,
    FlaggedQuestion, Listening, OutcomeReview, OutcomesReview, QuestionsReview, Review,
    SegmentShare, SegmentTiming, TimingReview, OUTCOMES,
};
use crate::flags::{self, Flag};
use crate::interview::{Exchange, Interview};
use crate::persona::Persona;
use crate::timing::clock_label;
use crate::topic::{Segment, Topic};

/// Seconds past the plan that still count as on time, and that make a segment an overrun.
pub const GRACE_S: f64 = 60.0;
/// The highest healthy share of the words for the user.
pub const HEALTHY_SHARE: f64 = 0.30;

/// Reviews an interview against the persona it was held with.
pub fn review(interview: &Interview, persona: &Persona) -> Review {
    let timing = timing(interview);
    let outcomes = outcomes(interview, persona);
    let questions = questions(interview);
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
    r.next_time = score::next_time(interview, persona, &r);
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

pub(super) fn outcomes(interview: &Interview, persona: &Persona) -> OutcomesReview {
    let found = |id: &String| persona.nugget(id).map(|n| nugget_outcome(n.outcome));
    let items: Vec<OutcomeReview> = OUTCOMES
        .iter()
        .map(|&outcome| {
            let mut exchanges = Vec::new();
            let mut nuggets_found = Vec::new();
            for (i, e) in interview.exchanges.iter().enumerate() {
                let mut reached = answered(e) && outcome_of(e.topic) == Some(outcome);
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
                nuggets_found,
                nuggets_total: persona
                    .nuggets
                    .iter()
                    .filter(|n| nugget_outcome(n.outcome) == outcome)
                    .count(),
            }
        })
        .collect();
    OutcomesReview {
        nuggets_found: items.iter().map(|o| o.nuggets_found.len()).sum(),
        nuggets_total: persona.nuggets.len(),
        items,
    }
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

pub(super) fn questions(interview: &Interview) -> QuestionsReview {
    let mut flagged = Vec::new();
    let mut closed = 0;
    let mut job_asks = 0;
    let mut follow_ups = 0;
    let mut previous: Option<&Exchange> = None;
    for (index, e) in interview.exchanges.iter().enumerate() {
        let mut notes = flags::explain(&e.question, e.topic, &e.flags, &e.job_words);
        if social(e.topic) {
            notes.retain(|n| n.flag != Flag::ClosedQuestion);
        }
        if notes.iter().any(|n| n.flag == Flag::ClosedQuestion) {
            closed += 1;
        }
        if is_job_ask(e) || notes.iter().any(|n| n.flag == Flag::JobAsk) {
            job_asks += 1;
        }
        if is_follow_up(previous, e) {
            follow_ups += 1;
        }
        if !notes.is_empty() {
            flagged.push(FlaggedQuestion {
                index,
                question: e.question.clone(),
                notes,
            });
        }
        previous = Some(e);
    }
    let total = interview.exchanges.len();
    QuestionsReview {
        total,
        open: total - closed,
        open_share: if total > 0 {
            (total - closed) as f64 / total as f64
        } else {
            0.0
        },
        flagged,
        follow_ups,
        job_asks,
    }
}

/// A `FollowUp` reply, or an answered line on the topic the previous answer was about.
pub(super) fn is_follow_up(previous: Option<&Exchange>, e: &Exchange) -> bool {
    if e.kind == crate::conversation::ReplyKind::FollowUp {
        return true;
    }
    let Some(p) = previous else { return false };
    answered(p) && answered(e) && p.topic == e.topic && outcome_of(e.topic).is_some()
}

/// Words that carry no specific content in a thank-you.
#[rustfmt::skip]
const COURTESY: &[&str] = &[
    "thank", "thanks", "you", "so", "much", "very", "really", "for", "your", "the", "time",
    "today", "this", "that", "it", "i", "a", "an", "to", "me", "with", "taking", "take", "talk",
    "talking", "speaking", "chatting", "chat", "appreciate", "appreciated", "all", "great",
    "helpful", "was", "conversation", "call", "meeting", "again", "of", "and", "my", "am", "is",
    "truly", "sincerely", "everything", "lot", "just", "wanted", "want", "say", "such", "have",
    "had", "been", "it's", "i'm", "i've", "super", "kind", "generous", "advice", "help",
    "information", "insights", "info", "meet", "speak", "chance", "opportunity", "grateful",
    "thankful", "glad", "enjoyed", "nice", "awesome", "amazing", "today's", "our", "we", "on",
    "in", "be", "out", "us", "doing", "making", "useful", "valuable", "dr", "mr", "ms", "mrs",
];

/// Lower-case words with punctuation trimmed.
fn words(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
                .replace('’', "'")
        })
        .filter(|w| !w.is_empty())
}

/// A thank-you is specific when it names something concrete: a word of 4+ letters, other than
/// courtesy words and the persona's name, that the persona said earlier ("the mentorship
/// program"); or when it runs to 8+ words, 3 of them beyond courtesy words.
pub fn thanks_is_specific(line: &str, persona_name: &str, earlier: &[&str]) -> bool {
    let name: Vec<String> = words(persona_name).collect();
    let all: Vec<String> = words(line).collect();
    let concrete: Vec<&String> = all
        .iter()
        .filter(|w| w.len() >= 3 && !COURTESY.contains(&w.as_str()) && !name.contains(w))
        .collect();
    if all.len() >= 8 && concrete.len() >= 3 {
        return true;
    }
    concrete.iter().filter(|w| w.len() >= 4).any(|w| {
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
        ex.iter()
            .position(|e| answered(e) && topics.contains(&e.topic))
    };
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

    let intro = ex
        .iter()
        .take(2)
        .any(|e| answered(e) && e.topic == Topic::Introduction);
    list.push(item(
        Etiquette::Introduced,
        intro,
        if intro {
            "You said who you are and what you hoped to cover right at the start.".into()
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

    let found = |kind, topics: &[Topic], yes: &str, no: &str| {
        let i = first(topics);
        let mut detail = String::from(if i.is_some() { yes } else { no });
        if let Some(i) = i {
            detail.push_str(&at(i));
            detail.push('.');
        }
        item(kind, i.is_some(), detail)
    };
    list.push(found(
        Etiquette::AskedContacts,
        &[Topic::Contacts],
        "You asked who else to talk to",
        "You never asked who else you could talk to.",
    ));
    list.push(found(
        Etiquette::AskedOrganizations,
        &[Topic::Organizations, Topic::Resources],
        "You asked about organizations or resources",
        "You never asked about professional organizations or resources.",
    ));

    let thanks: Vec<&Exchange> = ex
        .iter()
        .filter(|e| answered(e) && e.topic == Topic::Thanks)
        .collect();
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
        } else if thanks.is_empty() {
            "You didn't thank them before ending.".into()
        } else {
            "You thanked them, but only in general: name one thing that helped.".into()
        },
    ));

    list.push(found(
        Etiquette::KeptInTouch,
        &[Topic::KeepInTouch],
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
            s.push_str(&minutes((late / 60.0).round().max(1.0) as u32));
            s.push_str(" past the agreed ");
            s.push_str(&minutes(interview.plan.minutes));
            s.push('.');
            s
        },
    ));
    list
}

pub(super) fn listening(interview: &Interview) -> Listening {
    let count = |s: &str| s.split_whitespace().count();
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
        " % of the words: they did most of the talking, as they should (aim for roughly 20-30 %)."
    } else {
        " % of the words: the professional should talk most; aim for roughly 20-30 %."
    });
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
mod tests {
    use super::super::testkit::{model, persona, Build};
    use super::*;
    use crate::conversation::ReplyKind;
    use crate::topic::Outcome;

    fn item(r: &[EtiquetteItem], which: Etiquette) -> &EtiquetteItem {
        r.iter().find(|e| e.item == which).unwrap()
    }

    #[test]
    fn timing_per_segment_and_on_time_edge() {
        // 20-minute plan: opening 90, present 390, past 240, future 210, advice 210, closing 60.
        for (extra, on_time, overruns) in [
            (0.0, true, vec![]),
            (60.0, true, vec![]),
            (61.0, false, vec![Segment::Closing]),
            (200.0, false, vec![Segment::Closing]),
        ] {
            let i = model().wait(extra).ended();
            let t = timing(&i);
            assert_eq!(t.planned_s, 1200.0);
            assert_eq!(t.actual_s, 1200.0 + extra, "{extra}");
            assert_eq!(t.ended_on_time, on_time, "{extra}");
            assert_eq!(t.overruns, overruns, "{extra}");
            let closing = &t.segments[Segment::Closing.index()];
            assert_eq!((closing.planned_s, closing.over_s), (60.0, extra));
            assert!((t.accuracy - (1.0 - extra / 1200.0)).abs() < 1e-9);
        }
    }

    #[test]
    fn accuracy_counts_short_and_long_segments_and_floors_at_zero() {
        let i = Build::new(20)
            .ask("What does your day look like?", Topic::TypicalDay, 600.0)
            .ended();
        let t = timing(&i);
        // Present 210 over; every other segment entirely short: 810 + 210 = 1020 off.
        assert!((t.accuracy - (1.0 - 1020.0 / 1200.0)).abs() < 1e-9);
        assert_eq!(t.overruns, vec![Segment::Present]);
        let i = Build::new(20)
            .ask("What does your day look like?", Topic::TypicalDay, 2400.0)
            .ended();
        assert_eq!(timing(&i).accuracy, 0.0);
    }

    #[test]
    fn outcomes_follow_topics_and_nuggets() {
        let cases: &[(Topic, Option<Outcome>)] = &[
            (Topic::TypicalDay, Some(Outcome::Responsibilities)),
            (Topic::Skills, Some(Outcome::Responsibilities)),
            (Topic::Compensation, Some(Outcome::Responsibilities)),
            (Topic::WorkLife, Some(Outcome::Responsibilities)),
            (Topic::SmallTalk, None),
            (Topic::AnythingElse, None),
            (Topic::Education, Some(Outcome::Background)),
            (Topic::Alternatives, Some(Outcome::Background)),
            (Topic::Trends, Some(Outcome::Future)),
            (Topic::Advancement, Some(Outcome::Future)),
            (Topic::Contacts, Some(Outcome::Contacts)),
            (Topic::Organizations, Some(Outcome::Organizations)),
            (Topic::Resources, Some(Outcome::Organizations)),
            (Topic::GeneralAdvice, None),
            (Topic::Application, None),
            (Topic::Introduction, None),
            (Topic::Thanks, None),
            (Topic::JobAsk, None),
            (Topic::None, None),
        ];
        for &(topic, want) in cases {
            assert_eq!(outcome_of(topic), want, "{topic:?}");
        }

        let p = persona();
        let i = Build::new(30)
            .ask("What is hard about your job?", Topic::Challenges, 30.0)
            // A contact nugget given on a present topic reaches contacts too.
            .nuggets(&["c"])
            .line(
                "Which books do you read?",
                Topic::Resources,
                ReplyKind::Clarify,
                10.0,
                5,
            )
            .ask("Which books would you recommend?", Topic::Resources, 30.0)
            .nuggets(&["r"])
            .ended();
        let o = outcomes(&i, &p);
        let get = |x| o.get(x).unwrap();
        assert!(get(Outcome::Responsibilities).reached);
        assert_eq!(get(Outcome::Contacts).exchanges, vec![0]);
        assert_eq!(get(Outcome::Contacts).nuggets_found, vec!["c".to_string()]);
        // The clarifying reply did not reach it; the answer did, with a resource nugget.
        assert_eq!(get(Outcome::Organizations).exchanges, vec![2]);
        assert_eq!(
            get(Outcome::Organizations).nuggets_found,
            vec!["r".to_string()]
        );
        assert_eq!(get(Outcome::Organizations).nuggets_total, 2);
        assert!(!get(Outcome::Background).reached && !get(Outcome::Future).reached);
        assert_eq!((o.reached(), o.nuggets_found, o.nuggets_total), (3, 2, 6));
    }

    #[test]
    fn questions_open_share_flags_and_social_lines() {
        let i = Build::new(30)
            .ask(
                "Hi, I'm Sam, may I tell you why I asked?",
                Topic::Introduction,
                20.0,
            )
            .ask("Do you like your job?", Topic::Rewards, 20.0)
            .ask(
                "What is the hardest part of your work?",
                Topic::Challenges,
                20.0,
            )
            .ask("Can I keep in touch?", Topic::KeepInTouch, 20.0)
            .ended();
        let q = questions(&i);
        assert_eq!((q.total, q.open), (4, 3));
        assert!((q.open_share - 0.75).abs() < 1e-9);
        assert_eq!(q.flagged.len(), 1);
        assert_eq!(q.flagged[0].index, 1);
        assert_eq!(q.flagged[0].notes[0].flag, Flag::ClosedQuestion);
        assert!(!q.flagged[0].notes[0].rewrite.is_empty());
        assert_eq!(q.job_asks, 0);
        let empty = questions(&Build::new(30).ended());
        assert_eq!((empty.total, empty.open_share), (0, 0.0));
    }

    #[test]
    fn follow_up_rule() {
        let e = |topic, kind| Exchange {
            question: "q".into(),
            reply: "r".into(),
            topic,
            kind,
            segment: Segment::Present,
            start_s: 0.0,
            end_s: 1.0,
            nuggets: vec![],
            flags: vec![],
            job_words: vec![],
        };
        use ReplyKind::*;
        let cases = [
            (None, (Topic::TypicalDay, FollowUp), true),
            (None, (Topic::TypicalDay, Answer), false),
            (
                Some((Topic::TypicalDay, Answer)),
                (Topic::TypicalDay, Answer),
                true,
            ),
            (
                Some((Topic::TypicalDay, FollowUp)),
                (Topic::TypicalDay, Answer),
                true,
            ),
            (
                Some((Topic::TypicalDay, Clarify)),
                (Topic::TypicalDay, Answer),
                false,
            ),
            (
                Some((Topic::TypicalDay, Answer)),
                (Topic::Skills, Answer),
                false,
            ),
            (
                Some((Topic::TypicalDay, Answer)),
                (Topic::TypicalDay, Rephrase),
                false,
            ),
            (Some((Topic::None, Answer)), (Topic::None, Answer), false),
            (
                Some((Topic::Thanks, Answer)),
                (Topic::Thanks, Answer),
                false,
            ),
        ];
        for (prev, (topic, kind), want) in cases {
            let p = prev.map(|(t, k)| e(t, k));
            assert_eq!(
                is_follow_up(p.as_ref(), &e(topic, kind)),
                want,
                "{prev:?} {topic:?} {kind:?}"
            );
        }
    }

    #[test]
    fn introduction_counts_among_the_first_two_lines() {
        let p = persona();
        for (before, want) in [(0, true), (1, true), (2, false)] {
            let mut b = Build::new(30);
            for _ in 0..before {
                b = b.ask(
                    "What does a typical day look like?",
                    Topic::TypicalDay,
                    30.0,
                );
            }
            let i = b
                .ask(
                    "I'm Sam, a student, and I'd like to ask about your path.",
                    Topic::Introduction,
                    30.0,
                )
                .ended();
            let t = timing(&i);
            let e = etiquette(&i, &p, &t, &questions(&i));
            assert_eq!(item(&e, Etiquette::Introduced).passed, want, "{before}");
        }
    }

    #[test]
    fn etiquette_checklist() {
        let p = persona();
        let good = model().ended();
        let e = etiquette(&good, &p, &timing(&good), &questions(&good));
        for it in &e {
            assert!(it.passed, "{:?}: {}", it.item, it.detail);
            assert!(!it.detail.is_empty());
        }
        assert_eq!(e.len(), Etiquette::ALL.len());

        let poor = Build::new(20)
            .ask("Do you like your job?", Topic::Rewards, 600.0)
            .ask("Are there any openings on your team?", Topic::JobAsk, 30.0)
            .ask("Thanks for your time.", Topic::Thanks, 700.0)
            .ended();
        let e = etiquette(&poor, &p, &timing(&poor), &questions(&poor));
        let failed: Vec<_> = e.iter().filter(|i| !i.passed).map(|i| i.item).collect();
        assert_eq!(failed, Etiquette::ALL.to_vec());
        assert!(item(&e, Etiquette::NoJobAsk).detail.contains("10:00"));
        assert!(item(&e, Etiquette::ThankedSpecifically)
            .detail
            .contains("only in general"));
        assert!(item(&e, Etiquette::EndedOnTime)
            .detail
            .contains("2 minutes past"));

        // Nothing asked: not even "never asked for a job" passes.
        let empty = Build::new(20).ended();
        let e = etiquette(&empty, &p, &timing(&empty), &questions(&empty));
        assert!(!item(&e, Etiquette::NoJobAsk).passed);
    }

    #[test]
    fn specific_thanks() {
        let earlier = ["Try the Coastal Research Society's summer program."];
        let cases = [
            ("Thank you so much for your time today.", false),
            ("Thanks, Tess!", false),
            (
                "Thank you so much for taking the time to talk with me today.",
                false,
            ),
            ("Thanks, the summer program sounds perfect.", true),
            (
                "Thank you, this really helped me see how the lab work fits together.",
                true,
            ),
            ("Thanks so much, I'll look into the coastal society.", true),
            ("Thank you for the advice.", false),
        ];
        for (line, want) in cases {
            assert_eq!(
                thanks_is_specific(line, "Dr. Tess Tiny", &earlier),
                want,
                "{line}"
            );
        }
    }

    #[test]
    fn listening_shares() {
        // Greeting: 6 persona words, in the opening.
        let i = Build::new(20)
            .line(
                "one two three four",
                Topic::Introduction,
                ReplyKind::Answer,
                10.0,
                14,
            )
            .line(
                "a b c d e f g h i j",
                Topic::TypicalDay,
                ReplyKind::Answer,
                10.0,
                10,
            )
            .ended();
        let l = listening(&i);
        assert_eq!((l.user_words, l.persona_words), (14, 30));
        assert!((l.user_share - 14.0 / 44.0).abs() < 1e-9);
        assert!(!l.healthy);
        let opening = &l.segments[Segment::Opening.index()];
        assert_eq!((opening.user_words, opening.persona_words), (4, 20));
        assert!((l.segments[Segment::Present.index()].user_share - 0.5).abs() < 1e-9);
        assert_eq!(l.segments[Segment::Past.index()].user_share, 0.0);
        assert!(l.detail.contains("32 %"));

        for (user, persona, healthy) in [(3, 7, true), (30, 70, true), (31, 69, false)] {
            let i = Build::new(20)
                .line(
                    &vec!["w"; user].join(" "),
                    Topic::TypicalDay,
                    ReplyKind::Answer,
                    10.0,
                    persona - 6,
                )
                .ended();
            assert_eq!(listening(&i).healthy, healthy, "{user}/{persona}");
        }
    }
}
