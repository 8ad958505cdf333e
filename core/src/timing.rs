//! The timing plan: how an agreed length splits across segments, and the simulated clock that
//! lets a 30-minute interview be rehearsed in a few minutes.

use crate::topic::Segment;
use serde::{Deserialize, Serialize};

/// Lengths the app offers, in minutes.
pub const LENGTHS: [u32; 4] = [20, 30, 45, 60];

/// Default shares of a 30-minute interview, in half-minutes:
/// opening 2, present 10, past 6, future 5, advice 5, closing 2 minutes.
const DEFAULT_HALF_MINUTES: [u32; 6] = [4, 20, 12, 10, 10, 4];

/// Longest agreed length, in minutes (a day): what a stored session may hold.
pub const MAX_MINUTES: u32 = 1440;

/// Speaking rate for the simulated clock, both speakers.
pub const WORDS_PER_MINUTE: f64 = 150.0;

/// Planned seconds per segment for an agreed length.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TimingPlan {
    pub minutes: u32,
    /// Seconds per segment, in `Segment::ALL` order; sums to `minutes * 60`.
    pub seconds: [u32; 6],
}

impl TimingPlan {
    /// Scales the default shares to `minutes`, in half-minute steps, so that the parts add up
    /// exactly (largest remainder goes first, ties to the earlier segment). Lengths outside
    /// 1 to `MAX_MINUTES` are brought inside.
    pub fn for_minutes(minutes: u32) -> TimingPlan {
        let minutes = minutes.clamp(1, MAX_MINUTES);
        let total_units = minutes * 2;
        let default_total: u32 = DEFAULT_HALF_MINUTES.iter().sum();
        let mut units = [0u32; 6];
        let mut remainders = [(0u32, 0usize); 6];
        for (i, share) in DEFAULT_HALF_MINUTES.iter().enumerate() {
            let exact = share * total_units;
            units[i] = exact / default_total;
            remainders[i] = (exact % default_total, i);
        }
        let short = total_units - units.iter().sum::<u32>();
        crate::small_sort::sort_small_by(&mut remainders, |a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
        for (_, i) in remainders.iter().take(short as usize) {
            units[*i] += 1;
        }
        TimingPlan {
            minutes,
            seconds: units.map(|u| u * 30),
        }
    }

    pub fn total_seconds(&self) -> u32 {
        self.minutes * 60
    }

    pub fn planned(&self, segment: Segment) -> u32 {
        self.seconds[segment.index()]
    }

    /// Seconds from the start at which `segment` is planned to begin.
    pub fn starts_at(&self, segment: Segment) -> u32 {
        self.seconds[..segment.index()].iter().sum()
    }

    /// Each segment's share of a drawn timeline, in `Segment::ALL` order, summing to 1: its
    /// planned share, but at least `min_share`, so a one-minute closing still has room for
    /// its name.
    pub fn display_shares(&self, min_share: f64) -> [f64; 6] {
        let total = f64::from(self.total_seconds().max(1));
        let raw = self.seconds.map(|s| (f64::from(s) / total).max(min_share));
        let sum: f64 = raw.iter().sum();
        raw.map(|r| r / sum)
    }

    /// Where `elapsed` seconds fall on a timeline drawn with `display_shares(min_share)`,
    /// from 0 to 1: the same fraction of the current segment's block as of its planned time.
    pub fn display_position(&self, elapsed: f64, min_share: f64) -> f64 {
        let shares = self.display_shares(min_share);
        let mut start_s = 0.0;
        let mut start_x = 0.0;
        for (planned, share) in self.seconds.iter().zip(shares) {
            let planned = f64::from(*planned);
            if elapsed < start_s + planned {
                let within = ((elapsed - start_s) / planned.max(1.0)).max(0.0);
                return (start_x + within * share).clamp(0.0, 1.0);
            }
            start_s += planned;
            start_x += share;
        }
        1.0
    }

    /// The segment the plan expects at `elapsed` seconds.
    pub fn planned_segment_at(&self, elapsed: u32) -> Segment {
        Segment::ALL
            .into_iter()
            .rev()
            .find(|s| elapsed >= self.starts_at(*s))
            .unwrap_or(Segment::Opening)
    }
}

/// How many times longer a persona's spoken answer is than its written reply. A reply is the
/// gist of what the professional would say on a call, where one open question with its
/// story takes two or three minutes; counting only the written words made a 30-minute
/// practice last 40 to 90 questions, while a plan allows about five minutes a question.
pub const REPLY_ELABORATION: f64 = 4.0;

/// Whether an answer on `topic` stands for a longer spoken story (`reply_seconds`): one about
/// the work does; small talk, the welcome to an introduction, thanks and the goodbye are said
/// about as written, as on a real call, so they do not eat the user's Opening and Closing.
pub fn told_at_length(topic: crate::topic::Topic) -> bool {
    use crate::topic::Topic;
    !matches!(
        topic,
        Topic::SmallTalk | Topic::Introduction | Topic::Thanks | Topic::KeepInTouch
    )
}

/// The longest a told answer counts for, unless its written words alone take longer: a long
/// written reply is already most of the story, and four times its length (seven minutes for
/// a 270-word answer) ran a rambler's 30-minute practice to 45 after eight questions.
pub const LONGEST_TOLD_SECONDS: f64 = 180.0;

/// Simulated seconds a persona's reply takes: its words spoken at the simulated rate,
/// lengthened by `REPLY_ELABORATION` up to `LONGEST_TOLD_SECONDS`, so a talkative persona
/// uses more of the clock than a terse one.
pub fn reply_seconds(reply: &str) -> f64 {
    let said = spoken_seconds(reply);
    (said * REPLY_ELABORATION).min(LONGEST_TOLD_SECONDS.max(said))
}

/// Seconds it takes to say `text` at the simulated speaking rate.
pub fn spoken_seconds(text: &str) -> f64 {
    word_count(text) as f64 * 60.0 / WORDS_PER_MINUTE
}

/// `text.split_whitespace().count()`, read as bytes: std's splitter decodes every character,
/// and every reply is counted at least twice (its own time, the clock's).
pub fn word_count(text: &str) -> usize {
    let (mut count, mut in_word) = (0, false);
    for (i, &b) in text.as_bytes().iter().enumerate() {
        // A continuation byte belongs to the character its lead byte already placed.
        let space = match b {
            0..=0x7f => matches!(b, b' ' | b'\t'..=b'\r'),
            0x80..=0xbf => continue,
            _ => text[i..].chars().next().is_some_and(char::is_whitespace),
        };
        count += usize::from(!space && !in_word);
        in_word = !space;
    }
    count
}

/// Formats seconds as `m:ss` (negative values get a leading minus).
pub fn clock_label(seconds: i64) -> String {
    let sign = if seconds < 0 { "-" } else { "" };
    let s = seconds.unsigned_abs();
    format!("{sign}{}:{:02}", s / 60, s % 60)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn thirty_minutes_is_the_default_split() {
        let p = TimingPlan::for_minutes(30);
        assert_eq!(p.seconds, [120, 600, 360, 300, 300, 120]);
    }

    #[test]
    fn every_length_adds_up_and_keeps_every_segment() {
        for m in LENGTHS.into_iter().chain([1, 7, 25, 90]) {
            let p = TimingPlan::for_minutes(m);
            assert_eq!(p.seconds.iter().sum::<u32>(), m * 60, "{m} minutes");
            if m >= 20 {
                assert!(p.seconds.iter().all(|&s| s >= 60), "{m}: {:?}", p.seconds);
                // Present stays the longest segment.
                assert_eq!(p.seconds.iter().max(), Some(&p.planned(Segment::Present)));
            }
        }
    }

    #[test]
    fn longer_plans_scale_proportionally() {
        let p60 = TimingPlan::for_minutes(60);
        assert_eq!(p60.seconds, [240, 1200, 720, 600, 600, 240]);
        let p45 = TimingPlan::for_minutes(45);
        assert_eq!(p45.planned(Segment::Present), 900);
    }

    #[test]
    fn segment_at_follows_the_plan() {
        let p = TimingPlan::for_minutes(30);
        assert_eq!(p.planned_segment_at(0), Segment::Opening);
        assert_eq!(p.planned_segment_at(120), Segment::Present);
        assert_eq!(p.planned_segment_at(1799), Segment::Closing);
    }

    #[test]
    fn speech_takes_time_at_150_words_per_minute() {
        let words = vec!["word"; 150].join(" ");
        assert!((spoken_seconds(&words) - 60.0).abs() < 1e-9);
    }

    #[test]
    fn a_told_answer_is_four_times_its_words_up_to_three_minutes() {
        let words = |n: usize| vec!["w"; n].join(" ");
        // 50 words: 20 s written, told in 80 s.
        assert!((reply_seconds(&words(50)) - 80.0).abs() < 1e-9);
        // 270 words (a rambler's answer): 108 s written, told in three minutes, not seven.
        assert!((reply_seconds(&words(270)) - 180.0).abs() < 1e-9);
        // Words that alone take longer than that are never cut short.
        assert!((reply_seconds(&words(600)) - 240.0).abs() < 1e-9);
    }

    #[test]
    fn a_drawn_timeline_gives_short_segments_room_and_keeps_the_marker_in_its_block() {
        let p = TimingPlan::for_minutes(20);
        let shares = p.display_shares(0.1);
        assert!((shares.iter().sum::<f64>() - 1.0).abs() < 1e-9);
        assert!(shares.iter().all(|s| *s >= 0.09), "{shares:?}");
        // The present block stays the widest.
        assert!(shares[1] > shares[2]);
        assert_eq!(p.display_position(0.0, 0.1), 0.0);
        assert_eq!(p.display_position(1e9, 0.1), 1.0);
        // Halfway through Present's planned time is halfway across its block.
        let present_start = f64::from(p.starts_at(Segment::Present));
        let half = present_start + f64::from(p.planned(Segment::Present)) / 2.0;
        let x = p.display_position(half, 0.1);
        assert!((x - (shares[0] + shares[1] / 2.0)).abs() < 1e-9, "{x}");
        // With no floor the drawing is the plan itself.
        let plain = p.display_shares(0.0);
        assert!((plain[1] - f64::from(p.planned(Segment::Present)) / 1200.0).abs() < 1e-9);
        assert_eq!(clock_label(65), "1:05");
        assert_eq!(clock_label(-30), "-0:30");
    }
}
