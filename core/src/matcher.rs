//! Ranks canonical topics for a question. Three signals, added per topic:
//! - weighted cue patterns from the lexicon ("typical|normal day", "who else", "how did you *
//!   get into"), matched in order with small gaps on the words of each clause of the line. The
//!   first question of a line counts fully; preambles ("I read your profile..."), second
//!   questions and the user's own plans ("...as I apply to grad school") count half. A cue whose
//!   words a stronger cue of its topic already used counts half, so synonyms do not stack;
//! - BM25 over the lexicon's example questions, a backstop for wordings no cue covers;
//! - the persona's own field vocabulary, a moderate pull towards its topic.
//!
//! Then shape rules: a job ask (`intent::is_job_ask`) wins outright; a self-introduction
//! without a question is the opening, and its polite thanks do not make it a closing; a
//! statement of thanks is the thanks; and `none` holds a floor, so a line with no topic-bearing
//! words (or only off-topic ones) is off topic. Scores are on the cues' scale: a clear question
//! scores 5 or more, with the runner-up well behind; a score under about 2 means unsure.
//! Built once per persona (a few milliseconds); ranking a line takes tens of microseconds.

use crate::intent;
use crate::lexicon::{LEXICON, NOISE};
use crate::persona::VocabularyEntry;
use crate::text::{is_stop_word, normalize, stem, terms};
use crate::topic::Topic;
use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

const K1: f32 = 1.2;
const B: f32 = 0.6;
/// Weight of the best-matching example against the topic's next best examples.
const BEST_EXAMPLE_SHARE: f32 = 0.6;
/// Scale of the BM25 backstop against the cue scores.
const BM25_WEIGHT: f32 = 0.4;
/// Words of a cue pattern may have at most this many other words between them.
const DEFAULT_GAP: usize = 2;
/// A persona vocabulary phrase found in the line, per phrase (longer phrases a little more).
const VOCABULARY_WEIGHT: f32 = 2.0;
/// What `none` scores before any off-topic word: a topic must beat it to be chosen.
const NONE_FLOOR: f32 = 1.5;
/// Weight of clauses other than the first question of a line ("..., and what made you stay?").
const SIDE_CLAUSE_WEIGHT: f32 = 0.5;
/// A self-introduction with no question in it is the opening; with one, it is a preamble.
const INTRODUCTION_ALONE: f32 = 2.2;
const INTRODUCTION_PREAMBLE: f32 = 0.25;
/// Added to a self-introduction without a question, over whatever topics its agenda names.
const INTRODUCTION_BONUS: f32 = 4.0;
/// "I'm Priya": a capitalized name after "I'm" counts as introduction cues.
const NAME_GIVEN: f32 = 3.0;
/// Introduction cues that make a line without a question a self-introduction.
const INTRODUCTION_MIN: f32 = 3.0;
const JOB_ASK_BOOST: f32 = 100.0;
/// Words at least this long that the lexicon does not know may be typos of a word it does.
const MIN_TYPO_LENGTH: usize = 6;
/// Share of a cue's weight when its words were already used by a stronger cue of its topic.
const OVERLAP_SHARE: f32 = 0.5;
/// A line with no question whose thanks cues reach the minimum is the thanks.
const THANKS_ALONE_MIN: f32 = 4.0;
const THANKS_ALONE: f32 = 3.0;

/// One word position of a cue: any of its alternatives matches.
struct Slot {
    alternatives: Vec<Alternative>,
    /// Must follow the previous slot directly.
    adjacent: bool,
}

/// One way to fill a slot: a word, a prefix (`work*`), or several words in a row
/// (`on_the_road`), or, for persona vocabulary, a stem.
enum Alternative {
    Words(Vec<Word>),
    Stem(String),
}

enum Word {
    /// The word, or its plural or singular ("hour" matches "hours").
    Exact(String),
    /// Exactly this form (`=organizations`).
    Only(String),
    Prefix(String),
}

/// Words that can start a match of this alternative, as looked up from a line's words (each
/// prefix of each word, and its stem).
fn start_keys(alternative: &Alternative) -> Vec<String> {
    match alternative {
        Alternative::Stem(s) => vec![s.clone()],
        Alternative::Words(ws) => match &ws[0] {
            Word::Only(x) | Word::Prefix(x) => vec![x.clone()],
            Word::Exact(x) => {
                let mut keys = vec![x.clone(), format!("{x}s"), format!("{x}es")];
                if let Some(base) = x.strip_suffix("ies") {
                    keys.push(format!("{base}y"));
                }
                if let Some(base) = x.strip_suffix('y') {
                    keys.push(format!("{base}ies"));
                }
                if let Some(base) = x.strip_suffix("es") {
                    keys.push(base.to_string());
                }
                if let Some(base) = x.strip_suffix('s') {
                    keys.push(base.to_string());
                }
                keys
            }
        },
    }
}

/// Equal, or equal but for a plural ending: "hour"/"hours", "society"/"societies".
fn same_noun(want: &str, word: &str) -> bool {
    if want == word {
        return true;
    }
    let (short, long) = if want.len() < word.len() {
        (want, word)
    } else {
        (word, want)
    };
    if short.len() < 3 {
        return false;
    }
    let plural_ies = long
        .strip_suffix("ies")
        .is_some_and(|base| short.strip_suffix('y') == Some(base));
    let plural_es = long.strip_suffix("es") == Some(short) && !short.ends_with('e');
    let plural_s = long.strip_suffix('s') == Some(short);
    plural_ies || plural_es || plural_s
}

struct Cue {
    topic: usize,
    weight: f32,
    gap: usize,
    slots: Vec<Slot>,
}

struct Example {
    topic: usize,
    length: f32,
}

pub struct Matcher {
    lexicon: &'static Lexicon,
    /// The persona's vocabulary phrases as cues; their ids follow the lexicon's.
    vocabulary_cues: Vec<Cue>,
    vocabulary_starts: HashMap<String, Vec<u32>>,
}

/// The shared lexicon, compiled once for all personas.
struct Lexicon {
    /// Example terms by id, with their idf and the examples holding them (index, count).
    vocabulary: HashMap<String, u32>,
    idf: Vec<f32>,
    postings: Vec<Vec<(u32, f32)>>,
    examples: Vec<Example>,
    average_length: f32,
    cues: Vec<Cue>,
    /// Cues by the words that can start them (a word, one of its prefixes, or its stem).
    cue_starts: HashMap<String, Vec<u32>>,
    noise: Vec<Cue>,
    /// Words the lexicon knows, by first letter, and prefixes its cues match: a longer word
    /// known to neither, one typo away from exactly one known word, is read as that word.
    known: HashMap<char, Vec<String>>,
    known_prefixes: HashSet<String>,
}

/// A cue found in a clause: which words it used (bit per word position).
struct Found {
    cue: usize,
    clause: usize,
    weight: f32,
    words: u64,
}

/// A topic with its score, best first.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Scored {
    pub topic: Topic,
    pub score: f32,
}

/// A clause of the line: its words (normalized), their stems, and how much it counts.
struct Clause {
    words: Vec<String>,
    stems: Vec<String>,
    weight: f32,
}

fn topic_index(topic: Topic) -> usize {
    Topic::ALL.iter().position(|t| *t == topic).unwrap_or(0)
}

impl Lexicon {
    fn compile() -> Lexicon {
        let mut vocabulary: HashMap<String, u32> = HashMap::new();
        let mut postings: Vec<Vec<(u32, f32)>> = Vec::new();
        let mut examples = Vec::new();
        let mut cues = Vec::new();
        for entry in LEXICON {
            let topic = topic_index(entry.topic);
            for ex in entry.examples {
                let index = examples.len() as u32;
                let terms = bm25_terms(ex);
                for t in &terms {
                    let next = vocabulary.len() as u32;
                    let id = *vocabulary.entry(t.clone()).or_insert(next) as usize;
                    if id == postings.len() {
                        postings.push(Vec::new());
                    }
                    match postings[id].last_mut() {
                        Some((e, count)) if *e == index => *count += 1.0,
                        _ => postings[id].push((index, 1.0)),
                    }
                }
                examples.push(Example {
                    topic,
                    length: terms.len() as f32,
                });
            }
            cues.extend(entry.cues.iter().filter_map(|c| parse_cue(topic, c)));
        }
        let noise = NOISE.iter().filter_map(|c| parse_cue(0, c)).collect();
        let cue_starts = index_starts(&cues, 0);
        let mut words: HashSet<String> = LEXICON
            .iter()
            .flat_map(|e| e.examples)
            .flat_map(|ex| {
                normalize(ex)
                    .split(' ')
                    .map(str::to_string)
                    .collect::<Vec<_>>()
            })
            .collect();
        let mut known_prefixes = HashSet::new();
        for cue in &cues {
            for slot in &cue.slots {
                for alt in &slot.alternatives {
                    if let Alternative::Words(ws) = alt {
                        for w in ws {
                            match w {
                                Word::Exact(x) | Word::Only(x) => words.insert(x.clone()),
                                Word::Prefix(x) => known_prefixes.insert(x.clone()),
                            };
                        }
                    }
                }
            }
        }
        let mut known: HashMap<char, Vec<String>> = HashMap::new();
        for w in words {
            if let Some(first) = w.chars().next() {
                known.entry(first).or_default().push(w);
            }
        }
        let n = examples.len() as f32;
        let idf = postings
            .iter()
            .map(|p| {
                let d = p.len() as f32;
                ((n - d + 0.5) / (d + 0.5) + 1.0).ln()
            })
            .collect();
        let average_length = examples.iter().map(|e| e.length).sum::<f32>() / n.max(1.0);
        Lexicon {
            vocabulary,
            idf,
            postings,
            examples,
            average_length,
            cues,
            cue_starts,
            noise,
            known,
            known_prefixes,
        }
    }

    /// The known word a longer unknown word is one typo away from, if exactly one.
    fn correct(&self, word: &str) -> Option<&str> {
        if word.chars().count() < MIN_TYPO_LENGTH || is_stop_word(word) {
            return None;
        }
        let first = word.chars().next()?;
        let same_first = self.known.get(&first)?;
        if same_first.iter().any(|k| k == word)
            || word
                .char_indices()
                .skip(1)
                .any(|(i, _)| self.known_prefixes.contains(&word[..i]))
            || self.known_prefixes.contains(word)
        {
            return None;
        }
        let mut close = same_first.iter().filter(|k| one_edit_apart(k, word));
        match (close.next(), close.next()) {
            (Some(k), None) => Some(k.as_str()),
            _ => None,
        }
    }
}

/// One insertion, deletion, substitution or swap of neighbours turns `a` into `b`.
fn one_edit_apart(a: &str, b: &str) -> bool {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    if a.len().abs_diff(b.len()) > 1 || a == b {
        return false;
    }
    let start = a.iter().zip(&b).take_while(|(x, y)| x == y).count();
    let (ra, rb) = (&a[start..], &b[start..]);
    let tail_eq = |x: &[char], y: &[char]| x == y;
    match ra.len().cmp(&rb.len()) {
        std::cmp::Ordering::Equal => {
            tail_eq(&ra[1..], &rb[1..])
                || (ra.len() >= 2
                    && ra[0] == rb[1]
                    && ra[1] == rb[0]
                    && tail_eq(&ra[2..], &rb[2..]))
        }
        std::cmp::Ordering::Greater => tail_eq(&ra[1..], rb),
        std::cmp::Ordering::Less => tail_eq(ra, &rb[1..]),
    }
}

/// Cue ids (from `first_id`) by the words that can start them.
fn index_starts(cues: &[Cue], first_id: usize) -> HashMap<String, Vec<u32>> {
    let mut starts: HashMap<String, Vec<u32>> = HashMap::new();
    for (i, cue) in cues.iter().enumerate() {
        let id = (first_id + i) as u32;
        for key in cue.slots[0].alternatives.iter().flat_map(start_keys) {
            let ids = starts.entry(key).or_default();
            if ids.last() != Some(&id) {
                ids.push(id);
            }
        }
    }
    starts
}

impl Matcher {
    /// The shared lexicon plus a persona's field words.
    pub fn new(extra: &[VocabularyEntry]) -> Matcher {
        static LEXICON_COMPILED: OnceLock<Lexicon> = OnceLock::new();
        let lexicon = LEXICON_COMPILED.get_or_init(Lexicon::compile);
        let mut vocabulary_cues = Vec::new();
        for v in extra {
            let topic = topic_index(v.topic);
            for p in &v.phrases {
                let slots: Vec<Slot> = normalize(p)
                    .split(' ')
                    .filter(|w| !w.is_empty())
                    .map(|w| Slot {
                        alternatives: vec![Alternative::Stem(stem(w))],
                        adjacent: false,
                    })
                    .collect();
                if !slots.is_empty() {
                    let weight = VOCABULARY_WEIGHT * (1.0 + 0.2 * (slots.len() - 1) as f32);
                    vocabulary_cues.push(Cue {
                        topic,
                        weight,
                        gap: 1,
                        slots,
                    });
                }
            }
        }
        let vocabulary_starts = index_starts(&vocabulary_cues, lexicon.cues.len());
        Matcher {
            lexicon,
            vocabulary_cues,
            vocabulary_starts,
        }
    }

    fn cue(&self, id: usize) -> &Cue {
        let n = self.lexicon.cues.len();
        if id < n {
            &self.lexicon.cues[id]
        } else {
            &self.vocabulary_cues[id - n]
        }
    }

    /// Every topic with a score, best first (ties keep canonical order).
    pub fn rank(&self, line: &str) -> Vec<Scored> {
        let mut scores = vec![0.0f32; Topic::ALL.len()];
        let (clauses, asks_question) = self.clauses(line);

        // Cues: each counts once, at the weight of the best clause it is found in. A cue whose
        // words another, stronger cue of the same topic already used counts only in part, so
        // "day to day" and "your day" do not stack.
        let mut found = self.cues_found(&clauses);
        found.sort_by(|a, b| {
            let (wa, wb) = (
                self.cue(a.cue).weight * a.weight,
                self.cue(b.cue).weight * b.weight,
            );
            wb.total_cmp(&wa)
        });
        let mut used: Vec<(usize, usize, u64)> = Vec::new(); // (topic, clause, words)
        for f in &found {
            let cue = self.cue(f.cue);
            let mut value = cue.weight * f.weight;
            if cue.weight > 0.0 {
                let slot = used
                    .iter_mut()
                    .find(|(t, c, _)| *t == cue.topic && *c == f.clause);
                match slot {
                    Some((_, _, words)) => {
                        if *words & f.words != 0 {
                            value *= OVERLAP_SHARE;
                        }
                        *words |= f.words;
                    }
                    None => used.push((cue.topic, f.clause, f.words)),
                }
            }
            scores[cue.topic] += value;
        }

        let intro = topic_index(Topic::Introduction);
        let mut intro_cues = scores[intro];

        // BM25 backstop over the example questions.
        let corrected: Vec<&str> = clauses
            .iter()
            .flat_map(|c| c.words.iter().map(String::as_str))
            .collect();
        for (topic, score) in self.bm25(&corrected.join(" ")).into_iter().enumerate() {
            scores[topic] += BM25_WEIGHT * score;
        }

        // Shape rules.
        if has_capitalized_name(line) {
            scores[intro] += NAME_GIVEN;
            intro_cues += NAME_GIVEN;
        }
        scores[intro] *= if asks_question {
            INTRODUCTION_PREAMBLE
        } else {
            INTRODUCTION_ALONE
        };
        // A statement of thanks ("That was so helpful, especially...") is the thanks, whatever
        // it mentions.
        let thanks = topic_index(Topic::Thanks);
        let introduces = intro_cues >= INTRODUCTION_MIN;
        if !asks_question && introduces {
            // "Thanks for meeting with me. I'm a junior in..." is an introduction, and so is
            // "...I was hoping we could talk about your work and where the field is going".
            scores[thanks] *= INTRODUCTION_PREAMBLE;
            scores[intro] += INTRODUCTION_BONUS;
        } else if !asks_question && scores[thanks] >= THANKS_ALONE_MIN {
            scores[thanks] += THANKS_ALONE;
        }
        if intent::is_job_ask(line) {
            scores[topic_index(Topic::JobAsk)] += JOB_ASK_BOOST;
        }
        scores[topic_index(Topic::None)] += NONE_FLOOR;

        let mut ranked: Vec<Scored> = Topic::all()
            .zip(scores)
            .map(|(topic, score)| Scored {
                topic,
                score: score.max(0.0),
            })
            .collect();
        ranked.sort_by(|a, b| b.score.total_cmp(&a.score));
        ranked
    }

    /// The cues found in the clauses, with the weight of the best clause each is found in.
    /// Only cues whose first slot can match some word of the line are tried.
    fn cues_found(&self, clauses: &[Clause]) -> Vec<Found> {
        let mut found: Vec<Found> = Vec::new();
        let mut tried: Vec<u32> = Vec::new();
        for (c, clause) in clauses.iter().enumerate() {
            for (at, (word, stem)) in clause.words.iter().zip(&clause.stems).enumerate() {
                if word.is_empty() {
                    continue;
                }
                tried.clear();
                let prefixes = word
                    .char_indices()
                    .map(|(i, _)| i)
                    .skip(1)
                    .chain(std::iter::once(word.len()))
                    .map(|end| &word[..end]);
                for key in prefixes.chain(std::iter::once(stem.as_str())) {
                    for starts in [&self.lexicon.cue_starts, &self.vocabulary_starts] {
                        if let Some(ids) = starts.get(key) {
                            tried.extend(ids);
                        }
                    }
                }
                tried.sort_unstable();
                tried.dedup();
                for &id in &tried {
                    let cue = id as usize;
                    if found
                        .iter()
                        .any(|f| f.cue == cue && f.weight >= clause.weight)
                    {
                        continue;
                    }
                    let mut words = 0u64;
                    if span_from(self.cue(cue), &clause.words, &clause.stems, at, &mut words)
                        .is_some()
                    {
                        found.retain(|f| f.cue != cue);
                        found.push(Found {
                            cue,
                            clause: c,
                            weight: clause.weight,
                            words,
                        });
                    }
                }
            }
        }
        found
    }

    /// The best topic, for callers that do not need the runners-up.
    pub fn best(&self, line: &str) -> Topic {
        self.rank(line)
            .first()
            .filter(|s| s.score > 0.0)
            .map(|s| s.topic)
            .unwrap_or(Topic::None)
    }

    /// Splits a line into clauses: sentences, and "..., and what/how ..." second questions.
    /// The first question counts fully; preambles and second questions count less.
    fn clauses(&self, line: &str) -> (Vec<Clause>, bool) {
        // (words, is a question, is the user's aside)
        let mut raw: Vec<(Vec<String>, bool, bool)> = Vec::new();
        let mut current = String::new();
        for ch in line.chars().chain(std::iter::once('\n')) {
            if matches!(ch, '.' | '?' | '!' | ';' | '\n') {
                let words: Vec<String> = normalize(&current)
                    .split(' ')
                    .filter(|w| !w.is_empty())
                    .map(|w| self.lexicon.correct(w).unwrap_or(w).to_string())
                    .collect();
                current.clear();
                if words.is_empty() {
                    continue;
                }
                // Split "X, and what Y" into two questions, and set apart the user's own plans
                // ("..., as I apply to grad school"), which rarely carry the topic.
                let mut start = 0;
                let mut aside = false;
                for i in 3..words.len().saturating_sub(1) {
                    let second_question =
                        matches!(words[i].as_str(), "and" | "also" | "plus" | "but")
                            && i + 2 < words.len()
                            && (QUESTION_WORDS.contains(&words[i + 1].as_str())
                                || (AUXILIARIES.contains(&words[i + 1].as_str())
                                    && matches!(words[i + 2].as_str(), "you" | "i" | "there")));
                    let my_plans = matches!(
                        words[i].as_str(),
                        "as" | "once" | "when" | "after" | "before" | "until" | "while" | "since"
                    ) && words[i + 1] == "i";
                    if (second_question || my_plans) && i >= start + 3 {
                        let part = words[start..i].to_vec();
                        // A wh-clause after a statement's first part is indirect ("..., and
                        // where you see the field going.").
                        let first = start == 0;
                        let q = !aside
                            && (ch == '?'
                                || ((first || ch == '\n') && starts_like_question(&part)));
                        raw.push((part, q, aside));
                        start = if my_plans { i } else { i + 1 };
                        aside = my_plans;
                    }
                }
                let part = words[start..].to_vec();
                let first = start == 0;
                let q =
                    !aside && (ch == '?' || ((first || ch == '\n') && starts_like_question(&part)));
                raw.push((part, q, aside));
            } else {
                current.push(ch);
            }
        }
        let first_question = raw.iter().position(|(_, q, _)| *q);
        let clauses = raw
            .into_iter()
            .enumerate()
            .map(|(i, (mut words, _, aside))| {
                self.blank_noise(&mut words);
                let stems = words.iter().map(|w| stem(w)).collect();
                let weight = match first_question {
                    _ if aside => SIDE_CLAUSE_WEIGHT,
                    Some(f) if f != i => SIDE_CLAUSE_WEIGHT,
                    _ => 1.0,
                };
                Clause {
                    words,
                    stems,
                    weight,
                }
            })
            .collect();
        (clauses, first_question.is_some())
    }

    /// Blanks preamble phrases ("I read your profile and", "I was wondering") that carry
    /// words of some topic but no question.
    fn blank_noise(&self, words: &mut [String]) {
        for cue in &self.lexicon.noise {
            while let Some((from, to)) = cue_span(cue, words, &[]) {
                for w in &mut words[from..to] {
                    w.clear();
                }
            }
        }
    }

    /// Per topic: its best example's BM25 score, blended with the next two.
    fn bm25(&self, line: &str) -> Vec<f32> {
        let lx = self.lexicon;
        let mut query: Vec<u32> = bm25_terms(line)
            .iter()
            .filter_map(|t| lx.vocabulary.get(t).copied())
            .collect();
        query.sort_unstable();
        query.dedup();
        let mut per_example = vec![0.0f32; lx.examples.len()];
        for q in query {
            let idf = lx.idf[q as usize];
            for &(e, tf) in &lx.postings[q as usize] {
                let length = lx.examples[e as usize].length;
                let norm = K1 * (1.0 - B + B * length / lx.average_length);
                per_example[e as usize] += idf * tf * (K1 + 1.0) / (tf + norm);
            }
        }
        let mut top3 = vec![[0.0f32; 3]; Topic::ALL.len()];
        for (ex, &s) in lx.examples.iter().zip(&per_example) {
            let top = &mut top3[ex.topic];
            if s > top[2] {
                top[2] = s;
                top.sort_by(|a, b| b.total_cmp(a));
            }
        }
        top3.iter()
            .map(|t| BEST_EXAMPLE_SHARE * t[0] + (1.0 - BEST_EXAMPLE_SHARE) * (t[1] + t[2]) / 2.0)
            .collect()
    }
}

const QUESTION_WORDS: &[&str] = &["what", "how", "why", "where", "when", "which", "who"];
const AUXILIARIES: &[&str] = &[
    "do", "does", "did", "is", "are", "was", "were", "have", "has", "had", "will", "would", "can",
    "could", "should", "may", "might", "any",
];
const FILLERS: &[&str] = &[
    "so", "and", "also", "ok", "okay", "um", "uh", "well", "oh", "alright", "right", "great",
    "cool", "hmm", "actually", "but", "then", "now", "just", "quick", "one", "more", "last",
    "lastly", "finally", "hi", "hey", "hello", "sorry",
];

fn starts_like_question(words: &[String]) -> bool {
    words
        .iter()
        .map(String::as_str)
        .find(|w| !FILLERS.contains(w))
        .is_some_and(|w| QUESTION_WORDS.contains(&w) || AUXILIARIES.contains(&w))
}

/// "I'm Priya", "I am Tom": a name right after "I'm", as typed (capitalized).
fn has_capitalized_name(line: &str) -> bool {
    let words: Vec<&str> = line
        .split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '\u{2019}'))
        .filter(|w| !w.is_empty())
        .collect();
    words.windows(2).enumerate().any(|(i, pair)| {
        let after_i_am = matches!(pair[0], "I'm" | "I\u{2019}m" | "Im" | "im" | "i'm")
            || (pair[0] == "am" && i > 0 && words[i - 1] == "I");
        after_i_am
            && pair[1].chars().next().is_some_and(char::is_uppercase)
            && pair[1].len() > 1
            && pair[1] != "I"
    })
}

/// Terms for BM25: the shared terms minus pronouns and question words, which every example
/// has.
fn bm25_terms(line: &str) -> Vec<String> {
    terms(line)
        .into_iter()
        .filter(|t| {
            !matches!(
                t.as_str(),
                "you" | "your" | "what" | "how" | "yourself" | "ur"
            )
        })
        .collect()
}

/// Parses "<weight>[~<gap>] <slot> <slot>...": a slot is alternatives joined by `|`, each a
/// word or a prefix ending in `*`; a slot starting with `+` must follow the previous directly.
/// A lone `*` only marks where words may come between (any gap allows that); `_` joins words
/// that must come in a row inside one alternative (`on_the_road|travel`).
fn parse_cue(topic: usize, text: &str) -> Option<Cue> {
    let mut parts = text.split(' ').filter(|p| !p.is_empty());
    let head = parts.next()?;
    let (weight, gap) = match head.split_once('~') {
        Some((w, g)) => (w.parse().ok()?, g.parse().ok()?),
        None => (head.parse().ok()?, DEFAULT_GAP),
    };
    let slots: Vec<Slot> = parts
        .filter(|p| *p != "*")
        .map(|p| {
            let (adjacent, p) = match p.strip_prefix('+') {
                Some(rest) => (true, rest),
                None => (false, p),
            };
            let alternatives = p
                .split('|')
                .map(|a| {
                    Alternative::Words(
                        a.split(['_', '-'])
                            .map(|w| {
                                if let Some(prefix) = w.strip_suffix('*') {
                                    Word::Prefix(prefix.to_string())
                                } else if let Some(only) = w.strip_prefix('=') {
                                    Word::Only(only.to_string())
                                } else {
                                    Word::Exact(w.to_string())
                                }
                            })
                            .collect(),
                    )
                })
                .collect();
            Slot {
                alternatives,
                adjacent,
            }
        })
        .collect();
    (!slots.is_empty()).then_some(Cue {
        topic,
        weight,
        gap,
        slots,
    })
}

/// How many words the slot covers when it starts at `at` (0: no match).
fn slot_length(slot: &Slot, words: &[String], stems: &[String], at: usize) -> usize {
    slot.alternatives
        .iter()
        .map(|a| match a {
            Alternative::Stem(s) => usize::from(stems.get(at).is_some_and(|t| t == s)),
            Alternative::Words(ws) => {
                let fits = ws.iter().enumerate().all(|(i, w)| {
                    words.get(at + i).is_some_and(|word| {
                        !word.is_empty()
                            && match w {
                                Word::Exact(x) => same_noun(x, word),
                                Word::Only(x) => x == word,
                                Word::Prefix(p) => word.starts_with(p.as_str()),
                            }
                    })
                });
                if fits {
                    ws.len()
                } else {
                    0
                }
            }
        })
        .max()
        .unwrap_or(0)
}

#[cfg(test)]
fn cue_matches(cue: &Cue, words: &[String], stems: &[String]) -> bool {
    cue_span(cue, words, stems).is_some()
}

/// Where the cue's slots are found in order (first word, one past the last), if anywhere.
fn cue_span(cue: &Cue, words: &[String], stems: &[String]) -> Option<(usize, usize)> {
    (0..words.len()).find_map(|at| {
        let mut used = 0;
        span_from(cue, words, stems, at, &mut used).map(|end| (at, end))
    })
}

/// The cue matched with its first slot at `at`: one past its last word. `used` gets a bit for
/// each word position the slots took (positions past 63 are not recorded).
fn span_from(
    cue: &Cue,
    words: &[String],
    stems: &[String],
    at: usize,
    used: &mut u64,
) -> Option<usize> {
    fn bits(from: usize, n: usize) -> u64 {
        (from..from + n)
            .filter(|&i| i < 64)
            .fold(0, |m, i| m | (1u64 << i))
    }
    fn rest(
        cue: &Cue,
        k: usize,
        from: usize,
        words: &[String],
        stems: &[String],
        used: &mut u64,
    ) -> Option<usize> {
        if k == cue.slots.len() {
            return Some(from);
        }
        let slot = &cue.slots[k];
        let gap = if slot.adjacent { 0 } else { cue.gap };
        let last = (from + gap).min(words.len().saturating_sub(1));
        (from..=last).find_map(|j| match slot_length(slot, words, stems, j) {
            0 => None,
            n => {
                let end = rest(cue, k + 1, j + n, words, stems, used)?;
                *used |= bits(j, n);
                Some(end)
            }
        })
    }
    match slot_length(&cue.slots[0], words, stems, at) {
        0 => None,
        n => {
            let end = rest(cue, 1, at + n, words, stems, used)?;
            *used |= bits(at, n);
            Some(end)
        }
    }
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

    #[test]
    fn cues_match_in_order_with_small_gaps() {
        let cue = parse_cue(0, "3 typical|normal day|week*").unwrap();
        let words = |s: &str| -> Vec<String> { s.split(' ').map(str::to_string).collect() };
        assert!(cue_matches(&cue, &words("a typical work day"), &[]));
        assert!(cue_matches(&cue, &words("normal weeks"), &[]));
        assert!(!cue_matches(
            &cue,
            &words("typical of a long hard day"),
            &[]
        ));
        assert!(!cue_matches(&cue, &words("day typical"), &[]));
        let tight = parse_cue(0, "3 who +else").unwrap();
        assert!(!cue_matches(&tight, &words("who do you know else"), &[]));
        let phrase = parse_cue(0, "3 travel|on_the_road * for +work").unwrap();
        assert!(cue_matches(
            &phrase,
            &words("are you on the road a lot for work"),
            &[]
        ));
        assert!(!cue_matches(&phrase, &words("on a road for work"), &[]));
        let plural = parse_cue(0, "3 first +hours|society").unwrap();
        assert!(cue_matches(&plural, &words("the first hour"), &[]));
        assert!(parse_cue(0, "3 societies").is_some_and(|c| cue_matches(
            &c,
            &words("a society"),
            &[]
        )));
        assert!(parse_cue(0, "3 =orgs").is_some_and(|c| !cue_matches(&c, &words("your org"), &[])));
    }

    #[test]
    fn typos_are_read_as_the_word_meant() {
        let m = Matcher::new(&[]);
        assert_eq!(
            m.best("What does a typcial day look like?"),
            Topic::TypicalDay
        );
        assert_eq!(
            m.best("Which conferneces do you go to?"),
            Topic::Organizations
        );
        assert!(one_edit_apart("typical", "typcial"));
        assert!(one_edit_apart("typical", "typial"));
        assert!(!one_edit_apart("typical", "tropical"));
    }

    #[test]
    fn persona_vocabulary_does_not_override_a_clear_question() {
        let vocab = [VocabularyEntry {
            topic: Topic::Education,
            phrases: vec!["grad school".into()],
        }];
        let m = Matcher::new(&vocab);
        assert_eq!(
            m.best("I'd love to keep in touch as I apply to grad school."),
            Topic::KeepInTouch
        );
        assert_eq!(m.best("Where did you go to grad school?"), Topic::Education);
    }

    #[test]
    fn preambles_and_second_questions_count_less() {
        let m = Matcher::new(&[]);
        assert_eq!(
            m.best("I read your profile and was wondering how you split your week."),
            Topic::TypicalDay
        );
        assert_eq!(
            m.best("How did you get into this field, and what made you stay?"),
            Topic::Path
        );
        assert_eq!(
            m.best("Thanks for meeting with me. I'm a junior studying biology."),
            Topic::Introduction
        );
    }

    #[test]
    fn no_topic_word_means_off_topic() {
        let m = Matcher::new(&[]);
        assert_eq!(m.best("hmm"), Topic::None);
        assert_eq!(m.best(""), Topic::None);
    }

    #[test]
    fn right_answers_win_clearly() {
        let m = Matcher::new(&[]);
        for q in [
            "What does a typical day look like?",
            "How did you get into this field?",
            "Which professional organizations should I join?",
        ] {
            let r = m.rank(q);
            assert!(r[0].score >= 4.0, "{q}: {:?}", r[0]);
            assert!(r[1].score < 0.7 * r[0].score, "{q}: {:?}", &r[..2]);
        }
    }
}
