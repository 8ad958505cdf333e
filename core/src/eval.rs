//! Labelled evaluation sets (`utterance<TAB>topic<TAB>flags`) and accuracy reports, shared by
//! the tests and `askwell eval`.

use crate::topic::Topic;
use std::collections::BTreeMap;

#[derive(Debug, Clone)]
pub struct Labelled {
    pub utterance: String,
    pub topic: Topic,
    pub flags: Vec<String>,
}

/// Parses a TSV evaluation set; the first line is a header.
pub fn parse_tsv(tsv: &str) -> Result<Vec<Labelled>, String> {
    tsv.lines()
        .enumerate()
        .skip(1)
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(i, line)| {
            let cols: Vec<&str> = line.split('\t').collect();
            if cols.len() != 3 {
                return Err(format!("line {}: expected 3 columns", i + 1));
            }
            let topic = Topic::parse(cols[1].trim())
                .ok_or_else(|| format!("line {}: unknown topic {}", i + 1, cols[1]))?;
            let flags = match cols[2].trim() {
                "-" | "" => Vec::new(),
                f => f.split(',').map(|s| s.trim().to_string()).collect(),
            };
            Ok(Labelled {
                utterance: cols[0].to_string(),
                topic,
                flags,
            })
        })
        .collect()
}

/// Correct and total per expected topic, plus the misses as (utterance, expected, got).
#[derive(Debug, Default)]
pub struct Report {
    pub per_topic: BTreeMap<&'static str, (usize, usize)>,
    pub misses: Vec<(String, Topic, Topic)>,
}

impl Report {
    pub fn accuracy(&self) -> f64 {
        let (ok, all) = self
            .per_topic
            .values()
            .fold((0, 0), |(a, b), (c, d)| (a + c, b + d));
        ok as f64 / all.max(1) as f64
    }

    pub fn topic_accuracy(&self, topic: Topic) -> f64 {
        let (ok, all) = self.per_topic.get(topic.id()).copied().unwrap_or((0, 0));
        ok as f64 / all.max(1) as f64
    }

    pub fn table(&self) -> String {
        let mut out = String::new();
        for (id, (ok, all)) in &self.per_topic {
            out.push_str(&format!(
                "{id:<24} {ok:>3}/{all:<3} {:>5.1}%\n",
                100.0 * *ok as f64 / *all as f64
            ));
        }
        out.push_str(&format!(
            "{:<24} {:>5.1}%\n",
            "overall",
            100.0 * self.accuracy()
        ));
        out
    }
}

/// Scores `classify` on every labelled line.
pub fn evaluate(set: &[Labelled], mut classify: impl FnMut(&str) -> Topic) -> Report {
    let mut report = Report::default();
    for item in set {
        let got = classify(&item.utterance);
        let entry = report.per_topic.entry(item.topic.id()).or_default();
        entry.1 += 1;
        if got == item.topic {
            entry.0 += 1;
        } else {
            report
                .misses
                .push((item.utterance.clone(), item.topic, got));
        }
    }
    report
}
