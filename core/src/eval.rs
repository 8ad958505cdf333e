//! Scoring understanding against labelled lines: topic accuracy per topic, the top
//! confusions, and precision, recall and F1 per flag. Shared by the tests and `askwell eval`.

use crate::flags::Flag;
use crate::topic::Topic;
use crate::understand::corpus::Example;
use crate::understand::Understanding;
use std::collections::BTreeMap;

/// Counts for one flag.
#[derive(Debug, Default, Clone, Copy)]
pub struct FlagCounts {
    pub true_pos: usize,
    pub false_pos: usize,
    pub false_neg: usize,
}

impl FlagCounts {
    pub fn precision(&self) -> f64 {
        ratio(self.true_pos, self.true_pos + self.false_pos)
    }
    pub fn recall(&self) -> f64 {
        ratio(self.true_pos, self.true_pos + self.false_neg)
    }
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        1.0
    } else {
        a as f64 / b as f64
    }
}

/// What an evaluation found.
#[derive(Debug, Default)]
pub struct Report {
    /// (correct, total) per expected topic (the first listed).
    pub per_topic: BTreeMap<&'static str, (usize, usize)>,
    /// (utterance, expected, got) for every miss.
    pub misses: Vec<(String, Topic, Topic)>,
    pub flags: BTreeMap<&'static str, FlagCounts>,
    /// (utterance, flag, whether it was raised) for every flag raised or missed wrongly.
    pub flag_misses: Vec<(String, Flag, bool)>,
}

impl Report {
    pub fn total(&self) -> usize {
        self.per_topic.values().map(|v| v.1).sum()
    }

    pub fn accuracy(&self) -> f64 {
        let ok: usize = self.per_topic.values().map(|v| v.0).sum();
        ratio(ok, self.total())
    }

    pub fn flag(&self, flag: Flag) -> FlagCounts {
        self.flags.get(flag.id()).copied().unwrap_or_default()
    }

    /// The most frequent (expected, got) pairs among the misses.
    pub fn confusions(&self, n: usize) -> Vec<((Topic, Topic), usize)> {
        let mut count: BTreeMap<(Topic, Topic), usize> = BTreeMap::new();
        for (_, e, g) in &self.misses {
            *count.entry((*e, *g)).or_default() += 1;
        }
        let mut v: Vec<_> = count.into_iter().collect();
        v.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        v.truncate(n);
        v
    }

    /// The whole report as text: per topic, overall, flags, top confusions.
    pub fn table(&self) -> String {
        let mut out = String::new();
        for (id, (ok, all)) in &self.per_topic {
            out.push_str(&format!(
                "{id:<26} {ok:>4}/{all:<4} {:>5.1}%\n",
                100.0 * ratio(*ok, *all)
            ));
        }
        out.push_str(&format!(
            "{:<26} {:>4}/{:<4} {:>5.1}%\n\n",
            "topic accuracy",
            self.total() - self.misses.len(),
            self.total(),
            100.0 * self.accuracy()
        ));
        for f in Flag::ALL {
            let c = self.flag(f);
            out.push_str(&format!(
                "{:<18} precision {:.2}  recall {:.2}  F1 {:.2}  (tp {}, fp {}, fn {})\n",
                f.id(),
                c.precision(),
                c.recall(),
                c.f1(),
                c.true_pos,
                c.false_pos,
                c.false_neg
            ));
        }
        out.push_str("\ntop confusions (expected -> got):\n");
        for ((e, g), n) in self.confusions(10) {
            out.push_str(&format!("  {n:>3}  {} -> {}\n", e.id(), g.id()));
        }
        out
    }
}

/// Scores `understand` on every labelled line. A line is right when the topic is any of its
/// acceptable topics; a line with no topic (`-`, a set for flags alone) scores flags only.
pub fn evaluate(set: &[Example], mut understand: impl FnMut(&str) -> Understanding) -> Report {
    let mut report = Report::default();
    for item in set {
        let u = understand(&item.text);
        if !item.topics.is_empty() {
            let entry = report.per_topic.entry(item.topic().id()).or_default();
            entry.1 += 1;
            if item.topics.contains(&u.topic) {
                entry.0 += 1;
            } else {
                report
                    .misses
                    .push((item.text.clone(), item.topic(), u.topic));
            }
        }
        for f in Flag::ALL {
            let c = report.flags.entry(f.id()).or_default();
            match (item.flags.contains(&f), u.flags.contains(&f)) {
                (true, true) => c.true_pos += 1,
                (false, true) => {
                    c.false_pos += 1;
                    report.flag_misses.push((item.text.clone(), f, true));
                }
                (true, false) => {
                    c.false_neg += 1;
                    report.flag_misses.push((item.text.clone(), f, false));
                }
                (false, false) => {}
            }
        }
    }
    report
}
