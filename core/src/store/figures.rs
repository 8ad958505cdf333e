//! The figures History shows for each finished session (score and timing accuracy), kept
//! under their own key so History never has to decode and review every session again. It
//! is a derived cache like the index: an entry is used only while it matches the session's
//! question count and the coach's `REVIEW_VERSION`, and it can always be rebuilt from the
//! sessions. Older builds do not know the key and leave it alone, so adding it needed no
//! schema bump.

use super::schema::SessionSummary;
use crate::coach::REVIEW_VERSION;
use serde::{Deserialize, Serialize};

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
    pub sessions: FiguresById,
}

/// Figures by session id.
pub type FiguresById = crate::sorted_map::SortedMap<String, Figures>;

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
