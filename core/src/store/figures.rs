//! The figures History shows for each finished session (score and timing accuracy), kept
//! under their own key so History never has to decode and review every session again. It
//! is a derived cache like the index: an entry is used only while it matches the session's
//! question count and the coach's `REVIEW_VERSION`, and it can always be rebuilt from the
//! sessions. Older builds do not know the key and leave it alone, so adding it needed no
//! schema bump.

use super::schema::SessionSummary;
use crate::coach::REVIEW_VERSION;
use serde::de::{Deserializer, MapAccess, Visitor};
use serde::{Deserialize, Serialize, Serializer};

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

/// Figures by session id, as a list sorted by id, stored as a JSON object exactly as a
/// `BTreeMap` would be (keys in order; the last of a repeated key wins). A `BTreeMap` of
/// this one key and value type cost its own few KB of `.wasm`.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct FiguresById(Vec<(String, Figures)>);

impl FiguresById {
    fn find(&self, id: &str) -> Result<usize, usize> {
        self.0.binary_search_by(|(k, _)| k.as_str().cmp(id))
    }

    pub fn get(&self, id: &str) -> Option<&Figures> {
        self.find(id).ok().map(|at| &self.0[at].1)
    }

    /// Sets the figures for `id`, replacing any it had.
    pub fn insert(&mut self, id: String, figures: Figures) {
        match self.find(&id) {
            Ok(at) => self.0[at].1 = figures,
            Err(at) => self.0.insert(at, (id, figures)),
        }
    }

    /// Adds (or replaces with) every entry of `other`.
    pub fn extend_from(&mut self, other: &FiguresById) {
        for (id, figures) in &other.0 {
            self.insert(id.clone(), *figures);
        }
    }

    /// Every entry, in id order.
    pub fn iter(&self) -> impl Iterator<Item = (&String, &Figures)> {
        self.0.iter().map(|(id, f)| (id, f))
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }
}

impl Serialize for FiguresById {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_map(self.0.iter().map(|(id, figures)| (id, figures)))
    }
}

impl<'de> Deserialize<'de> for FiguresById {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct ById;
        impl<'de> Visitor<'de> for ById {
            type Value = FiguresById;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a map")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<FiguresById, A::Error> {
                let mut out = FiguresById::default();
                while let Some((id, figures)) = map.next_entry::<String, Figures>()? {
                    out.insert(id, figures);
                }
                Ok(out)
            }
        }
        d.deserialize_map(ById)
    }
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
            .0
            .retain(|(id, _)| keep.binary_search(&id.as_str()).is_ok());
    }
}
