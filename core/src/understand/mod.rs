//! Understanding a typed line, in one pass: the line is normalized once, scored once by the
//! trained model (with the persona's vocabulary as a prior), and its shape checked once by
//! grammar. The result, an [`Understanding`], is what the conversation, the coach and storage
//! all read: nothing downstream looks at the raw line again to decide what it meant.

pub(crate) mod classes;
mod coded;
pub mod corpus;
pub mod features;
pub mod language;
pub mod model;
pub mod shape;
pub mod text;
#[cfg(feature = "authoring")]
pub mod train;

use crate::flags::Flag;
use crate::persona::VocabularyEntry;
use crate::small_sort::sort_small_by;
use crate::substr;
use crate::topic::{Segment, Topic};
use model::{Model, Scores};
use std::sync::OnceLock;

/// The shipped model, decoded on first use: 3-4 ms natively, 6-32 ms in the browser the
/// first time (its decoder compiled then too), so the practice warms it in a task of its own.
pub fn builtin() -> &'static Model {
    static MODEL: OnceLock<Model> = OnceLock::new();
    MODEL.get_or_init(|| {
        crate::content::with_model_bytes(|b| Model::from_bytes(b).expect("checked by tests"))
    })
}

/// A job ask needs this probability: a false accusation costs more than a miss. Chosen on the
/// development sets (`jobask_border` above all, NOTES.md section 3): 0.5 raised one more false
/// ask for no more found, 0.7 missed five more. `JOB_ASK_SURE` for a line asking to hear more.
pub const JOB_ASK_MIN: f32 = 0.6;
pub const JOB_ASK_SURE: f32 = 0.8;
/// Below this, the top topic is a guess. With `CLOSE_MARGIN`, chosen on the development split
/// so the persona asks "A or B?" on about one line in twenty-five (`askwell train --dev`).
pub const CONFIDENT: f32 = 0.30;
/// Top two closer than this (in probability) are a real ambiguity, worth a clarifying question.
pub const CLOSE_MARGIN: f32 = 0.08;
/// Below this, the line is not understood at all.
pub const UNKNOWN: f32 = 0.2;
/// Probability that a web search answers the line, needed to flag it generic.
pub const GENERIC_MIN: f32 = 0.5;
/// Logit added to a topic when the line uses the persona's own words for it.
pub const VOCABULARY_BONUS: f32 = 1.5;

/// What a line was understood as. Computed once per line and stored with the exchange.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Understanding {
    pub topic: Topic,
    pub confidence: f32,
    pub runner_up: Option<(Topic, f32)>,
    /// Every topic with its probability, most likely first (for answering "A or B?").
    pub ranked: Vec<(Topic, f32)>,
    pub flags: Vec<Flag>,
    /// The words that made it a job ask (empty otherwise), for the coach to name.
    pub job_words: Vec<String>,
    /// "Tell me more", "why?": asks to go deeper on the last answer.
    pub follow_up: bool,
    /// The line's normalized words.
    pub words: Vec<String>,
    /// Other closing intents said in the same line ("Thank you! May I keep in touch?"): the
    /// persona answers each and the coach credits each.
    pub also: Vec<Topic>,
    /// Written in another language than English: the persona asks for English.
    pub other_language: bool,
}

impl Understanding {
    /// The probability given to `topic`.
    pub fn probability(&self, topic: Topic) -> f32 {
        let found = (self.ranked.iter()).find(|r| r.0 == topic);
        found.map_or(0.0, |r| r.1)
    }

    /// Real ambiguity: a weak top score, or a runner-up too close to call.
    pub fn is_ambiguous(&self) -> bool {
        let close = (self.runner_up).is_some_and(|(_, p)| self.confidence - p < CLOSE_MARGIN);
        self.confidence < CONFIDENT || close
    }
}

/// Sureness a part of a line needs to be a second intent (nobody asks what the user meant).
const SECOND_INTENT: f32 = 0.5;

/// The most likely column and its probability, `skip` left out (0 when nothing is left).
fn top(probabilities: &[f32], skip: Option<usize>) -> (usize, f32) {
    let columns = (probabilities.iter().copied().enumerate()).filter(|&(c, _)| Some(c) != skip);
    columns.fold((0, 0.0), |m, (c, p)| if p > m.1 { (c, p) } else { m })
}

/// The closing segment's topics (thanks, keeping in touch, anything else?): a line may say two.
fn closing(topic: Topic) -> bool {
    topic.segment() == Some(Segment::Closing)
}

/// A topic about the work: of the present, the past, the future or advice.
fn about_work(t: Topic) -> bool {
    matches!(t.segment(), Some(s) if s != Segment::Opening && !closing(t))
}

/// Understands lines for one persona: the shared model plus that persona's vocabulary.
#[derive(Debug, Clone)]
pub struct Matcher {
    model: &'static Model,
    /// (class column, phrase words) per vocabulary phrase.
    vocabulary: Vec<(usize, Vec<String>)>,
    /// The listener's organization as typed words, each comma part ("Halden Therapeutics").
    own: Vec<Vec<String>>,
}

impl Matcher {
    pub fn new(vocabulary: &[VocabularyEntry]) -> Matcher {
        Matcher::with_model(builtin(), vocabulary)
    }

    pub fn with_model(model: &'static Model, vocabulary: &[VocabularyEntry]) -> Matcher {
        let vocabulary = vocabulary
            .iter()
            .filter_map(|v| model.column(v.topic).map(|c| (c, &v.phrases)))
            .flat_map(|(c, phrases)| phrases.iter().map(move |p| (c, text::words(p))))
            .filter(|(_, w)| !w.is_empty())
            .collect();
        Matcher {
            model,
            vocabulary,
            own: Vec::new(),
        }
    }

    /// The listener works at `organization`: a line that names it ("is Halden Therapeutics
    /// hiring?", or "Halden" typed as a name) asks about theirs: read as "your company" ("your
    /// organization" also reads as the professional organizations topic).
    pub fn working_at(mut self, organization: &str) -> Matcher {
        self.own = organization.split(',').map(text::words).collect();
        self
    }

    /// `words` with the listener's organization named as theirs, in a question or a request
    /// (tell me about Halden), not a statement (I'd love to hear about your work at Halden
    /// asks for no job). Its first word alone counts typed with a capital (a name).
    fn as_theirs(&self, line: &str, mut words: Vec<String>) -> Vec<String> {
        let verbs = classes::request_verbs();
        let asks =
            line.trim_end().ends_with('?') || words.first().is_some_and(|w| verbs.contains(&&**w));
        for name in self.own.iter().filter(|n| asks && !n.is_empty()) {
            let first = name[0].as_str();
            let capital = |w: &str| w.chars().next().is_some_and(|c| text::lower_char(c) != c);
            let alone = name.len() > 1
                && (line.split(|c: char| !c.is_alphanumeric()))
                    .any(|w| capital(w) && text::lower(w) == first);
            let mut i = 0;
            while i < words.len() {
                let n = if words[i..].starts_with(name) {
                    name.len()
                } else {
                    usize::from(alone && words[i] == first)
                };
                if n > 0 {
                    words.splice(i..i + n, ["your".to_string(), "company".to_string()]);
                }
                i += 1;
            }
        }
        words
    }

    /// Understands one line.
    pub fn understand(&self, line: &str) -> Understanding {
        let words = self.as_theirs(line, text::words_kept(line).to_vec());
        let mut flags = Vec::new();
        if words.is_empty() {
            return Understanding::default();
        }
        if language::is_other_language(line, &words) {
            return Understanding {
                words,
                other_language: true,
                ..Understanding::default()
            };
        }
        let prior: Vec<(usize, f32)> = self
            .vocabulary
            .iter()
            .filter(|(_, phrase)| text::contains_phrase(&words, phrase))
            .map(|(c, _)| (*c, VOCABULARY_BONUS))
            .collect();
        let scores = self.by_questions(line, self.model.score(&words, &prior), &prior);
        let mut ranked: Vec<(usize, f32)> =
            scores.probabilities.iter().copied().enumerate().collect();
        sort_small_by(&mut ranked, |a, b| b.1.total_cmp(&a.1));
        let topic_of = |c: usize| self.model.classes[c].unwrap_or(Topic::None);
        let job = self.model.column(Topic::JobAsk);
        // A job ask must be clear; otherwise the line is read as its next-best topic.
        let follow_up = shape::is_follow_up(line);
        let job_min = if follow_up { JOB_ASK_SURE } else { JOB_ASK_MIN };
        if Some(ranked[0].0) == job && ranked[0].1 < job_min {
            ranked.remove(0);
        }
        // A line about pay says a word of it (`pay_stems`): one that says none is not pay.
        if !(words.iter()).any(|w| (classes::pay_stems().iter()).any(|s| w.starts_with(s))) {
            ranked.retain(|&(c, _)| topic_of(c) != Topic::Compensation);
        }
        // Barely read as off topic, with a topic of the interview just behind: that topic.
        let behind = |&(c, p): &(usize, f32)| Some(c) != job && p >= CONFIDENT;
        if topic_of(ranked[0].0) == Topic::None
            && (ranked.get(1)).is_some_and(|r| behind(r) && ranked[0].1 - r.1 < CLOSE_MARGIN)
        {
            ranked.swap(0, 1);
        }
        let (best, p1) = ranked[0];
        let mut runner_up = ranked.get(1).map(|&(c, p)| (topic_of(c), p));
        // The questions of a turn that asks two or more (empty otherwise).
        let questions = shape::question_parts(line);
        let mut topic = topic_of(best);
        let mut confidence = p1;
        let mut job_words = Vec::new();
        if topic == Topic::JobAsk {
            let other = ranked.get(1).map_or(best, |r| r.0);
            job_words = self.evidence(line, &words, best, other);
        } else if let Some((part, p, other)) = self.job_ask_among(line, &questions) {
            // Two questions in one turn are answered by the first, but a job ask among them is
            // still a job ask ("What's your day like, and do you have any openings?").
            runner_up = Some((topic, p1));
            topic = Topic::JobAsk;
            confidence = p;
            job_words = self.evidence(line, &part, job.unwrap_or(best), other);
        }
        if topic == Topic::JobAsk {
            flags.push(Flag::JobAsk);
        }
        if shape::is_closed(line) {
            flags.push(Flag::ClosedQuestion);
        }
        if scores.generic >= GENERIC_MIN && topic != Topic::JobAsk {
            flags.push(Flag::GenericQuestion);
        }
        // Closing requests said together ("anyone else I should talk to, and could I keep in
        // touch?") are each answered, so no double question (two after thanks or an
        // introduction still are two: "Hi, I'm Ana. What do you do, and do you like it?").
        let (mut also, asked) = self.other_intents(line, topic);
        if let Some((question, p)) = asked {
            also.insert(0, topic);
            runner_up = Some((topic, confidence));
            (topic, confidence) = (question, p);
        }
        if !questions.is_empty() && !also.iter().any(|t| closing(*t)) {
            flags.push(Flag::DoubleQuestion);
        }
        sort_small_by(&mut flags, Flag::cmp);
        Understanding {
            topic,
            confidence,
            runner_up,
            ranked: ranked.iter().map(|&(c, p)| (topic_of(c), p)).collect(),
            flags,
            job_words,
            follow_up,
            words,
            also,
            other_language: false,
        }
    }

    /// Said around a question (a remark, thanks, a story of four words or more), a line read
    /// weakly as a whole is read by its questions alone, when they read surer as the work.
    fn by_questions(&self, line: &str, whole: Scores, prior: &[(usize, f32)]) -> Scores {
        let said = text::sentences(line);
        let (asked, around): (Vec<&str>, Vec<&str>) = said.iter().partition(|s| s.ends_with('?'));
        let sure = top(&whole.probabilities, None).1;
        if asked.is_empty() || text::words(&around.join(" ")).len() < 4 || sure >= CONFIDENT {
            return whole;
        }
        let asked = self.as_theirs(line, text::words(&asked.join(" ")));
        let alone = self.model.score(&asked, prior);
        let (c, p) = top(&alone.probabilities, None);
        if p > sure && p >= CONFIDENT && self.model.classes[c].is_some_and(about_work) {
            return alone;
        }
        whole
    }

    /// Intents in parts of a line (clauses of three words or more, short sentences: "Thanks!"),
    /// each read alone at `SECOND_INTENT` or more: in a closing line or a request for names,
    /// other closing intents; in thanks or an introduction, a question about the work; in a
    /// question about the work, thanks or an introduction said before it, however it leans.
    fn other_intents(&self, line: &str, topic: Topic) -> (Vec<Topic>, Option<(Topic, f32)>) {
        let (mut found, mut asked) = (Vec::new(), None);
        let opens = matches!(topic, Topic::Thanks | Topic::Introduction);
        let courtesy = |t: Topic| matches!(t, Topic::Thanks | Topic::Introduction);
        let work_question = !closing(topic) && topic != Topic::Contacts && !opens;
        let mut parts: Vec<(bool, std::rc::Rc<[String]>)> = Vec::new();
        for s in text::sentences(line) {
            // A question is also read whole after a colon: cut at its comma, neither half
            // says what it asks (Thanks. And fully remote, is that realistic?).
            let whole = (s.rsplit(':').next()).filter(|q| s.ends_with('?') && q.contains(','));
            let (from, clauses) = (parts.len(), s.split([',', ';', ':']).map(text::words_kept));
            for w in clauses.filter(|w| w.len() >= 3) {
                parts.push((shape::asks(&w, s.ends_with('?')), w));
            }
            let asks = parts[from..].iter().any(|p| p.0);
            parts.extend(whole.map(|q| (asks, text::words_kept(q))));
            parts.extend((Some(text::words_kept(s)).filter(|w| w.len() < 3)).map(|w| (false, w)));
        }
        for (asks, w) in parts.iter().filter(|_| parts.len() >= 2) {
            let (best, p) = top(&self.model.score(w, &[]).probabilities, None);
            let t = self.model.classes[best].unwrap_or(Topic::None);
            let work = about_work(t);
            let second = p >= SECOND_INTENT && t != topic && !found.contains(&t);
            if work_question {
                if second && !*asks && courtesy(t) {
                    found.push(t);
                }
            } else if opens && *asks && work && p >= CONFIDENT && !shape::points_back(w) {
                asked = asked.or(Some((t, p)));
            } else if second && closing(t) && topic != Topic::Introduction {
                found.push(t);
            }
        }
        (found, asked)
    }

    /// Among the questions of one turn, one that the model alone reads as a clear job ask:
    /// its words, its probability and the runner-up column. Only questions are read on their
    /// own, never statements ("I'm not looking for a position, I just ...").
    fn job_ask_among(
        &self,
        line: &str,
        parts: &[Vec<String>],
    ) -> Option<(Vec<String>, f32, usize)> {
        let job = self.model.column(Topic::JobAsk)?;
        parts.iter().find_map(|part| {
            let part = &self.as_theirs(line, part.clone());
            let scores = self.model.score(part, &[]);
            let p = scores.probabilities[job];
            let (other, _) = top(&scores.probabilities, Some(job));
            (p >= JOB_ASK_MIN && scores.probabilities.iter().all(|&q| q <= p))
                .then(|| (part.clone(), p, other))
        })
    }

    /// The words (or word pairs) that pushed `class` over `other` most, strongest first; a pair
    /// only as written in `line` (the model pairs words across a comma: `assistant, I`).
    fn evidence(&self, line: &str, words: &[String], class: usize, other: usize) -> Vec<String> {
        let written: Vec<String> = (line.split(['.', ',', ';', ':', '!', '?', '(', ')', '—']))
            .flat_map(|c| features::word_features(&self.as_theirs(line, text::words(c)), 0))
            .map(|(_, w)| w)
            .collect();
        let mut pushes: Vec<(f32, String)> =
            features::word_features(words, self.model.log2_buckets)
                .into_iter()
                .map(|(bucket, w)| (self.model.margin_weight(bucket, class, other), w))
                // Short and function words ("i", "any", "for") name nothing a user could
                // change; a pair counts when one of its words says something ("any openings").
                .filter(|(m, w)| {
                    *m > 0.0
                        && written.contains(w)
                        && w.split(' ')
                            .any(|x| x.chars().count() > 2 && !text::is_function_word(x))
                })
                .collect();
        sort_small_by(&mut pushes, |a, b| b.0.total_cmp(&a.0));
        let mut out: Vec<String> = Vec::new();
        for (_, w) in pushes {
            let known = |o: &String| substr::contains(o, &w) || substr::contains(&w, o);
            if out.len() < 3 && !out.iter().any(known) {
                out.push(w);
            }
        }
        out
    }
}

#[cfg(test)]
/// The example sentences of a file in `core/tests/cases/`, for the unit tests: each line a
/// sentence, a tab and what it must be read as (`#` lines and blank ones are comments).
pub(crate) fn cases(file: &'static str) -> Vec<(&'static str, &'static str)> {
    let cases: Vec<_> = (file.lines())
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| {
            l.split_once('\t')
                .unwrap_or_else(|| panic!("no tab in `{l}`"))
        })
        .map(|(sentence, expected)| (sentence, expected.trim()))
        .collect();
    assert!(!cases.is_empty(), "a file of cases has cases");
    cases
}
