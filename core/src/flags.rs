//! Coach flags on a single question: closed (yes/no), generic (a web search answers it), a job
//! ask, or two questions in one turn. Each flag comes with a reason tied to the line and a
//! concrete open question to ask instead.

use crate::intent::{self, Generic};
use crate::topic::Topic;
use serde::{Deserialize, Serialize};

/// A coaching flag on one line the user typed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Flag {
    ClosedQuestion,
    GenericQuestion,
    JobAsk,
    DoubleQuestion,
}

impl Flag {
    /// Every flag, in the order `flags` reports them.
    pub const ALL: [Flag; 4] = [
        Flag::ClosedQuestion,
        Flag::GenericQuestion,
        Flag::JobAsk,
        Flag::DoubleQuestion,
    ];

    pub fn id(self) -> &'static str {
        match self {
            Flag::ClosedQuestion => "closed_question",
            Flag::GenericQuestion => "generic_question",
            Flag::JobAsk => "job_ask",
            Flag::DoubleQuestion => "double_question",
        }
    }

    pub fn parse(id: &str) -> Option<Flag> {
        Flag::ALL.into_iter().find(|f| f.id() == id)
    }

    /// Short name for people.
    pub fn label(self) -> &'static str {
        match self {
            Flag::ClosedQuestion => "Closed question",
            Flag::GenericQuestion => "Generic question",
            Flag::JobAsk => "Job ask",
            Flag::DoubleQuestion => "Double question",
        }
    }

    /// Why the flag matters, in one line.
    pub fn why(self) -> &'static str {
        match self {
            Flag::ClosedQuestion => {
                "A yes/no question can be answered in one word; an open one invites a story."
            }
            Flag::GenericQuestion => {
                "A quick search answers this, so it spends their time and shows you skipped the research."
            }
            Flag::JobAsk => {
                "This conversation is for learning about their work; asking for a job breaks that trust."
            }
            Flag::DoubleQuestion => {
                "Two questions at once: they will answer one, and the other usually gets lost."
            }
        }
    }
}

/// The flags a line earns, in the order of `Flag::ALL`.
pub fn flags(line: &str) -> Vec<Flag> {
    Flag::ALL
        .into_iter()
        .filter(|f| match f {
            Flag::ClosedQuestion => intent::is_closed_question(line),
            Flag::GenericQuestion => intent::is_generic_question(line),
            Flag::JobAsk => intent::is_job_ask(line),
            Flag::DoubleQuestion => intent::is_double_question(line),
        })
        .collect()
}

/// A flag on a line, with a reason tied to that line and an open question to ask instead.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FlagNote {
    pub flag: Flag,
    pub reason: String,
    pub rewrite: String,
}

/// Explains every flag of `line` (asked on `topic`) with a reason and a suggested rewrite. On a
/// job ask, every rewrite steers away from the ask: no version of it is worth keeping.
pub fn explain(line: &str, topic: Topic) -> Vec<FlagNote> {
    let found = flags(line);
    let job = found.contains(&Flag::JobAsk);
    let generic = found.contains(&Flag::GenericQuestion);
    found
        .into_iter()
        .map(|flag| {
            let (reason, rewrite) = match flag {
                Flag::ClosedQuestion => closed_note(line, topic),
                Flag::GenericQuestion => generic_note(line),
                Flag::JobAsk => job_note(line),
                Flag::DoubleQuestion => double_note(line, topic),
            };
            // One suggestion for the whole line: steer away from a job ask first, then from a
            // question a web search answers.
            let rewrite = if job {
                job_rewrite(line)
            } else if generic && flag != Flag::GenericQuestion {
                generic_note(line).1
            } else {
                rewrite
            };
            FlagNote {
                flag,
                reason,
                rewrite,
            }
        })
        .collect()
}

/// One good open question per canonical topic: the fallback rewrite.
pub fn open_question(topic: Topic) -> &'static str {
    match topic {
        Topic::Introduction => "What would be most useful for me to understand about your work?",
        Topic::TypicalDay => "What does a typical week look like for you?",
        Topic::Responsibilities => "Which parts of your job take up most of your attention?",
        Topic::Organization => "How does your team work together day to day?",
        Topic::Rewards => "What do you enjoy most about your work?",
        Topic::Challenges => "What is the hardest part of your job right now?",
        Topic::Skills => "Which skills matter most in your role?",
        Topic::Education => "How did your education prepare you for this work?",
        Topic::Path => "How did you get into this field?",
        Topic::JobSearch => "How did you come to find your current position?",
        Topic::Alternatives => "What other paths did you consider along the way?",
        Topic::Trends => "Where do you see your field heading in the next few years?",
        Topic::Advancement => "How do people usually move up from a role like yours?",
        Topic::GeneralAdvice => "What advice would you give someone in my position?",
        Topic::Contacts => "Who else would you suggest I talk to as I learn more about this field?",
        Topic::Organizations => "Which professional organizations have been most useful to you?",
        Topic::Resources => "Which books, sites or courses would you recommend?",
        Topic::Application => "What makes an application stand out in your field?",
        Topic::Thanks => "What would you most like me to take away from our conversation?",
        Topic::KeepInTouch => "What is the best way to keep in touch with you?",
        Topic::JobAsk => "How do people usually get hired onto a team like yours?",
        Topic::None => "What first drew you to your field?",
    }
}

// ---------------------------------------------------------------------------------------------
// Job asks
// ---------------------------------------------------------------------------------------------

fn job_note(line: &str) -> (String, String) {
    let cue = intent::job_ask_cue(line).unwrap_or_else(|| "this".into());
    let reason = format!(
        "It asks them for a position (\"{}\"): this chat is for learning about their work, not for getting hired.",
        cue.trim()
    );
    (reason, job_rewrite(line))
}

/// Instead of asking for the job: how people get hired, or who else to talk to.
fn job_rewrite(line: &str) -> String {
    let w = intent::Words::new(line);
    let referral = w.has_any(&[
        "refer",
        "referral",
        "recommend",
        "resume",
        "application",
        "name",
        "word",
        "hr",
        "recruiter",
        "manager",
        "introduce",
        "reference",
        "vouch",
        "forward",
        "pass",
    ]);
    if referral {
        open_question(Topic::Contacts).to_string()
    } else {
        open_question(Topic::JobAsk).to_string()
    }
}

// ---------------------------------------------------------------------------------------------
// Double questions
// ---------------------------------------------------------------------------------------------

fn double_note(line: &str, topic: Topic) -> (String, String) {
    let Some((first, second)) = intent::double_parts(line) else {
        return (
            Flag::DoubleQuestion.why().to_string(),
            open_question(topic).to_string(),
        );
    };
    let reason = format!(
        "\"{}\" and \"{}\" are two questions; ask one and let them answer.",
        shorten(&first),
        shorten(&second)
    );
    let keep = if intent::is_generic_question(&first) {
        generic_note(&first).1
    } else if intent::is_closed_question(&first) {
        closed_rewrite(&first, topic)
    } else {
        first
    };
    (
        reason,
        format!("{keep} (then ask the second once they've answered)"),
    )
}

/// At most ten words of a question, for quoting in a reason.
fn shorten(q: &str) -> String {
    let words: Vec<&str> = q.split_whitespace().collect();
    if words.len() <= 10 {
        q.to_string()
    } else {
        format!("{}…", words[..9].join(" "))
    }
}

// ---------------------------------------------------------------------------------------------
// Generic questions
// ---------------------------------------------------------------------------------------------

fn generic_note(line: &str) -> (String, String) {
    let kind = intent::generic_kind(line).unwrap_or(Generic::WhatItDoes);
    let (reason, rewrite) = match kind {
        Generic::WhatItDoes => (
            "What the organization does is on its website; look it up before you meet.".to_string(),
            "How does your own work fit into the bigger picture at your organization?".to_string(),
        ),
        Generic::Size => (
            "The organization's size is a quick search away.".to_string(),
            "What is it like to work at a company of that size?".to_string(),
        ),
        Generic::Location => (
            "Where the organization is based is on its website.".to_string(),
            "What is it like to work with colleagues in other locations?".to_string(),
        ),
        Generic::History => (
            "When and by whom it was founded is public history.".to_string(),
            "How has the organization changed since you joined?".to_string(),
        ),
        Generic::Business => (
            "Ownership, listing and revenue are public facts.".to_string(),
            "How does the way the organization makes money shape your day-to-day work?".to_string(),
        ),
        Generic::Definition { term, occupation } => {
            let term = term.trim();
            if term.contains(" and ") {
                (
                    format!(
                        "How {term} differ is textbook material; ask where they meet in practice."
                    ),
                    format!("Where do you see the line between {term} in your own work?"),
                )
            } else if occupation {
                (
                    format!(
                        "What {term} does is a web search away; ask how it plays out for them."
                    ),
                    format!("What does the work of {term} look like in your experience?"),
                )
            } else {
                let term = term.trim_start_matches("a ").trim_start_matches("an ");
                (
                    format!("A definition of \"{term}\" is a web search away; ask what it looks like in their work."),
                    format!("What does {term} look like in your own day-to-day work?"),
                )
            }
        }
    };
    (reason, rewrite)
}

// ---------------------------------------------------------------------------------------------
// Closed questions
// ---------------------------------------------------------------------------------------------

fn closed_note(line: &str, topic: Topic) -> (String, String) {
    let Some((sentence, at)) = intent::closed_start(line) else {
        return (
            Flag::ClosedQuestion.why().to_string(),
            open_question(topic).to_string(),
        );
    };
    let text = sentence.raw_text(at, usize::MAX);
    let text = if text.trim().is_empty() {
        sentence.raw_text(0, usize::MAX)
    } else {
        text
    };
    let lead: Vec<&str> = text.split_whitespace().take(2).collect();
    let lead = intent::tidy_question(&lead.join(" "));
    let lead = lead.trim_end_matches('?');
    let reason = format!("\"{lead}...\" can be answered with a yes or a no, and often is.");
    (reason, closed_rewrite(&text, topic))
}

/// Words of a question with their case kept and punctuation trimmed, plus lower-case copies.
struct Toks {
    raw: Vec<String>,
    lc: Vec<String>,
}

impl Toks {
    fn new(text: &str) -> Toks {
        let raw: Vec<String> = text
            .split_whitespace()
            .map(|t| {
                t.trim_matches(|c: char| !c.is_alphanumeric())
                    .replace('\u{2019}', "'")
            })
            .filter(|t| !t.is_empty())
            .collect();
        let lc = raw.iter().map(|t| t.to_lowercase()).collect();
        Toks { raw, lc }
    }

    fn lc(&self, i: usize) -> &str {
        self.lc.get(i).map_or("", String::as_str)
    }

    /// Raw words `from..to`, joined.
    fn span(&self, from: usize, to: usize) -> String {
        let to = to.min(self.raw.len());
        if from >= to {
            return String::new();
        }
        self.raw[from..to].join(" ")
    }

    fn rest(&self, from: usize) -> String {
        self.span(from, self.raw.len())
    }

    fn find(&self, from: usize, words: &[&str]) -> Option<usize> {
        (from..self.lc.len()).find(|&i| words.contains(&self.lc(i)))
    }
}

/// Joins parts into a question: capitalized, single-spaced, ending in "?".
fn question(parts: &[&str]) -> String {
    let text = parts
        .iter()
        .map(|p| p.trim())
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join(" ");
    let mut out = String::new();
    let mut chars = text.chars();
    if let Some(c) = chars.next() {
        out.extend(c.to_uppercase());
        out.push_str(chars.as_str());
    }
    out.push('?');
    out
}

const PREPOSITIONS: &[&str] = &[
    "for", "to", "in", "on", "about", "at", "with", "that", "which", "who", "from", "of", "you",
    "i", "we", "during", "before", "after", "as", "into", "when", "where",
];

const HARD_OR_GOOD: &[&str] = &[
    "hard",
    "difficult",
    "stressful",
    "challenging",
    "tough",
    "demanding",
    "fulfilling",
    "rewarding",
    "satisfying",
    "fun",
    "interesting",
    "meaningful",
    "exciting",
    "enjoyable",
    "frustrating",
    "boring",
    "tiring",
    "exhausting",
    "intense",
    "competitive",
    "lonely",
];

const HOW_ADJECTIVES: &[&str] = &[
    "necessary",
    "important",
    "required",
    "essential",
    "needed",
    "useful",
    "helpful",
    "valuable",
    "common",
    "normal",
    "typical",
    "realistic",
    "possible",
    "likely",
    "easy",
    "collaborative",
    "flexible",
    "different",
    "similar",
    "relevant",
    "popular",
];

const CHANGING: &[&str] = &[
    "growing",
    "changing",
    "shrinking",
    "evolving",
    "expanding",
    "declining",
    "improving",
    "shifting",
    "booming",
    "slowing",
];

const HOW_VERBS: &[&str] = &[
    "spend",
    "handle",
    "deal",
    "use",
    "balance",
    "manage",
    "approach",
    "prepare",
    "stay",
    "keep",
    "juggle",
    "split",
    "divide",
    "measure",
    "cope",
    "collaborate",
    "plan",
    "organize",
    "train",
    "decide",
    "choose",
    "prioritize",
    "get",
    "become",
    "end",
    "land",
    "pick",
    "learn",
    "make",
    "start",
    "switch",
    "move",
    "build",
    "know",
    "hear",
    "meet",
    "transition",
    "go",
    "come",
    "pivot",
    "adjust",
    "afford",
    "fund",
    "network",
    "apply",
    "find",
    "deal",
    "combine",
];

const ADVERBS: &[&str] = &[
    "ever",
    "still",
    "usually",
    "almost",
    "really",
    "personally",
    "often",
    "always",
    "also",
    "typically",
    "actually",
    "generally",
    "normally",
    "currently",
    "now",
    "sometimes",
];

/// Words before the question proper, skipped when rewriting it.
const LEADING_FILLERS: &[&str] = &[
    "actually", "also", "and", "but", "hello", "hey", "hi", "just", "oh", "ok", "okay", "or", "so",
    "sorry", "then", "um", "well",
];

/// Turns a closed question into an open one on the same subject, or falls back to the
/// topic's open question.
pub fn closed_rewrite(text: &str, topic: Topic) -> String {
    let t = Toks::new(text);
    let mut p = 0;
    while LEADING_FILLERS.contains(&t.lc(p)) {
        p += 1;
    }
    transform(&t, p, topic).unwrap_or_else(|| open_question(topic).to_string())
}

fn transform(t: &Toks, p: usize, topic: Topic) -> Option<String> {
    let aux = t.lc(p);
    let subj = t.lc(p + 1);
    let verb = t.lc(p + 2);
    let is_do = matches!(aux, "do" | "does" | "did");
    // "Do you like X?" → "What do you like about X?"
    if aux == "do" && subj == "you" && matches!(verb, "like" | "enjoy" | "love") {
        let rest = t.rest(p + 3);
        let rest = if rest.is_empty() { "it".into() } else { rest };
        return Some(question(&["What do you", verb, "about", &rest]));
    }
    // "Do you think I should take a gap year?", "Should I do a Kaggle competition?"
    let should_at = if aux == "should" && subj == "i" {
        Some(p + 2)
    } else if aux == "do"
        && subj == "you"
        && verb == "think"
        && t.lc(p + 3) == "i"
        && t.lc(p + 4) == "should"
    {
        Some(p + 5)
    } else {
        None
    };
    if let Some(at) = should_at {
        if t.raw.len() > at {
            return Some(question(&["How useful would it be to", &t.rest(at)]));
        }
    }
    // "Do you need a strong math background to do what you do?" → "How important is ..."
    if is_do && t.lc(p + 2) == "need" && matches!(subj, "you" | "i" | "people" | "one" | "someone")
    {
        let tense = if aux == "did" { "was" } else { "is" };
        let obj_end = t.find(p + 3, &["to", "for", "in"]).unwrap_or(t.raw.len());
        if obj_end > p + 3 {
            let object = t.span(p + 3, obj_end);
            let rest = t.rest(obj_end);
            let rest = if rest.is_empty() {
                "in your work".into()
            } else {
                rest
            };
            return Some(question(&["How important", tense, &object, &rest]));
        }
    }
    // "Do you know anyone else I could talk to?" → "Who else could I talk to?"
    if aux == "do"
        && subj == "you"
        && verb == "know"
        && matches!(t.lc(p + 3), "anyone" | "anybody" | "someone" | "somebody")
        && t.lc(p + 4) == "else"
    {
        return relative(t, p + 5, true).map(|rel| question(&["Who else", &rel]));
    }
    // "Do you know anyone who works in policy?" → "Who do you know who works in policy?"
    if aux == "do"
        && subj == "you"
        && verb == "know"
        && matches!(t.lc(p + 3), "anyone" | "anybody" | "someone" | "somebody")
    {
        let rest = t.rest(p + 4);
        return Some(question(&["Who do you know", &rest]));
    }
    // "Do you have any advice for X?" / "Do teachers have many options to Y?"
    if is_do && aux != "did" {
        if let Some(have) = t.find(p + 1, &["have"]).filter(|&h| h <= p + 4) {
            let q = have + 1;
            if matches!(t.lc(q), "any" | "many" | "some" | "much") {
                let noun_end = t.find(q + 1, PREPOSITIONS).unwrap_or(t.raw.len());
                if noun_end > q + 1 {
                    let subject = t.span(p + 1, have);
                    return Some(question(&[
                        "What",
                        &t.span(q + 1, noun_end),
                        aux,
                        &subject,
                        "have",
                        &t.rest(noun_end),
                    ]));
                }
            }
        }
    }
    // "Do you belong to any professional groups?" → "Which professional groups do you belong to?"
    if aux == "do" && subj == "you" && !verb.is_empty() {
        let mut v = p + 2;
        while ADVERBS.contains(&t.lc(v)) {
            v += 1;
        }
        if let Some(any) = t.find(v + 1, &["any"]).filter(|&a| a <= v + 2) {
            let noun_end = t.find(any + 1, PREPOSITIONS).unwrap_or(t.raw.len());
            if noun_end > any + 1 {
                return Some(question(&[
                    "Which",
                    &t.span(any + 1, noun_end),
                    "do you",
                    &t.span(v, any),
                    &t.rest(noun_end),
                ]));
            }
        }
        if HOW_VERBS.contains(&t.lc(v)) {
            return Some(question(&["How do you", &t.rest(v)]));
        }
    }
    // "Did you switch fields on purpose?" → "How did you switch fields on purpose?"
    if aux == "did" && subj == "you" && HOW_VERBS.contains(&verb) {
        return Some(question(&["How did you", &t.rest(p + 2)]));
    }
    // "Does a portfolio help an application?" → "How does a portfolio help an application?"
    if matches!(aux, "does" | "do") {
        if let Some(v) = t.find(
            p + 1,
            &[
                "help",
                "matter",
                "count",
                "affect",
                "change",
                "pay",
                "compare",
                "differ",
                "fit",
                "influence",
                "impact",
            ],
        ) {
            if v > p + 1 {
                return Some(question(&["How", aux, &t.rest(p + 1)]));
            }
        }
        if let Some(v) = t.find(p + 1, &["involve"]) {
            if v > p + 1 {
                return Some(question(&["What", aux, &t.span(p + 1, v), "involve"]));
            }
        }
    }
    if matches!(aux, "is" | "are" | "was" | "were") {
        if let Some(q) = be_transform(t, p, topic) {
            return Some(q);
        }
    }
    // "Would you recommend this career?" → "What do you see as the pros and cons of this career?"
    if aux == "would" && subj == "you" && verb == "recommend" {
        let end = t.find(p + 3, &["to", "for"]).unwrap_or(t.raw.len());
        if end > p + 3 && end - p <= 7 {
            return Some(question(&[
                "What do you see as the pros and cons of",
                &t.span(p + 3, end),
            ]));
        }
    }
    // "Any regrets about leaving academia?" → "What regrets do you have about leaving academia?"
    if aux == "any" {
        let noun_end = t.find(p + 1, PREPOSITIONS).unwrap_or(t.raw.len());
        if noun_end > p + 1 {
            return Some(question(&[
                "What",
                &t.span(p + 1, noun_end),
                "do you have",
                &t.rest(noun_end),
            ]));
        }
    }
    None
}

/// Contractions and auxiliaries a relative clause may open with: ("you'd" → "would", "you").
fn split_subject(word: &str) -> Option<(&'static str, &'static str)> {
    Some(match word {
        "you'd" => ("would", "you"),
        "i'd" => ("would", "I"),
        "you'll" => ("will", "you"),
        "i'll" => ("will", "I"),
        "you've" => ("have", "you"),
        "i've" => ("have", "I"),
        _ => return None,
    })
}

const REL_AUX: &[&str] = &[
    "would",
    "should",
    "could",
    "can",
    "might",
    "do",
    "does",
    "will",
    "don't",
    "doesn't",
    "wouldn't",
    "shouldn't",
    "can't",
    "couldn't",
];

/// "Is it hard to...", "Are there Y you follow?", "Was X what you expected?"...
fn be_transform(t: &Toks, p: usize, topic: Topic) -> Option<String> {
    let be = t.lc(p);
    let subj = t.lc(p + 1);
    let present = matches!(be, "is" | "are");
    if subj == "there" {
        let mut y = p + 2;
        if matches!(t.lc(y), "any" | "a" | "an" | "some" | "many") {
            y += 1;
        }
        if matches!(t.lc(y), "anyone" | "anybody" | "someone" | "somebody") && t.lc(y + 1) == "else"
        {
            if let Some(rel) = relative(t, y + 2, present) {
                return Some(question(&["Who else", &rel]));
            }
            return None;
        }
        if matches!(
            t.lc(y),
            "anyone" | "anybody" | "someone" | "somebody" | "anything" | "something"
        ) {
            return None;
        }
        // Split Y from a relative clause "you follow", "I should meet", "that I could...".
        let rel_at = (y + 1..t.raw.len()).find(|&i| {
            let w = t.lc(i);
            matches!(w, "you" | "i" | "that" | "which") || split_subject(w).is_some()
        });
        if let Some(r) = rel_at {
            let r2 = if matches!(t.lc(r), "that" | "which") {
                r + 1
            } else {
                r
            };
            if let Some(rel) = relative(t, r2, present) {
                return Some(question(&["Which", &t.span(y, r), &rel]));
            }
            return None;
        }
        if !present || be != "are" {
            return None;
        }
        let recommend = matches!(
            topic,
            Topic::Resources
                | Topic::Organizations
                | Topic::Contacts
                | Topic::GeneralAdvice
                | Topic::Skills
        );
        let noun_end = t.find(y + 1, PREPOSITIONS).unwrap_or(t.raw.len());
        if recommend && t.raw.len() - y <= 6 {
            return Some(question(&["Which", &t.rest(y), "would you recommend"]));
        }
        return Some(question(&[
            "What",
            &t.span(y, noun_end),
            "are there",
            &t.rest(noun_end),
        ]));
    }
    // "Is it worth joining X?" / "Is a postdoc worth it for Y?" → "When is ... worth ...?"
    if let Some(worth) = t.find(p + 1, &["worth"]) {
        if present && worth > p + 1 {
            return Some(question(&["When", be, &t.rest(p + 1)]));
        }
    }
    // "Is email the best way to stay in contact?" → "What is the best way to stay in contact?"
    if let Some(best) = t.find(p + 2, &["best"]) {
        if t.lc(best - 1) == "the" && best >= p + 3 {
            return Some(question(&["What", be, "the", &t.rest(best)]));
        }
    }
    // "Was medical school what you expected?"
    if let Some(what) = t.find(p + 2, &["what"]) {
        if t.lc(what + 1) == "you" && matches!(t.lc(what + 2), "expected" | "imagined" | "thought")
        {
            return Some(question(&[
                "How did",
                &t.span(p + 1, what),
                "compare with what you expected",
            ]));
        }
    }
    // "Are you involved in writing grants?" → "How are you involved in writing grants?"
    if subj == "you" && t.lc(p + 2) == "involved" {
        return Some(question(&["How", be, "you", &t.rest(p + 2)]));
    }
    // "Are you happy with the career you chose?" → "How do you feel about the career you chose?"
    if subj == "you" && matches!(t.lc(p + 2), "happy" | "satisfied" | "glad" | "content") {
        if matches!(t.lc(p + 3), "with" | "about" | "in") {
            let tense = if present { "do" } else { "did" };
            return Some(question(&["How", tense, "you feel about", &t.rest(p + 4)]));
        }
        return None;
    }
    // "Is demand for data scientists still growing?" → "How is demand for data scientists changing?"
    if let Some(ing) = t.find(p + 1, CHANGING) {
        if ing > p + 1 {
            let subject: Vec<&str> = t.raw[p + 1..ing]
                .iter()
                .map(String::as_str)
                .filter(|w| !ADVERBS.contains(&w.to_lowercase().as_str()))
                .collect();
            return Some(question(&["How", be, &subject.join(" "), "changing"]));
        }
    }
    // "Is it stressful dealing with deadlines?" → "What makes dealing with deadlines stressful?"
    if subj == "it" && HARD_OR_GOOD.contains(&t.lc(p + 2)) {
        let adj = t.span(p + 2, p + 3);
        let rest = t.rest(p + 3);
        if t.lc(p + 3) == "to" || rest.is_empty() {
            return Some(question(&["What makes it", &adj, &rest]));
        }
        return Some(question(&["What makes", &rest, &adj]));
    }
    // "Is the work fulfilling?" → "What makes the work fulfilling?"
    let adj_at = (p + 2..t.raw.len().min(p + 7))
        .find(|&i| HARD_OR_GOOD.contains(&t.lc(i)) || HOW_ADJECTIVES.contains(&t.lc(i)))?;
    let subject = t.span(p + 1, adj_at);
    let adj = t.span(adj_at, adj_at + 1);
    let rest = t.rest(adj_at + 1);
    if matches!(
        t.lc(adj_at - 1),
        "a" | "an" | "the" | "too" | "very" | "more" | "less"
    ) {
        return None;
    }
    if HARD_OR_GOOD.contains(&t.lc(adj_at)) && subj != "you" {
        return Some(question(&["What makes", &subject, &adj, &rest]));
    }
    Some(question(&["How", &adj, be, &subject, &rest]))
}

/// Inverts a relative clause for a "Which Y ...?" question: "you follow" → "do you follow",
/// "you'd suggest" → "would you suggest", "I should meet" → "should I meet".
fn relative(t: &Toks, at: usize, present: bool) -> Option<String> {
    if let Some((aux, subj)) = split_subject(t.lc(at)) {
        return Some(format!("{aux} {subj} {}", t.rest(at + 1)));
    }
    let subj = match t.lc(at) {
        "you" => "you",
        "i" => "I",
        _ => return None,
    };
    let mut v = at + 1;
    let mut adverbs = Vec::new();
    while ADVERBS.contains(&t.lc(v)) {
        adverbs.push(t.raw[v].clone());
        v += 1;
    }
    let next = t.lc(v);
    if next.is_empty() {
        return None;
    }
    let adv = adverbs.join(" ");
    if REL_AUX.contains(&next) {
        let aux = &t.raw[v];
        return Some(
            [aux.as_str(), subj, &adv, &t.rest(v + 1)]
                .iter()
                .filter(|s| !s.is_empty())
                .copied()
                .collect::<Vec<_>>()
                .join(" "),
        );
    }
    // A past-tense verb would need its base form: give up rather than guess.
    if !present || next.ends_with("ed") || PAST.contains(&next) {
        return None;
    }
    Some(
        ["do", subj, &adv, &t.rest(v)]
            .iter()
            .filter(|s| !s.is_empty())
            .copied()
            .collect::<Vec<_>>()
            .join(" "),
    )
}

const PAST: &[&str] = &[
    "took", "went", "made", "got", "had", "saw", "thought", "knew", "did", "found", "chose",
    "left", "came", "began", "became", "felt", "heard", "kept", "met", "ran", "read", "said",
    "sent", "spent", "taught", "told", "wrote", "gave", "won", "lost", "brought", "bought",
    "built", "held", "liked", "loved",
];

#[cfg(test)]
mod tests {
    use super::*;

    fn ids(line: &str) -> Vec<&'static str> {
        flags(line).into_iter().map(Flag::id).collect()
    }

    #[test]
    fn sample_lines_get_their_flags() {
        let table: &[(&str, &[&str])] = &[
            (
                "Do you have any job openings?",
                &["closed_question", "job_ask"],
            ),
            ("Could you put in a word for me with HR?", &["job_ask"]),
            (
                "What products does your company sell?",
                &["generic_question"],
            ),
            ("Do you enjoy it?", &["closed_question"]),
            (
                "Are there journals or podcasts you follow?",
                &["closed_question"],
            ),
            (
                "Where did you go to school, and what did you study?",
                &["double_question"],
            ),
            ("Would you mind giving me feedback on my CV?", &[]),
            ("May I keep in touch with you as I move forward?", &[]),
            (
                "Can you recommend anyone else for me to talk to in order to learn more?",
                &[],
            ),
        ];
        for (line, want) in table {
            assert_eq!(ids(line), *want, "{line}");
        }
    }

    #[test]
    fn polite_and_indirect_job_asks() {
        for line in [
            "I'd be really grateful if you could recommend me for the open position.",
            "If a position opens up in your department, would you let me know?",
            "Can I send you my CV in case you have an opening?",
            "I'm available to start immediately if you need someone on your team.",
            "Would you be my referral for the coordinator position?",
            "Is your lab taking on any research assistants this summer?",
            "pls let me know if ur hiring",
            "I was hoping you might be able to help me get a position in your lab.",
            "Would it be possible to intern with your team next summer?",
            "Could you pass my portfolio along to your creative director?",
            "Any chance there's a spot for me on your team?",
            "Could you let HR know I'm interested?",
            "I'd love to be considered if anything opens up.",
            "Would there be a place for someone like me in your group?",
            "Could I be an RA in your lab?",
            "Would you feel comfortable referring me?",
            "When will your team be hiring again?",
            "Is your team looking to bring on anyone new this year?",
            "Can you put me in touch with whoever does the hiring?",
            "Could you pass on my CV?",
            "Does your lab have room for another student?",
            "If you hear of anything, could you send it my way?",
            // Found by their parts: papers passed to whoever hires, a place on their side,
            // getting hired as the aim, an offer on their condition.
            "Could you float my name to whoever runs recruiting?",
            "Could you nudge my application along to the right person internally?",
            "Does your team have headcount for a junior analyst?",
            "Might there be a vacancy in your office soon?",
            "Could I volunteer with your team in the hope of getting hired later?",
            "If your lab ever needs a research assistant, I'd love to be that person.",
            "Can you talk me up to your director?",
            "Is your startup bringing on any junior developers?",
            "Could I be your intern?",
        ] {
            assert!(flags(line).contains(&Flag::JobAsk), "{line}");
        }
    }

    #[test]
    fn not_job_asks() {
        for line in [
            "How did you find your current position?",
            "Did someone refer you for this role?",
            "I'm curious how you heard about the opening at the FDA.",
            "Could you take a look at my resume?",
            "Can you recommend anyone else for me to talk to?",
            "Would you be willing to introduce me to one of your colleagues in the lab?",
            "What's the job market like for new PhDs right now?",
            "Are hospitals hiring more specialists these days?",
            "How does hiring usually work for a faculty position?",
            "Can you recommend me some books on epidemiology?",
            "Could you refer me to someone who can tell me more about policy work?",
            "I'm not looking for a job right now, just trying to learn.",
            "What do you look for when hiring an intern?",
            "What opportunities for career advancement are there for someone in your position?",
            "Would you be willing to look over my resume before I apply to jobs?",
            "Are there internships you'd recommend for someone like me?",
            "I'd love to hear about the roles on your team.",
            "Would you be willing to introduce me to someone in HR so I can learn about careers there?",
            "Can I send you my resume for feedback?",
            "Is your industry hiring a lot right now?",
            // Their own past and role, the field in general, learning about hiring.
            "Explain the core of your job for me: what are you responsible for?",
            "Looking back at your own hiring, what surprised you?",
            "What made you want to join your current team?",
            "Would you consider going back to a research role?",
            "Does your team hire people without a graduate degree?",
            "Could you tell me about the internship program at your company?",
            "Do you have any tips for getting an internship in this field?",
            "Could you send me a link to your team's job postings?",
        ] {
            assert!(!flags(line).contains(&Flag::JobAsk), "{line}");
        }
    }

    #[test]
    fn closed_and_open_shapes() {
        for line in [
            "Is the field growing?",
            "Did you do a postdoc?",
            "did u do a masters",
            "If you could start over, would you choose the same career?",
            "Is there anyone else you'd suggest I talk to?",
            "You enjoy the research side, right?",
            "Can you hear me okay?",
            "Any regrets about leaving academia?",
            "Honestly, do you still enjoy the work?",
            "Could you ever see yourself leaving the field?",
            "i'm in bio, do i need a phd for this",
        ] {
            assert!(flags(line).contains(&Flag::ClosedQuestion), "{line}");
        }
        for line in [
            "Could you tell me about the projects you're working on right now?",
            "Would you be willing to introduce me to one of your colleagues?",
            "Could I connect with you on LinkedIn?",
            "mind if i reach out again later?",
            "Would you consider hiring me as an intern?",
            "If a position opens up in your department, would you let me know?",
            "Could you say a bit more about the grant process?",
            "Do you mind telling me how you got started?",
            "Can I ask what your day looks like?",
            "typical day?",
            "Could you settle a bet about who invented the stethoscope?",
            "Could you demystify the grant review process for me?",
        ] {
            assert!(!flags(line).contains(&Flag::ClosedQuestion), "{line}");
        }
    }

    #[test]
    fn one_question_in_two_clauses_is_not_double() {
        for line in [
            "When you were starting out and had no experience, how did you get your foot in the door?",
            "If you weren't in this specialty, what would you be doing?",
            "What skills and experience would make me competitive for a role like yours?",
            "How did you find and apply for this job?",
            "Could you tell me about your role and what a typical day looks like?",
            "I was hoping we could talk about your work, how you got there, and where you see the field going.",
            "whats a normal week look like for u, like how much time on grants vs programs",
            "What was it like? I mean, was it hard?",
            "How are you? What does a typical day look like for you?",
            "Tell me something: what surprised you most about the job?",
            "What tools, software or otherwise, do you use every day?",
            "Was your role posted publicly, or did someone refer you?",
            "If you could go back, what would you do differently, and why?",
        ] {
            assert!(!flags(line).contains(&Flag::DoubleQuestion), "{line}");
        }
        for line in [
            "How big is your team and who do you work with most closely?",
            "Who do you report to, and who reports to you?",
            "Where is the field going, and what will that mean for new graduates?",
            "What's the toughest part of leading a nonprofit? How do you handle it?",
            "Are you hiring, and could you refer me?",
            "Tell me about your role. What do you like about it?",
            "What was your first year like? And your second?",
            "How many people report to you? And who do you report to?",
        ] {
            assert!(flags(line).contains(&Flag::DoubleQuestion), "{line}");
        }
    }

    #[test]
    fn generic_questions() {
        for line in [
            "What is public health, exactly?",
            "What does an epidemiologist do?",
            "What does a pharmacist do?",
            "Where is your organization headquartered?",
            "How many employees does the company have?",
            "Is your company publicly traded?",
            "When was the company founded?",
            "Can you explain what epidemiology is?",
            "How long has your company been around?",
            "What kind of products does your firm develop?",
            "What does the FDA do?",
            "Where do you work?",
        ] {
            assert!(flags(line).contains(&Flag::GenericQuestion), "{line}");
        }
        for line in [
            "What does your job actually involve?",
            "How big is your team?",
            "What is it like to work at a company of that size?",
            "What sets your organization apart from others in the field?",
            "What's the job market like for new PhDs right now?",
            "What does a day on call look like during residency?",
            "How has the company changed since you joined?",
            "What does public health mean to you?",
            "How does your company support new employees?",
        ] {
            assert!(!flags(line).contains(&Flag::GenericQuestion), "{line}");
        }
    }

    #[test]
    fn closed_rewrites_keep_the_subject() {
        let table: &[(&str, Topic, &str)] = &[
            (
                "Do you like your job?",
                Topic::Rewards,
                "What do you like about your job?",
            ),
            (
                "Is the work fulfilling?",
                Topic::Rewards,
                "What makes the work fulfilling?",
            ),
            (
                "Is medical school hard?",
                Topic::Education,
                "What makes medical school hard?",
            ),
            (
                "Are there journals or podcasts you follow?",
                Topic::Resources,
                "Which journals or podcasts do you follow?",
            ),
            (
                "Are there any societies I should become a member of?",
                Topic::Organizations,
                "Which societies should I become a member of?",
            ),
            (
                "Are there any good books?",
                Topic::Resources,
                "Which good books would you recommend?",
            ),
            (
                "Did you switch fields on purpose?",
                Topic::Path,
                "How did you switch fields on purpose?",
            ),
            (
                "Is it stressful dealing with FDA deadlines?",
                Topic::Challenges,
                "What makes dealing with FDA deadlines stressful?",
            ),
            (
                "Is teaching experience necessary to become a principal?",
                Topic::Skills,
                "How necessary is teaching experience to become a principal?",
            ),
            (
                "Do you know anyone who works in science policy?",
                Topic::Contacts,
                "Who do you know who works in science policy?",
            ),
            (
                "Do you have any advice for someone starting out?",
                Topic::GeneralAdvice,
                "What advice do you have for someone starting out?",
            ),
            (
                "Is demand for data scientists still growing?",
                Topic::Trends,
                "How is demand for data scientists changing?",
            ),
            (
                "Is a postdoc worth it for someone who wants to go into industry?",
                Topic::GeneralAdvice,
                "When is a postdoc worth it for someone who wants to go into industry?",
            ),
            (
                "Should I include my research experience on my resume?",
                Topic::Application,
                "How useful would it be to include my research experience on my resume?",
            ),
            (
                "Did you need a PhD to get into this role?",
                Topic::Education,
                "How important was a PhD to get into this role?",
            ),
            // No shape to reuse: the topic's open question.
            (
                "Do you ever feel like quitting?",
                Topic::Challenges,
                "What is the hardest part of your job right now?",
            ),
            (
                "Can you hear me okay?",
                Topic::None,
                "What first drew you to your field?",
            ),
        ];
        for (line, topic, want) in table {
            let notes = explain(line, *topic);
            let note = notes
                .iter()
                .find(|n| n.flag == Flag::ClosedQuestion)
                .expect(line);
            assert_eq!(note.rewrite, *want, "{line}");
        }
    }

    #[test]
    fn notes_name_the_line_and_suggest_an_open_question() {
        let notes = explain(
            "Where did you go to school, and what did you study?",
            Topic::Education,
        );
        assert_eq!(notes.len(), 1);
        assert_eq!(notes[0].flag, Flag::DoubleQuestion);
        assert!(notes[0].reason.contains("Where did you go to school"));
        assert_eq!(
            notes[0].rewrite,
            "Where did you go to school? (then ask the second once they've answered)"
        );

        let notes = explain("Could you put in a word for me with HR?", Topic::JobAsk);
        assert_eq!(notes[0].flag, Flag::JobAsk);
        assert!(notes[0].reason.contains("put in a word"));
        assert_eq!(notes[0].rewrite, open_question(Topic::Contacts));

        let notes = explain("Are you hiring?", Topic::JobAsk);
        assert!(notes
            .iter()
            .all(|n| n.rewrite == open_question(Topic::JobAsk)));

        let notes = explain("What is epidemiology?", Topic::Responsibilities);
        assert_eq!(notes[0].flag, Flag::GenericQuestion);
        assert!(notes[0].reason.contains("epidemiology"));
        assert_eq!(
            notes[0].rewrite,
            "What does epidemiology look like in your own day-to-day work?"
        );
        let notes = explain("What does an epidemiologist do?", Topic::Responsibilities);
        assert_eq!(
            notes[0].rewrite,
            "What does the work of an epidemiologist look like in your experience?"
        );

        let notes = explain(
            "How many employees does the company have?",
            Topic::Organization,
        );
        assert_eq!(
            notes[0].rewrite,
            "What is it like to work at a company of that size?"
        );

        assert!(explain("What do you enjoy most about your work?", Topic::Rewards).is_empty());
    }

    #[test]
    fn rewrites_raise_no_flags() {
        for topic in Topic::all() {
            assert!(flags(open_question(topic)).is_empty(), "{topic:?}");
        }
        let lines = [
            "Do you like your job?",
            "Are there journals or podcasts you follow?",
            "Is your company publicly traded?",
            "What does an epidemiologist do?",
            "Where did you go to grad school, and how did you pick your program?",
            "Are you hiring, and could you refer me?",
            "Is there a clear career ladder in regulatory affairs?",
            "Do you think telemedicine is here to stay?",
            "Is there anyone else you'd suggest I talk to?",
        ];
        for line in lines {
            for note in explain(line, Topic::None) {
                let rewrite = note
                    .rewrite
                    .replace(" (then ask the second once they've answered)", "");
                assert!(
                    flags(&rewrite).is_empty(),
                    "{line} -> {rewrite}: {:?}",
                    flags(&rewrite)
                );
            }
        }
    }

    #[test]
    fn flags_round_trip_and_read_well() {
        for f in Flag::ALL {
            assert_eq!(Flag::parse(f.id()), Some(f));
            assert!(!f.label().is_empty() && f.why().ends_with('.'));
            let json = serde_json::to_string(&f).unwrap();
            assert_eq!(json, format!("\"{}\"", f.id()));
        }
    }
}
