//! Ranks canonical topics for a question: BM25 over the lexicon's example questions, plus a
//! bonus for key phrases whose terms appear in order, plus the persona's own field vocabulary.
//! Built once per persona; ranking a line is a few microseconds.

use crate::intent;
use crate::lexicon::LEXICON;
use crate::persona::VocabularyEntry;
use crate::text::terms;
use crate::topic::Topic;
use std::collections::HashMap;

const K1: f32 = 1.2;
const B: f32 = 0.6;
/// Weight of the best-matching example against the topic's next best examples.
const BEST_EXAMPLE_SHARE: f32 = 0.6;
/// Bonus per key phrase found, per term in it.
const PHRASE_WEIGHT: f32 = 1.1;
const VOCABULARY_WEIGHT: f32 = 2.0;

struct Example {
    topic: Topic,
    terms: Vec<u32>,
}

struct Phrase {
    topic: Topic,
    terms: Vec<u32>,
    weight: f32,
}

pub struct Matcher {
    vocabulary: HashMap<String, u32>,
    idf: Vec<f32>,
    examples: Vec<Example>,
    phrases: Vec<Phrase>,
    average_length: f32,
}

/// A topic with its score, best first.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Scored {
    pub topic: Topic,
    pub score: f32,
}

impl Matcher {
    /// The shared lexicon plus a persona's field words.
    pub fn new(extra: &[VocabularyEntry]) -> Matcher {
        let mut vocabulary: HashMap<String, u32> = HashMap::new();
        let mut intern = |t: String| -> u32 {
            let next = vocabulary.len() as u32;
            *vocabulary.entry(t).or_insert(next)
        };
        let mut examples = Vec::new();
        let mut phrases = Vec::new();
        for entry in LEXICON {
            for ex in entry.examples {
                let ids = terms(ex).into_iter().map(&mut intern).collect();
                examples.push(Example {
                    topic: entry.topic,
                    terms: ids,
                });
            }
            for p in entry.phrases {
                let ids: Vec<u32> = terms(p).into_iter().map(&mut intern).collect();
                if !ids.is_empty() {
                    let weight = PHRASE_WEIGHT * ids.len() as f32;
                    phrases.push(Phrase {
                        topic: entry.topic,
                        terms: ids,
                        weight,
                    });
                }
            }
        }
        for v in extra {
            for p in &v.phrases {
                let ids: Vec<u32> = terms(p).into_iter().map(&mut intern).collect();
                if !ids.is_empty() {
                    phrases.push(Phrase {
                        topic: v.topic,
                        weight: VOCABULARY_WEIGHT * ids.len() as f32,
                        terms: ids,
                    });
                }
            }
        }
        let n = examples.len() as f32;
        let mut df = vec![0u32; vocabulary.len()];
        for ex in &examples {
            let mut seen = ex.terms.clone();
            seen.sort_unstable();
            seen.dedup();
            for t in seen {
                df[t as usize] += 1;
            }
        }
        let idf = df
            .iter()
            .map(|&d| ((n - d as f32 + 0.5) / (d as f32 + 0.5) + 1.0).ln())
            .collect();
        let average_length =
            examples.iter().map(|e| e.terms.len()).sum::<usize>() as f32 / n.max(1.0);
        Matcher {
            vocabulary,
            idf,
            examples,
            phrases,
            average_length,
        }
    }

    /// Every topic with a score, best first (ties keep canonical order).
    pub fn rank(&self, line: &str) -> Vec<Scored> {
        let query: Vec<u32> = terms(line)
            .iter()
            .filter_map(|t| self.vocabulary.get(t).copied())
            .collect();
        let mut per_topic: HashMap<Topic, Vec<f32>> = HashMap::new();
        for ex in &self.examples {
            let s = self.bm25(&query, ex);
            if s > 0.0 {
                per_topic.entry(ex.topic).or_default().push(s);
            }
        }
        let mut scores: Vec<Scored> = Topic::all()
            .map(|topic| {
                let mut s = per_topic.remove(&topic).unwrap_or_default();
                s.sort_by(|a, b| b.total_cmp(a));
                let best = s.first().copied().unwrap_or(0.0);
                let rest: f32 = s.iter().skip(1).take(2).sum::<f32>() / 2.0;
                Scored {
                    topic,
                    score: BEST_EXAMPLE_SHARE * best + (1.0 - BEST_EXAMPLE_SHARE) * rest,
                }
            })
            .collect();
        for p in &self.phrases {
            if contains_in_order(&query, &p.terms) {
                if let Some(s) = scores.iter_mut().find(|s| s.topic == p.topic) {
                    s.score += p.weight;
                }
            }
        }
        apply_rules(line, &mut scores);
        scores.sort_by(|a, b| b.score.total_cmp(&a.score));
        scores
    }

    /// The best topic, for callers that do not need the runners-up.
    pub fn best(&self, line: &str) -> Topic {
        self.rank(line)
            .first()
            .filter(|s| s.score > 0.0)
            .map(|s| s.topic)
            .unwrap_or(Topic::None)
    }

    fn bm25(&self, query: &[u32], ex: &Example) -> f32 {
        let len = ex.terms.len() as f32;
        let norm = K1 * (1.0 - B + B * len / self.average_length);
        let mut score = 0.0;
        let mut counted: Vec<u32> = Vec::with_capacity(query.len());
        for &q in query {
            if counted.contains(&q) {
                continue;
            }
            counted.push(q);
            let tf = ex.terms.iter().filter(|&&t| t == q).count() as f32;
            if tf > 0.0 {
                score += self.idf[q as usize] * tf * (K1 + 1.0) / (tf + norm);
            }
        }
        score
    }
}

/// Terms of `phrase` appear in `query` in the same order (gaps allowed).
fn contains_in_order(query: &[u32], phrase: &[u32]) -> bool {
    let mut it = query.iter();
    phrase.iter().all(|p| it.any(|q| q == p))
}

/// Shape rules that outrank vocabulary: a job ask is a job ask whatever else it mentions; a
/// self-introduction without a question is the opening.
fn apply_rules(line: &str, scores: &mut [Scored]) {
    let mut boost = |topic: Topic, by: f32| {
        if let Some(s) = scores.iter_mut().find(|s| s.topic == topic) {
            s.score += by;
        }
    };
    if intent::is_job_ask(line) {
        boost(Topic::JobAsk, 100.0);
    }
    if is_self_introduction(line) {
        boost(Topic::Introduction, 8.0);
    }
}

/// The user introducing themselves or setting an agenda, rather than asking a question.
fn is_self_introduction(line: &str) -> bool {
    let w = intent::Words::new(line);
    let about_me = w.any_phrase(&[
        "my name is",
        "i am a",
        "i am an",
        "i am in my",
        "i am currently",
        "i am studying",
        "i am exploring",
        "i am interested in",
        "i am considering",
        "i am thinking about",
        "i am looking into",
        "i am trying to figure",
        "i am a student",
        "i am doing a",
        "i am finishing",
        "i am graduating",
        "i study",
        "i graduated",
        "i just graduated",
        "i recently",
        "i have been working",
        "i currently",
        "a bit about me",
        "about myself",
        "quick intro",
        "introduce myself",
        "i was hoping to",
        "i hope to",
        "i would like to ask",
        "i would love to ask",
        "i would like to learn",
        "i would love to learn",
        "i would like to hear",
        "i would love to hear",
        "my plan",
        "my goal today",
        "the plan",
        "agenda",
    ]);
    if !about_me {
        return false;
    }
    // A preamble followed by a real question is that question; a line that only tells who
    // the user is and what they hope for is the opening.
    let questions = intent::question_sentences(line);
    questions.is_empty()
        || (!line.contains('?') && w.any_phrase(&["i would", "i hope", "i was hoping", "plan"]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn obvious_questions_find_their_topic() {
        let m = Matcher::new(&[]);
        assert_eq!(
            m.best("What does a typical day look like?"),
            Topic::TypicalDay
        );
        assert_eq!(m.best("Who else should I talk to?"), Topic::Contacts);
        assert_eq!(m.best("Are you hiring?"), Topic::JobAsk);
        assert_eq!(m.best("What's your favorite restaurant?"), Topic::None);
    }

    #[test]
    fn vocabulary_points_to_its_topic() {
        let vocab = [VocabularyEntry {
            topic: Topic::Education,
            phrases: vec!["residency".into()],
        }];
        let m = Matcher::new(&vocab);
        assert_eq!(m.best("How was residency?"), Topic::Education);
    }
}
