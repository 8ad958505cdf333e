//! The figures History shows for each finished session (score and timing accuracy), kept
//! under their own key so History never has to decode and review every session again. It
//! is a derived cache like the index: an entry is used only while it matches the session's
//! question count and the coach's `REVIEW_VERSION`, and it can always be rebuilt from the
//! sessions. Older builds do not know the key and leave it alone, so adding it needed no
//! schema bump.

use super::schema::SessionSummary;
use crate::coach::REVIEW_VERSION;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Where the figures are kept.
pub const FIGURES_KEY: &str = "askwell.figures";

/// One finished session's figures, as its review computed them.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Figures {
    pub score: u8,
    pub timing_accuracy: f64,
    /// The session's question count when reviewed: a changed session is reviewed again.
    pub questions: u32,
    /// The coach that computed them: a changed coach reviews again.
    pub review_version: u32,
}

/// Figures by session id.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FiguresCache {
    pub sessions: BTreeMap<String, Figures>,
}

impl FiguresCache {
    /// The cached figures for a session, if still valid for it.
    pub fn get(&self, summary: &SessionSummary) -> Option<Figures> {
        self.sessions
            .get(&summary.id)
            .filter(|f| f.questions == summary.questions && f.review_version == REVIEW_VERSION)
            .copied()
    }

    /// Records a review's figures for a session.
    pub fn put(&mut self, summary: &SessionSummary, score: u8, timing_accuracy: f64) {
        let figures = Figures {
            score,
            timing_accuracy: if timing_accuracy.is_finite() {
                timing_accuracy
            } else {
                0.0
            },
            questions: summary.questions,
            review_version: REVIEW_VERSION,
        };
        self.sessions.insert(summary.id.clone(), figures);
    }

    /// Drops entries for sessions that no longer exist.
    pub fn keep_only<'a>(&mut self, ids: impl IntoIterator<Item = &'a str>) {
        // A sorted list, not a set: collecting a set would bring its own copy of std's sort.
        let mut keep: Vec<&str> = ids.into_iter().collect();
        crate::small_sort::sort_stable_by(&mut keep, |a, b| a.cmp(b));
        self.sessions
            .retain(|id, _| keep.binary_search(&id.as_str()).is_ok());
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::interview::{ClockMode, Status};
    use crate::store::{decode, encode_with_revision};

    fn summary(id: &str, questions: u32) -> SessionSummary {
        SessionSummary {
            id: id.into(),
            persona_id: "p".into(),
            persona_name: "P".into(),
            started_at_ms: 1.0,
            planned_minutes: 20,
            actual_s: 60.0,
            questions,
            clock: ClockMode::Simulated,
            status: Status::Ended,
        }
    }

    #[test]
    fn figures_are_used_only_while_they_match_the_session() {
        let mut cache = FiguresCache::default();
        cache.put(&summary("a", 5), 72, 0.9);
        assert_eq!(cache.get(&summary("a", 5)).map(|f| f.score), Some(72));
        assert_eq!(cache.get(&summary("a", 6)), None, "changed session");
        assert_eq!(cache.get(&summary("b", 5)), None);
        cache.keep_only(["b"]);
        assert!(cache.sessions.is_empty());
        cache.put(&summary("c", 1), 10, f64::NAN);
        let raw = encode_with_revision(&cache, 1).unwrap();
        assert_eq!(decode::<FiguresCache>(&raw), Ok(cache));
    }
}
