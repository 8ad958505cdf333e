//! Rules that read the shape of a line rather than its topic: job asks, follow-up cues,
//! closed (yes/no) questions, double questions and generic (web-searchable) questions.
//! Pure functions over normalized words; no regex, small tables.

/// A normalized line as words, with helpers for phrase tests.
pub struct Words {
    words: Vec<String>,
}

impl Words {
    pub fn new(line: &str) -> Words {
        Words {
            words: crate::text::normalize(line)
                .split(' ')
                .filter(|w| !w.is_empty())
                .map(str::to_string)
                .collect(),
        }
    }

    fn from_words(words: &[String]) -> Words {
        Words {
            words: words.to_vec(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }

    pub fn len(&self) -> usize {
        self.words.len()
    }

    pub fn first(&self) -> Option<&str> {
        self.words.first().map(String::as_str)
    }

    /// The word at `i`, or "" past the end.
    pub fn at(&self, i: usize) -> &str {
        self.words.get(i).map_or("", String::as_str)
    }

    pub fn has(&self, word: &str) -> bool {
        self.words.iter().any(|w| w == word)
    }

    pub fn has_any(&self, words: &[&str]) -> bool {
        self.words.iter().any(|w| words.contains(&w.as_str()))
    }

    /// Start of every occurrence of `phrase` (space-separated words) as consecutive words.
    pub fn find_all(&self, phrase: &str) -> Vec<usize> {
        let p: Vec<&str> = phrase.split(' ').collect();
        self.words
            .windows(p.len())
            .enumerate()
            .filter(|(_, w)| w.iter().zip(&p).all(|(a, b)| a == b))
            .map(|(i, _)| i)
            .collect()
    }

    /// True when `phrase` (space-separated words) occurs as consecutive words.
    pub fn has_phrase(&self, phrase: &str) -> bool {
        !self.find_all(phrase).is_empty()
    }

    pub fn any_phrase(&self, phrases: &[&str]) -> bool {
        phrases.iter().any(|p| self.has_phrase(p))
    }

    /// The first of `phrases` that occurs, if any.
    pub fn which_phrase<'a>(&self, phrases: &[&'a str]) -> Option<&'a str> {
        phrases.iter().copied().find(|p| self.has_phrase(p))
    }

    /// True when the words of `phrase` occur in order, with at most `gap` words between each.
    pub fn has_loose(&self, phrase: &str, gap: usize) -> bool {
        let p: Vec<&str> = phrase.split(' ').collect();
        (0..self.words.len()).any(|start| {
            if self.words[start] != p[0] {
                return false;
            }
            let mut at = start;
            for want in &p[1..] {
                match self.words[at + 1..]
                    .iter()
                    .take(gap + 1)
                    .position(|w| w == want)
                {
                    Some(off) => at += off + 1,
                    None => return false,
                }
            }
            true
        })
    }
}

// ---------------------------------------------------------------------------------------------
// Sentences and clauses
// ---------------------------------------------------------------------------------------------

/// One sentence of a line: its normalized words, where each comma-separated clause begins, the
/// raw tokens (with the index of their first normalized word) and the mark that ended it.
#[derive(Debug, Clone, Default)]
pub(crate) struct Sentence {
    pub words: Vec<String>,
    pub clause_starts: Vec<usize>,
    pub raw: Vec<(String, usize)>,
    pub end: char,
}

impl Sentence {
    fn word(&self, i: usize) -> &str {
        self.words.get(i).map_or("", String::as_str)
    }

    /// The raw text of words `from..to` (normalized indices), punctuation kept.
    pub fn raw_text(&self, from: usize, to: usize) -> String {
        self.raw
            .iter()
            .filter(|(_, i)| *i >= from && *i < to)
            .map(|(t, _)| t.as_str())
            .collect::<Vec<_>>()
            .join(" ")
    }
}

const ABBREVIATIONS: &[&str] = &[
    "dr", "mr", "mrs", "ms", "prof", "st", "vs", "eg", "ie", "etc",
];

/// Splits a line into sentences (at `? ! . ;` and line breaks) and clauses (at `, : ( )` and
/// dashes between spaces).
pub(crate) fn sentences(line: &str) -> Vec<Sentence> {
    let mut out = Vec::new();
    let mut sentence = Sentence::default();
    let mut token = String::new();
    let chars: Vec<char> = line.chars().collect();
    let push_token = |token: &mut String, s: &mut Sentence, mark: Option<char>| {
        if !token.is_empty() {
            let start = s.words.len();
            let normalized = crate::text::normalize(token);
            s.words.extend(
                normalized
                    .split(' ')
                    .filter(|w| !w.is_empty())
                    .map(String::from),
            );
            let mut raw = std::mem::take(token);
            if let Some(m) = mark {
                raw.push(m);
            }
            if s.words.len() > start {
                s.raw.push((raw, start));
            }
        }
    };
    let mut i = 0;
    while i < chars.len() {
        let ch = chars[i];
        let next = chars.get(i + 1).copied().unwrap_or(' ');
        let prev = if i > 0 { chars[i - 1] } else { ' ' };
        let sentence_end = match ch {
            '?' | '!' | ';' | '\n' => true,
            '.' => {
                let word = token
                    .trim_matches(|c: char| !c.is_alphanumeric())
                    .to_lowercase();
                next.is_whitespace() && !ABBREVIATIONS.contains(&word.as_str())
                    || next == '.'
                    || i + 1 == chars.len()
            }
            _ => false,
        };
        let clause_end = matches!(ch, ',' | ':' | '(' | ')' | '\u{2014}' | '\u{2013}')
            || (ch == '-' && prev.is_whitespace() && next.is_whitespace());
        if sentence_end {
            push_token(&mut token, &mut sentence, Some(ch));
            if !sentence.words.is_empty() {
                sentence.end = ch;
                if sentence.clause_starts.first() != Some(&0) {
                    sentence.clause_starts.insert(0, 0);
                }
                out.push(std::mem::take(&mut sentence));
            } else {
                sentence = Sentence::default();
            }
        } else if clause_end {
            push_token(&mut token, &mut sentence, Some(ch));
            let at = sentence.words.len();
            if at > 0 && sentence.clause_starts.last() != Some(&at) {
                sentence.clause_starts.push(at);
            }
        } else if ch.is_whitespace() {
            push_token(&mut token, &mut sentence, None);
        } else {
            token.push(ch);
        }
        i += 1;
    }
    push_token(&mut token, &mut sentence, None);
    if !sentence.words.is_empty() {
        sentence.end = '\0';
        if sentence.clause_starts.first() != Some(&0) {
            sentence.clause_starts.insert(0, 0);
        }
        out.push(sentence);
    }
    out
}

const WH: &[&str] = &[
    "what", "how", "why", "where", "when", "which", "who", "whom", "whose",
];

const AUX: &[&str] = &[
    "do", "does", "did", "is", "are", "was", "were", "have", "has", "had", "will", "would", "can",
    "could", "should", "shall", "may", "might", "am", "must",
];

/// Words that can open the subject of a clause.
const SUBJECTS: &[&str] = &[
    "i", "you", "we", "they", "he", "she", "it", "your", "my", "our", "their", "his", "her", "its",
    "the", "this", "that", "these", "those", "a", "an", "people", "someone", "somebody", "anyone",
    "anybody", "everyone", "there", "one",
];

/// After an auxiliary at a clause start, these show a statement ("Would love to...").
const NOT_A_SUBJECT: &[&str] = &[
    "love",
    "like",
    "appreciate",
    "be",
    "been",
    "really",
    "also",
    "just",
    "definitely",
    "to",
    "so",
    "too",
    "do",
    "need",
    "want",
    "help",
    "say",
    "hope",
    "go",
    "totally",
    "certainly",
    "probably",
    "always",
    "never",
    "happily",
    "gladly",
];

/// Leading words to skip before the question proper ("so", "and", "also", "ok"...).
const FILLERS: &[&str] = &[
    "so",
    "yo",
    "and",
    "also",
    "ok",
    "okay",
    "um",
    "uh",
    "well",
    "oh",
    "alright",
    "right",
    "great",
    "cool",
    "thanks",
    "hmm",
    "actually",
    "but",
    "then",
    "now",
    "just",
    "quick",
    "question",
    "one",
    "more",
    "last",
    "lastly",
    "finally",
    "hey",
    "hi",
    "hello",
    "or",
    "plus",
    "sorry",
    "yeah",
    "yes",
    "wow",
    "besides",
    "anyway",
    "anyways",
    "next",
    "second",
    "first",
    "sure",
    "roughly",
    "approximately",
    "honestly",
    "realistically",
    "seriously",
    "personally",
    "generally",
    "basically",
    "frankly",
    "candidly",
    "truthfully",
    "ideally",
    "broadly",
    "overall",
];

/// A clause opened by these elaborates the previous question rather than asking a new one.
const ELABORATIONS: &[&str] = &[
    "like",
    "for example",
    "for instance",
    "e g",
    "eg",
    "i mean",
    "specifically",
    "in other words",
    "such as",
    "say",
    "that is",
    "in particular",
    "especially",
    "particularly",
];

/// Words after which a wh-clause is embedded ("tell me how you...", "know what you...").
const EMBEDDERS: &[&str] = &[
    "know",
    "tell",
    "me",
    "ask",
    "wonder",
    "wondering",
    "about",
    "explain",
    "describe",
    "understand",
    "curious",
    "see",
    "sure",
    "is",
    "on",
    "of",
    "and",
    "or",
    "but",
    "to",
    "learn",
    "hear",
    "share",
    "say",
    "remember",
    "decide",
    "figure",
    "out",
    "show",
    "idea",
    "us",
    "asking",
    "think",
    "guess",
    "matter",
    "depends",
    "wondered",
    "question",
    "discuss",
    "was",
    "are",
];

/// Verbs that open an open request in the imperative ("Tell me about...").
const IMPERATIVES: &[&str] = &[
    "tell", "describe", "walk", "explain", "share", "talk", "give", "list", "name", "paint",
    "outline", "please", "help", "take", "run",
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    /// A wh-question: "what do you...", "how did you...".
    Wh,
    /// An inverted auxiliary: "do you...", "is there...", "could you...".
    Aux,
    /// An elliptical "any...?" / "anything...?".
    Any,
    /// "...and if so, ...": a follow-on question.
    IfSo,
    /// "And your last?", "And least?": a second question that borrows the first one's verb.
    Elliptic,
}

/// A direct question starting at word `at` of a sentence.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Start {
    pub at: usize,
    pub kind: Kind,
    /// A wh-word followed by a word that may be a verb ("what made you") or a noun ("what
    /// skills you need"): a new question only when it does not follow a polite request.
    pub ambiguous: bool,
}

fn is_in(list: &[&str], w: &str) -> bool {
    list.contains(&w)
}

/// After "the role you...": verbs that make it the role they hold.
const OWN_JOB_VERBS: &[&str] = &[
    "are",
    "currently",
    "did",
    "do",
    "got",
    "had",
    "held",
    "hold",
    "landed",
    "left",
    "now",
    "started",
    "took",
    "were",
];

/// Words with an agent ending that name no worker.
const NOT_WORKERS: &[&str] = &[
    "after",
    "another",
    "better",
    "career",
    "careers",
    "coffee",
    "committee",
    "degree",
    "degrees",
    "different",
    "either",
    "free",
    "important",
    "junior",
    "later",
    "longer",
    "major",
    "matter",
    "order",
    "other",
    "others",
    "over",
    "paper",
    "papers",
    "rather",
    "relevant",
    "senior",
    "summer",
    "three",
    "together",
    "under",
    "whether",
    "winter",
];

/// Words between a hiring verb and whom it takes ("taking on summer students").
const HIRING_MODIFIERS: &[&str] = &[
    "a",
    "an",
    "another",
    "any",
    "at",
    "currently",
    "data",
    "entry",
    "extra",
    "fall",
    "grad",
    "graduate",
    "help",
    "junior",
    "lab",
    "level",
    "moment",
    "more",
    "new",
    "now",
    "on",
    "phd",
    "research",
    "right",
    "some",
    "spring",
    "summer",
    "the",
    "undergrad",
    "undergraduate",
    "winter",
];

/// Words before "you ... hiring" that make it a question or a condition.
const BE_BEFORE_HIRING: &[&str] = &[
    "am", "are", "be", "been", "can", "could", "do", "does", "if", "is", "to", "when", "whether",
    "will", "would",
];

/// Verbless openings of a yes/no question ("Ever thought...?", "Enjoying it?").
const ELLIPTICAL_STARTS: &[&str] = &[
    "been", "enjoy", "enjoying", "ever", "feel", "got", "happy", "hiring", "know", "like",
    "liking", "need", "planning", "think", "thinking", "want",
];

/// Words after an imperative that make it an open request ("tell me", "walk through").
const AFTER_IMPERATIVE: &[&str] = &[
    "a", "about", "any", "how", "me", "more", "some", "the", "through", "us", "what", "when",
    "where", "which", "who", "why", "your",
];

/// Is there a direct question starting at word `p`?
fn start_kind(s: &Sentence, p: usize, boundary: bool) -> Option<(Kind, bool)> {
    let first = s.word(p);
    let next = s.word(p + 1);
    if is_in(WH, first) {
        if next.is_empty() {
            return boundary.then_some((Kind::Wh, false));
        }
        if is_in(AUX, next) {
            return Some((Kind::Wh, false));
        }
        if is_in(SUBJECTS, next) || (first == "how" && next == "to") {
            // "how you got there", "where the field is going": an embedded clause.
            return None;
        }
        if first == "how" {
            if next == "come" || boundary && matches!(next, "many" | "much") {
                return Some((Kind::Wh, false));
            }
            // "and how many people report to you": the counted noun, then the verb.
            let skip = usize::from(matches!(next, "many" | "much"));
            // "how long did", "how much time do": skip the modifier.
            for k in p + 2 + skip..p + 4 + skip {
                let x = s.word(k);
                if is_in(AUX, x) {
                    return Some((Kind::Wh, false));
                }
                if is_in(SUBJECTS, x) || x.is_empty() {
                    return None;
                }
            }
            return None;
        }
        for k in p + 2..p + 6 {
            let x = s.word(k);
            if is_in(AUX, x) {
                return Some((Kind::Wh, false));
            }
            if x.is_empty() || is_in(SUBJECTS, x) {
                break;
            }
        }
        return Some((Kind::Wh, !boundary));
    }
    if is_in(AUX, first) {
        if next.is_empty() {
            return None;
        }
        // "Can I ask (you) (a question)?" only announces the question.
        if matches!(first, "can" | "could" | "may" | "might")
            && next == "i"
            && s.word(p + 2) == "ask"
            && matches!(
                s.word(p + 3),
                "" | "you" | "a" | "something" | "one" | "another"
            )
        {
            return None;
        }
        if next == "not" && !is_in(SUBJECTS, s.word(p + 2)) {
            // "Can't wait to hear more", "Don't hesitate..."
            return None;
        }
        if boundary {
            // Without a question mark, "Have a great day" is not a question.
            let statement =
                s.end != '?' && matches!(next, "a" | "an" | "fun" | "great" | "good" | "nice");
            return (!is_in(NOT_A_SUBJECT, next) && !statement).then_some((Kind::Aux, false));
        }
        let subject = matches!(
            next,
            "you" | "i" | "we" | "they" | "there" | "it" | "your" | "the" | "this" | "that"
        );
        return subject.then_some((Kind::Aux, false));
    }
    // "Tell me about...", "Walk me through...": an open request in the imperative.
    if boundary && is_in(IMPERATIVES, first) && is_in(AFTER_IMPERATIVE, next) {
        return Some((Kind::Wh, false));
    }
    if boundary
        && (s.end == '?' || first == "any" && next == "chance")
        && matches!(first, "any" | "anything" | "anyone" | "anybody")
        && !next.is_empty()
    {
        return Some((Kind::Any, false));
    }
    None
}

/// Direct questions in a sentence, in order.
pub(crate) fn starts(s: &Sentence) -> Vec<Start> {
    let mut out = Vec::new();
    let mut elaboration_pending = false;
    for (c, &from) in s.clause_starts.iter().enumerate() {
        let to = s.clause_starts.get(c + 1).copied().unwrap_or(s.words.len());
        let mut p = from;
        while p < to && is_in(FILLERS, s.word(p)) {
            p += 1;
        }
        if p >= to {
            continue;
        }
        let clause = Words::from_words(&s.words[p..to]);
        let marker_only = ELABORATIONS.iter().any(|e| {
            e.split(' ').count() == clause.len() && clause.find_all(e).first() == Some(&0)
        });
        let elaborates = elaboration_pending
            || ELABORATIONS.iter().any(|e| {
                let n = e.split(' ').count();
                clause.len() > n && clause.find_all(e).first() == Some(&0)
            });
        elaboration_pending = marker_only;
        if p > from
            && s.word(p) == "if"
            && s.word(p + 1) == "so"
            && is_in(&["and", "but"], s.word(p - 1))
        {
            out.push(Start {
                at: p,
                kind: Kind::IfSo,
                ambiguous: false,
            });
        } else if !elaborates {
            if let Some((kind, ambiguous)) = start_kind(s, p, true) {
                // "Were you recruited, or did you apply?": one question with two answers.
                let alternative = c > 0
                    && s.word(from) == "or"
                    && kind == Kind::Aux
                    && out.last().is_some_and(|m: &Start| m.kind == Kind::Aux);
                // "What toolkit, technical or personal, does someone need?": the verb of a
                // wh-question that an aside split from its question word.
                let resumed = c > 0
                    && kind == Kind::Aux
                    && out.last().is_some_and(|m: &Start| {
                        let wh_end = s
                            .clause_starts
                            .iter()
                            .copied()
                            .find(|&x| x > m.at)
                            .unwrap_or(from);
                        m.kind == Kind::Wh
                            && is_in(WH, s.word(m.at))
                            && wh_end - m.at <= 6
                            && !(m.at + 1..wh_end).any(|i| {
                                is_in(AUX, s.word(i))
                                    || matches!(s.word(i), "you" | "i" | "we" | "they")
                            })
                    });
                if !alternative && !resumed {
                    out.push(Start {
                        at: p,
                        kind,
                        ambiguous,
                    });
                }
            }
        }
        // Run-on texting: "what do u do how did u get there".
        for q in p + 2..to {
            let embedded = is_in(EMBEDDERS, s.word(q - 1)) || is_in(WH, s.word(q - 1));
            if is_in(WH, s.word(q))
                && is_in(AUX, s.word(q + 1))
                && is_in(&["you", "i", "we", "they", "it", "your"], s.word(q + 2))
                && !embedded
                && out
                    .last()
                    .is_some_and(|m: &Start| m.at >= from && q - m.at >= 3)
            {
                out.push(Start {
                    at: q,
                    kind: Kind::Wh,
                    ambiguous: false,
                });
            }
        }
        // "...and what did you study?", "...and could you refer me?" inside the clause.
        for q in p + 1..to {
            if !matches!(s.word(q), "and" | "but" | "plus") {
                continue;
            }
            let mut r = q + 1;
            while r < to && matches!(s.word(r), "also" | "then" | "just") {
                r += 1;
            }
            if s.word(r) == "if" && s.word(r + 1) == "so" {
                out.push(Start {
                    at: r,
                    kind: Kind::IfSo,
                    ambiguous: false,
                });
            } else if let Some((kind, ambiguous)) = start_kind(s, r, false) {
                out.push(Start {
                    at: r,
                    kind,
                    ambiguous,
                });
            }
        }
    }
    // "...? And your last?": a short sentence opened by "and"/"or" with no verb of its own.
    if out.is_empty()
        && s.end == '?'
        && matches!(s.word(0), "and" | "or" | "plus")
        && (2..=4).contains(&s.words.len())
        && !s.words.iter().any(|w| is_in(AUX, w) || is_in(WH, w))
    {
        out.push(Start {
            at: 1,
            kind: Kind::Elliptic,
            ambiguous: false,
        });
    }
    out
}

// ---------------------------------------------------------------------------------------------
// Closed questions
// ---------------------------------------------------------------------------------------------

/// Verbs that make "could you / can you / would you ..." a polite request for an answer.
const REQUEST_VERBS: &[&str] = &[
    "tell",
    "describe",
    "walk",
    "share",
    "explain",
    "recommend",
    "suggest",
    "point",
    "talk",
    "give",
    "help",
    "introduce",
    "connect",
    "refer",
    "put",
    "pass",
    "get",
    "send",
    "let",
    "look",
    "review",
    "go",
    "take",
    "show",
    "name",
    "list",
    "elaborate",
    "expand",
    "speak",
    "outline",
    "offer",
    "provide",
    "advise",
    "think",
    "check",
    "read",
    "forward",
    "mention",
    "summarize",
    "break",
    "clarify",
    "sketch",
    "guide",
    "hand",
    "teach",
    "lay",
    "spare",
    "meet",
    "keep",
    "mind",
    "be",
    "paint",
    "detail",
    "recount",
    "identify",
    "direct",
    "comment",
    "critique",
    "write",
    "consider",
    "add",
    "answer",
    "fill",
    "remind",
    "please",
    "kindly",
    "discuss",
    "unpack",
    "touch",
    "run",
    "compare",
    "estimate",
    "recall",
    "highlight",
    "reflect",
    "illustrate",
    "characterize",
    "contrast",
    "weigh",
    "map",
    "rank",
    "define",
    "spell",
    "demonstrate",
    "vouch",
    "sponsor",
    "submit",
    "mentor",
    "reach",
    "contact",
    "email",
    "loop",
    "include",
    "invite",
    "nominate",
    "endorse",
    "find",
    "say",
    "pick",
    "choose",
    "recap",
    "reach",
];

/// After "could you", verbs that ask whether they could (a yes/no), not for a favour.
const COULD_YOU_CLOSED: &[&str] = &[
    "actually", "afford", "do", "envision", "ever", "go", "handle", "have", "imagine", "live",
    "picture", "really", "see", "still", "survive", "switch", "use", "work",
];

/// Adverbs between "could you" and its verb.
const SOFTENERS: &[&str] = &[
    "possibly", "maybe", "perhaps", "kindly", "also", "just", "please", "briefly", "quickly",
    "quickly", "first",
];

/// Is the auxiliary question starting at `p` a yes/no question (rather than a polite request
/// or a permission request)?
fn aux_is_closed(s: &Sentence, p: usize) -> bool {
    let w = Words::from_words(&s.words[p..]);
    let first = w.at(0);
    let second = w.at(1);
    if matches!(first, "may" | "can" | "could" | "might") && second == "i" {
        return false;
    }
    let permission = [
        "do you mind",
        "would it be possible",
        "would it be ok",
        "would it be okay",
        "would it be alright",
        "would it be all right",
        "is it ok if",
        "is it okay if",
        "is it alright if",
        "is it all right if",
        "is it possible for me",
        "do you think you could",
        "do you think you would be able",
        "do you think you will be able",
        "would you be able",
        "would you be willing",
        "would you be open",
        "would you be happy",
        "would you be available",
        "would you feel comfortable",
        "is that something you could",
        "is that something you would",
        "is that something you can",
        "is this something you could",
        "would you be comfortable",
    ];
    if permission
        .iter()
        .any(|ph| w.find_all(ph).first() == Some(&0))
    {
        return false;
    }
    if matches!(first, "could" | "can" | "would" | "will") && second == "you" {
        let mut k = 2;
        while is_in(SOFTENERS, w.at(k)) && k < 5 {
            k += 1;
        }
        let verb = w.at(k);
        let after = w.at(k + 1);
        return match verb {
            // "Would you recommend this career?" asks for a verdict; "Can you recommend
            // anyone...?" asks for names.
            "recommend" => {
                matches!(after, "this" | "it" | "that" | "the" | "doing")
                    || after.ends_with("ing")
                    || first == "would" && matches!(after, "your" | "i")
            }
            // "Would you consider hiring me" is a request; "would you consider it a good
            // career" a verdict.
            "consider" => !(k + 1..w.len()).any(|i| matches!(w.at(i), "me" | "my" | "us")),
            "be" => first == "will",
            // "Would you take the same job again?" asks a verdict; "take me on" a favour.
            "take" => {
                first == "would"
                    && !(k + 1..w.len()).any(|i| matches!(w.at(i), "me" | "us" | "look"))
            }
            "say" | "choose" | "pick" => first == "would",
            // "could you see if there's a desk for me": a favour, checking for them.
            "see" if matches!(after, "if" | "whether") => false,
            "hear" | "see" | "imagine" => true,
            // "Can you get promoted without an MBA?" asks about the job; "can you get me..."
            // is a request.
            "get" => !matches!(after, "me" | "us" | "my" | "in" | "back"),
            // "Would you go into this field again?" asks a verdict; "could you go over..." a
            // favour.
            "go" => first == "would" && !matches!(after, "over" | "through"),
            v if is_in(REQUEST_VERBS, v) => false,
            // "Could you ever see yourself...", "could you use an extra hand": a yes/no about
            // them; "could you settle a debate", "could you jot it down": a favour asked.
            v if first == "could" => is_in(COULD_YOU_CLOSED, v),
            // An unlisted verb aimed at the user ("can you flag me...") is a request.
            _ => !(k + 1..w.len()).any(|i| matches!(w.at(i), "me" | "us" | "my")),
        };
    }
    true
}

/// A statement turned into a question by a tag ("..., right?") or by its mark alone
/// ("You enjoy it?").
fn is_tag_question(s: &Sentence) -> bool {
    if s.end != '?' {
        return false;
    }
    let last_from = s.clause_starts.last().copied().unwrap_or(0);
    let tail = &s.words[last_from..];
    let tag = matches!(
        tail.iter()
            .map(String::as_str)
            .collect::<Vec<_>>()
            .as_slice(),
        ["right"] | ["correct"] | ["true"] | ["yes"] | ["no"] | ["yeah"] | ["or", "not"]
    );
    let mut p = 0;
    while is_in(FILLERS, s.word(p)) {
        p += 1;
    }
    let declarative = s.words.len() > p + 1
        && matches!(
            s.word(p),
            "you" | "it" | "that" | "they" | "there" | "he" | "she" | "we"
        );
    // "Ever thought about teaching?", "Enjoying it?", "Know anyone in policy?"
    let elliptical = is_in(ELLIPTICAL_STARTS, s.word(p));
    tag || declarative || elliptical
}

/// Is this a yes/no question? Polite open requests ("Could you tell me about...", "Can you
/// recommend anyone...", "Would you mind...") and permission requests ("May I...") are not.
pub fn is_closed_question(line: &str) -> bool {
    closed_start(line).is_some()
}

/// For a closed line, the sentence and word where its (first) yes/no question starts. A line
/// is closed when any question in it can be answered yes or no: "What do you do, and do you
/// enjoy it?" still invites a one-word answer to its second half.
pub(crate) fn closed_start(line: &str) -> Option<(Sentence, usize)> {
    for s in sentences(line) {
        let st = starts(&s);
        let first_clause_end = s.clause_starts.get(1).copied().unwrap_or(s.words.len());
        // "i suck at stats, is that a dealbreaker": texting drops the mark, not the question.
        let unmarked = s.end == '\0'
            && st.iter().any(|m| {
                m.kind == Kind::Aux
                    && s.clause_starts.contains(&m.at)
                    && matches!(
                        s.word(m.at + 1),
                        "you"
                            | "i"
                            | "that"
                            | "it"
                            | "there"
                            | "this"
                            | "my"
                            | "your"
                            | "we"
                            | "they"
                    )
            });
        let is_question =
            s.end == '?' || unmarked || st.first().is_some_and(|m| m.at < first_clause_end);
        if !is_question {
            continue;
        }
        let closed = st.iter().find(|m| match m.kind {
            Kind::Wh | Kind::IfSo | Kind::Elliptic => false,
            Kind::Any => true,
            Kind::Aux => aux_is_closed(&s, m.at),
        });
        if let Some(m) = closed {
            let at = m.at;
            return Some((s, at));
        }
        if st.is_empty() && is_tag_question(&s) {
            return Some((s, 0));
        }
    }
    None
}

/// Question-like sentences of a line: those ending in `?`, or starting with a question word.
pub fn question_sentences(line: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut current = String::new();
    for ch in line.chars() {
        current.push(ch);
        if matches!(ch, '?' | '.' | '!' | ';') {
            let s = std::mem::take(&mut current);
            if ch == '?' || starts_like_question(&s) {
                out.push(s);
            }
        }
    }
    if !current.trim().is_empty() && starts_like_question(&current) {
        out.push(current);
    }
    out
}

fn starts_like_question(s: &str) -> bool {
    let w = Words::new(s);
    let first = w
        .words
        .iter()
        .map(String::as_str)
        .find(|x| !FILLERS.contains(x));
    first.is_some_and(|f| is_in(AUX, f) || is_in(&["any", "anything", "anyone"], f) || is_in(WH, f))
}

// ---------------------------------------------------------------------------------------------
// Double questions
// ---------------------------------------------------------------------------------------------

/// Does the line hold two separate questions?
pub fn is_double_question(line: &str) -> bool {
    double_parts(line).is_some()
}

/// Small talk and checks that are not questions about the person's work.
const ASIDES: &[&str] = &[
    "how are you",
    "how is it going",
    "how are things",
    "how have you been",
    "how was your",
    "does that make sense",
    "is that ok",
    "is that okay",
    "is that alright",
    "is that all right",
    "is that fair",
    "is that right",
    "is that correct",
    "is that true",
    "can you hear me",
    "are you there",
    "is this a good time",
    "does that sound",
];

/// Asking leave to ask: "Is it OK if I ask...", "Do you have a minute?".
const PREAMBLES: &[&str] = &[
    "is it ok if i ask",
    "is it okay if i ask",
    "do you mind if i ask",
    "would it be ok if i ask",
    "would it be okay if i ask",
    "would it be ok to ask",
    "would it be okay to ask",
    "do you have a minute",
    "do you have a moment",
    "do you have a few minutes",
    "do you have time for",
    "can i ask",
    "could i ask",
    "may i ask",
    "mind if i ask",
];

/// For a double question, the raw text of the first question and of the second.
pub(crate) fn double_parts(line: &str) -> Option<(String, String)> {
    let mut found: Vec<(usize, Start)> = Vec::new();
    let all = sentences(line);
    for (si, s) in all.iter().enumerate() {
        let st = starts(s);
        let request = st.first().is_some_and(|m| {
            m.kind == Kind::Aux
                && matches!(s.word(m.at), "could" | "can" | "would" | "will")
                && !aux_is_closed(s, m.at)
        });
        for (k, x) in st.iter().enumerate() {
            let end = st.get(k + 1).map_or(s.words.len(), |n| n.at);
            // "Take me back to the beginning: how did you start?": a lead-in, not a question.
            let lead_in = k + 1 < st.len()
                && ends_with_colon(s, x.at, end)
                && (is_in(IMPERATIVES, s.word(x.at))
                    || x.kind == Kind::Aux && !aux_is_closed(s, x.at)
                    || end - x.at <= 4);
            if lead_in {
                continue;
            }
            // "Who do you work with most? Why them?": a short question of its own.
            let short_own = si > 0
                && s.end == '?'
                && end == s.words.len()
                && end - x.at == 2
                && is_in(WH, s.word(x.at))
                && !matches!(s.word(x.at + 1), "come" | "not" | "so" | "else" | "exactly");
            let long_enough =
                matches!(x.kind, Kind::IfSo | Kind::Elliptic) || end - x.at >= 3 || short_own;
            let span = Words::from_words(&s.words[x.at..end]);
            let aside =
                span.len() <= 6 && ASIDES.iter().any(|a| span.find_all(a).first() == Some(&0));
            let preamble = PREAMBLES
                .iter()
                .any(|a| span.find_all(a).first() == Some(&0));
            if aside || preamble {
                continue;
            }
            // "Can you tell me about a project, and what made it work?": the request goes on.
            let requested = (request || is_in(IMPERATIVES, s.word(st[0].at)))
                && k > 0
                && x.kind == Kind::Wh
                && matches!(s.word(x.at.wrapping_sub(1)), "and" | "or")
                && !is_in(AUX, s.word(x.at + 1));
            if !long_enough || requested || (x.ambiguous && (request || k == 0)) {
                continue;
            }
            found.push((si, *x));
        }
    }
    if found.len() < 2 {
        return None;
    }
    let (s1, a) = found[0];
    let (s2, b) = found[1];
    let first = if s1 == s2 {
        // Cut before the joining "and" / comma.
        let mut cut = b.at;
        while cut > a.at
            && is_in(
                &["and", "but", "plus", "also", "then", "just"],
                all[s1].word(cut - 1),
            )
        {
            cut -= 1;
        }
        all[s1].raw_text(a.at, cut)
    } else {
        all[s1].raw_text(a.at, all[s1].words.len())
    };
    let second = all[s2].raw_text(b.at, all[s2].words.len());
    Some((tidy_question(&first), tidy_question(&second)))
}

/// Does a clause inside words `from..to` end with a colon?
fn ends_with_colon(s: &Sentence, from: usize, to: usize) -> bool {
    s.raw.iter().enumerate().any(|(k, (t, at))| {
        let next = s.raw.get(k + 1).map_or(usize::MAX, |n| n.1);
        *at >= from && *at < to && next <= to && next > *at && t.ends_with(':')
    })
}

/// Trims trailing punctuation and ends with a question mark, first letter capitalized.
pub(crate) fn tidy_question(text: &str) -> String {
    let t = text
        .trim()
        .trim_end_matches(|c: char| !c.is_alphanumeric() && c != ')');
    let mut out = String::new();
    let mut chars = t.chars();
    if let Some(c) = chars.next() {
        out.extend(c.to_uppercase());
        out.push_str(chars.as_str());
    }
    out.push('?');
    out
}

// ---------------------------------------------------------------------------------------------
// Generic (web-searchable) questions
// ---------------------------------------------------------------------------------------------

/// What kind of web-searchable fact a generic question asks for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Generic {
    /// What the organization does, makes or sells, its industry or mission.
    WhatItDoes,
    /// Head count, number of offices, how big it is.
    Size,
    /// Where it is headquartered or based.
    Location,
    /// When it was founded and by whom, how old it is.
    History,
    /// Whether it is public, its stock, revenue, owners, CEO.
    Business,
    /// A textbook definition of a field or term, or of what an occupation does (the term as
    /// typed, with its article: "public health", "an epidemiologist").
    Definition { term: String, occupation: bool },
}

const ORG_NOUNS: &[&str] = &[
    "company",
    "companies",
    "organization",
    "org",
    "firm",
    "business",
    "corporation",
    "corp",
    "employer",
    "agency",
    "nonprofit",
    "startup",
    "hospital",
    "institution",
    "institute",
    "enterprise",
    "foundation",
    "charity",
    "brand",
];

/// Words that make a "what is X?" about the person or their experience, not a definition.
const NOT_A_TERM: &[&str] = &[
    "you",
    "your",
    "yours",
    "i",
    "me",
    "my",
    "we",
    "our",
    "it",
    "that",
    "this",
    "there",
    "they",
    "them",
    "their",
    "he",
    "she",
    "his",
    "her",
    "the",
    "like",
    "up",
    "next",
    "new",
    "going",
    "happening",
    "wrong",
    "best",
    "good",
    "great",
    "bad",
    "worst",
    "typical",
    "usual",
    "normal",
    "most",
    "least",
    "hardest",
    "biggest",
    "main",
    "favorite",
    "favourite",
    "name",
    "plan",
    "point",
    "goal",
    "difference",
    "deal",
    "thing",
    "things",
    "part",
    "way",
    "time",
    "day",
    "week",
    "weekend",
    "job",
    "role",
    "work",
    "salary",
    "pay",
    "advice",
    "tip",
    "tips",
    "step",
    "steps",
    "option",
    "options",
    "chance",
    "chances",
    "process",
    "better",
    "easier",
    "harder",
    "more",
    "less",
    "important",
    "realistic",
    "common",
    "key",
    "first",
    "last",
    "one",
    "some",
    "any",
    "other",
    "else",
    "weather",
    "sign",
    "zodiac",
    "age",
    "answer",
    "problem",
    "issue",
    "future",
    "market",
    "outlook",
    "trend",
    "trends",
    "culture",
    "vibe",
    "schedule",
    "team",
    "lab",
    "group",
    "department",
    "office",
    "unit",
    "committee",
    "manager",
    "boss",
    "company",
    "organization",
    "people",
    "someone",
    "anyone",
    "everyone",
    "person",
    "life",
    "success",
    "experience",
    "student",
    "students",
    "intern",
    "interns",
    "together",
];

/// Trailing words that do not change a definition question ("what is X, exactly?").
const DEFINITION_TAILS: &[&str] = &[
    "exactly",
    "anyway",
    "actually",
    "again",
    "really",
    "precisely",
    "in simple terms",
    "in a nutshell",
    "in general",
    "all day",
    "day to day",
    "for a living",
    "on a daily basis",
    "in practice",
    "as a field",
    "as a career",
    "as a profession",
    "as a discipline",
    "for me",
    "briefly",
];

fn strip_tail(words: &[String]) -> &[String] {
    let mut end = words.len();
    loop {
        let before = end;
        for t in DEFINITION_TAILS {
            let n = t.split(' ').count();
            if end > n && words[end - n..end].join(" ") == *t {
                end -= n;
            }
        }
        if end == before {
            return &words[..end];
        }
    }
}

fn is_term(np: &[String]) -> bool {
    !np.is_empty() && np.len() <= 4 && !np.iter().any(|w| is_in(NOT_A_TERM, w))
}

/// Is the raw token holding normalized word `i` an acronym ("FDA")?
fn is_acronym(s: &Sentence, i: usize) -> bool {
    s.raw.iter().any(|(t, at)| {
        let letters: String = t.chars().filter(|c| c.is_alphabetic()).collect();
        *at == i && letters.len() >= 2 && letters.chars().all(|c| c.is_uppercase())
    })
}

fn definition(s: &Sentence, p: usize) -> Option<(String, bool)> {
    let words = strip_tail(&s.words[p..]);
    let w = Words::from_words(words);
    // "what is the difference between an MPH and an MSPH?"
    if let Some(&at) = w.find_all("difference between").first() {
        let rest = &words[at + 2..];
        if at <= 4 && w.at(0) == "what" {
            if let Some(and) = rest.iter().position(|x| x == "and") {
                let strip = |np: &[String]| -> Vec<String> {
                    np.iter()
                        .filter(|x| !matches!(x.as_str(), "a" | "an"))
                        .cloned()
                        .collect()
                };
                let (a, b) = (strip(&rest[..and]), strip(&rest[and + 1..]));
                let no_verbs = !a.iter().chain(&b).any(|x| x.ends_with("ing"));
                if is_term(&a) && is_term(&b) && a.len() <= 3 && b.len() <= 3 && no_verbs {
                    let text = s.raw_text(p + at + 2, p + words.len());
                    return Some((
                        text.trim_end_matches(|c: char| !c.is_alphanumeric())
                            .to_string(),
                        false,
                    ));
                }
            }
        }
        return None;
    }
    let raw_term = |from: usize, to: usize| {
        let text = s.raw_text(p + from, p + to);
        text.trim_end_matches(|c: char| !c.is_alphanumeric())
            .to_string()
    };
    // "what is (exactly) (a|an) X", "what are Xs"
    let mut i = 0;
    if w.at(0) == "what" && matches!(w.at(1), "is" | "are") {
        i = 2;
    } else if w.at(0) == "what" && w.at(1) == "exactly" && matches!(w.at(2), "is" | "are") {
        i = 3;
    }
    if i > 0 {
        if w.at(i) == "exactly" {
            i += 1;
        }
        for lead in [
            "the role of",
            "the job of",
            "the field of",
            "the study of",
            "the definition of",
            "meant by",
            "the meaning of",
            "the term",
            "the word",
            "the acronym",
        ] {
            let n = lead.split(' ').count();
            if w.find_all(lead).first() == Some(&i) {
                i += n;
            }
        }
        let article = i;
        let role = matches!(w.at(i), "a" | "an");
        if role || (w.at(i) == "the" && is_acronym(s, p + i + 1)) {
            i += 1;
        }
        let np = &words[i.min(words.len())..];
        if is_term(np) {
            // "What is a nurse practitioner?" names a role: keep its article.
            let from = if role { article } else { i };
            return Some((raw_term(from, words.len()), role));
        }
        return None;
    }
    // "what does (a|an) X do / mean / involve", "what do Xs do"
    let ex = usize::from(w.at(1) == "exactly");
    if w.at(0) == "what" && matches!(w.at(1 + ex), "does" | "do") && words.len() >= 4 + ex {
        let last = w.at(words.len() - 1);
        let mut end = words.len() - 1;
        if last == "for" && w.at(end - 1) == "stand" {
            end -= 1;
        } else if !matches!(
            last,
            "do" | "mean" | "involve" | "entail" | "study" | "cover"
        ) {
            return None;
        }
        let mut i = 2 + ex;
        for lead in ["the term", "the word", "the acronym", "the phrase"] {
            if w.find_all(lead).first() == Some(&i) {
                i += 2;
            }
        }
        let from = i;
        if matches!(w.at(i), "a" | "an") || (w.at(i) == "the" && is_acronym(s, p + i + 1)) {
            i += 1;
        }
        let np = &words[i.min(end)..end];
        if is_term(np)
            && !(last == "do" && np.len() == 1 && w.at(1) == "do" && !np[0].ends_with('s'))
        {
            return Some((raw_term(from, end), last == "do"));
        }
        return None;
    }
    if w.at(0) == "define" && is_term(&words[1..]) {
        return Some((raw_term(1, words.len()), false));
    }
    None
}

/// "Can you explain what epidemiology is?", "I'm not sure what a CRO does, could you explain?"
fn embedded_definition(s: &Sentence) -> Option<(String, bool)> {
    let w = Words::from_words(&s.words);
    for lead in [
        "explain what",
        "tell me what",
        "describe what",
        "clarify what",
        "know what",
        "sure what",
        "understand what",
        "wondering what",
    ] {
        for at in w.find_all(lead) {
            let from = at + lead.split(' ').count();
            let clause_end = s
                .clause_starts
                .iter()
                .copied()
                .find(|&c| c > from)
                .unwrap_or(s.words.len());
            let end = strip_tail(&s.words[..clause_end]).len();
            if end <= from + 1 {
                continue;
            }
            let last = w.at(end - 1);
            if !matches!(
                last,
                "is" | "are" | "means" | "does" | "involves" | "entails"
            ) {
                continue;
            }
            let mut i = from;
            if matches!(w.at(i), "a" | "an") {
                i += 1;
            }
            if i < end - 1 && is_term(&s.words[i..end - 1]) {
                let text = s.raw_text(from, end - 1);
                return Some((text, last == "does"));
            }
        }
    }
    None
}

/// Capitalized words inside a sentence: a company named by name ("Pfizer", "the FDA").
fn names_an_org(s: &Sentence, p: usize) -> bool {
    s.raw.iter().any(|(t, at)| {
        let first = t.chars().next().unwrap_or(' ');
        *at > p
            && first.is_uppercase()
            && !matches!(
                t.trim_end_matches(|c: char| !c.is_alphanumeric()),
                "I" | "I'm" | "I'd" | "I've" | "I'll"
            )
    })
}

fn org_fact(s: &Sentence, p: usize) -> Option<Generic> {
    let w = Words {
        words: s.words[p..]
            .iter()
            .map(|x| x.strip_suffix("'s").unwrap_or(x).to_string())
            .collect(),
    };
    let named = names_an_org(s, p);
    let org = w.has_any(ORG_NOUNS)
        || w.has_phrase("you guys")
        || w.has_any(&[
            "headquarters",
            "hq",
            "competitors",
            "employees",
            "headcount",
            "revenue",
            "offices",
            "products",
        ])
        || named
            && w.has_any(&[
                "founded",
                "headquartered",
                "based",
                "publicly",
                "public",
                "stock",
                "revenue",
                "employees",
                "do",
                "make",
                "sell",
                "makes",
                "sells",
                "does",
            ]);
    let personal = w.any_phrase(&[
        "is it like",
        "it is like",
        "is like",
        "was like",
        "be like",
        "like to work",
        "like working",
        "you like",
        "like about",
    ]) || w.has_any(&[
        "feel",
        "think",
        "affect",
        "affects",
        "impact",
        "why",
        "changed",
        "change",
        "personally",
        "culture",
        "apart",
        "different",
        "unique",
        "special",
        "stand",
        "fit",
        "structured",
        "organized",
        "funded",
        "governed",
        "decisions",
        "promoted",
        "hire",
        "hiring",
    ]) || w.any_phrase(&[
        "for me",
        "like me",
        "your role",
        "your work",
        "your job",
        "your team",
        "did you",
        "do you",
    ]);
    if !org || personal {
        return None;
    }
    let asks = is_in(WH, w.at(0))
        || is_in(AUX, w.at(0))
        || w.any_phrase(&["tell me", "explain", "know", "wondering", "curious"]);
    if !asks {
        return None;
    }
    if w.has_any(&[
        "headquartered",
        "headquarters",
        "hq",
        "based",
        "located",
        "offices",
        "operate",
        "countries",
    ]) || w.any_phrase(&["head office", "main office"])
    {
        return Some(Generic::Location);
    }
    if w.has_any(&["founded", "established", "founder", "founders", "old"])
        || w.any_phrase(&[
            "been around",
            "who started",
            "when was",
            "when did",
            "what year",
        ])
    {
        return Some(Generic::History);
    }
    if w.has_any(&[
        "public",
        "publicly",
        "stock",
        "ipo",
        "revenue",
        "revenues",
        "valuation",
        "ceo",
        "owns",
        "owned",
        "competitors",
        "profitable",
        "profit",
        "shares",
        "listed",
        "traded",
        "customers",
        "clients",
    ]) || (w.has_phrase("how much") && w.has_any(&["make", "earn", "sales"]))
    {
        return Some(Generic::Business);
    }
    if w.any_phrase(&["how many", "how big", "how large", "size of", "headcount"]) || w.has("size")
    {
        return Some(Generic::Size);
    }
    let last = w.at(w.len() - 1);
    let last2 = format!("{} {}", w.at(w.len().saturating_sub(2)), last);
    let does_what = w.at(0) == "what"
        && w.has_any(&["does", "do"])
        && (matches!(
            last,
            "do" | "make"
                | "sell"
                | "produce"
                | "manufacture"
                | "offer"
                | "provide"
                | "build"
                | "develop"
                | "exactly"
        ) || matches!(
            last2.as_str(),
            "focus on" | "specialize in" | "specialise in" | "work on"
        ));
    let embedded = !is_in(WH, w.at(0))
        && matches!(
            last,
            "does" | "makes" | "sells" | "produces" | "offers" | "provides" | "builds" | "develops"
        )
        && w.any_phrase(&["what your", "what the", "what you guys"]);
    if embedded {
        return Some(Generic::WhatItDoes);
    }
    let sells = w.has_any(&["sell", "sells", "manufacture", "manufactures"])
        || (w.has_any(&["products", "product", "services"]) && is_in(WH, w.at(0)))
        || w.any_phrase(&[
            "what industry",
            "which industry",
            "what sector",
            "mission statement",
            "main business",
            "core business",
            "line of business",
            "core values",
            "history of",
        ])
        || (w.has("mission") && w.at(0) == "what")
        || (w.has_phrase("specialize in") || w.has_phrase("specialise in"));
    if does_what || sells {
        return Some(Generic::WhatItDoes);
    }
    None
}

/// Facts on the person's public profile: where they work, their title.
const PROFILE_FACTS: &[&str] = &[
    "where do you work",
    "what company do you work",
    "which company do you work",
    "who do you work for",
    "what is your job title",
    "what is your title",
    "what is your official title",
    "what organization do you work",
];

/// Could a web search answer this (what the company does, its size, headquarters, founding,
/// listing; a textbook definition of a field or occupation)?
pub fn generic_kind(line: &str) -> Option<Generic> {
    for s in sentences(line) {
        let w = Words::from_words(&s.words);
        if PROFILE_FACTS.iter().any(|p| {
            w.find_all(p)
                .first()
                .is_some_and(|&at| at + p.split(' ').count() + 2 >= w.len())
        }) {
            return Some(Generic::WhatItDoes);
        }
        let mut p = 0;
        while is_in(FILLERS, s.word(p)) {
            p += 1;
        }
        if p >= s.words.len() {
            continue;
        }
        // Start at the question clause: "Sorry, quick one: what does your company do?"
        let start = starts(&s).first().map_or(p, |m| m.at);
        if let Some((term, occupation)) = definition(&s, start).or_else(|| embedded_definition(&s))
        {
            return Some(Generic::Definition { term, occupation });
        }
        if let Some(kind) = org_fact(&s, start) {
            return Some(kind);
        }
    }
    None
}

/// Is the question answerable by a web search?
pub fn is_generic_question(line: &str) -> bool {
    generic_kind(line).is_some()
}

// ---------------------------------------------------------------------------------------------
// Job asks
// ---------------------------------------------------------------------------------------------

/// Normalized words with possessive "'s" dropped ("company's" → "company").
fn plain_words(text: &str) -> Words {
    Words {
        words: crate::text::normalize(text)
            .split(' ')
            .filter(|w| !w.is_empty())
            .map(|w| w.strip_suffix("'s").unwrap_or(w).to_string())
            .collect(),
    }
}

/// Phrases that ask for a position whatever else the line says. Those marked by a leading
/// `+` only count when the user speaks of themselves (I, me, my) in the line.
const JOB_ASK_PHRASES: &[&str] = &[
    "hire me",
    "hiring me",
    "employ me",
    "take me on",
    "taking me on",
    "take me as",
    "bring me on",
    "bringing me on",
    "bring me onto",
    "onboard me",
    "sponsor me",
    "vouch for me",
    "put me forward",
    "putting me forward",
    "put my name forward",
    "put my name in",
    "put my name up",
    "putting my name forward",
    "submit my name",
    "nominate me",
    "be my referral",
    "be a referral for me",
    "be my reference",
    "be a reference for me",
    "referral for me",
    "give me a referral",
    "get me a referral",
    "write me a referral",
    "internal referral",
    "you as a referral",
    "you as a reference",
    "you as my reference",
    "you as my referral",
    "put in a word",
    "put in a good word",
    "putting in a good word",
    "putting in a word",
    "put a good word",
    "put a word in",
    "good word for me",
    "word in for me",
    "keep me in mind",
    "keep me on file",
    "keep my resume",
    "think of me for",
    "think of me if",
    "think of me when",
    "get me an interview",
    "get me in",
    "getting me in",
    "get me on your",
    "get me onto",
    "get me into your",
    "get me hired",
    "help me get hired",
    "hook me up with a",
    "pull some strings",
    "pull strings",
    "considered for",
    "consider me",
    "considering me",
    "+to be considered",
    "+available to start",
    "+start immediately",
    "+i could start",
    "+i can start",
    "need someone on your",
    "need an intern",
    "need any interns",
    "need interns",
    "need an extra pair of hands",
    "need extra hands",
    "+interview with your",
    "+interview at your",
    "+a job with you",
    "+work for you",
    "+work under you",
    "+working for you",
    "intern with you",
    "intern for you",
    "internship with you",
    "internship under you",
    "hire someone like me",
    "consider someone like me",
    "consider someone with my",
    "place for me",
    "spot for me",
    "room for me",
    "job for me",
    "position for me",
    "role for me",
    "opening for me",
    "openings for me",
    "internship for me",
    "something for me on",
    "anything for me on",
    "+anything opens up",
    "+something opens up",
    "+anything comes up",
    "+something comes up",
    "+anything becomes available",
    "+something becomes available",
    "+apply through you",
    "+apply directly through you",
    "my resume in front of",
    "my resume on",
    "recommend me for",
    "refer me for",
    "place for someone like me",
    "room for someone like me",
    "spot for someone like me",
    "would you take me",
    "will you take me",
    "could you take me",
    "take me in",
    "bring on anyone",
    "bring on someone",
    "bring someone like me",
    "help me with my job search",
    "help me in my job search",
    "help with my job search",
    "interested in someone like me",
    "interested in hiring",
    "interest in hiring",
    "interested in taking me",
    "flag me for",
    "on my behalf",
    "advocate for me",
    "go to bat for me",
    "speak up for me",
    "stick your neck out for me",
    "keep my application",
    "keep my name",
    "send it my way",
    "send them my way",
    "send anything my way",
    "pass it my way",
    "an interview for me",
    "set up an interview",
    "set me up with an interview",
    "+be referred",
    "+get referred",
    "referred by you",
    "say you referred me",
    "say that you referred me",
    "mention you referred me",
    "say you recommended me",
    "referral from you",
    "+get a referral",
    "recommendation for me",
    "reference for me",
    "give me a chance",
    "give me a shot",
    "take a chance on me",
    "space for me",
    "space for someone like me",
    "recommendation for the job",
    "recommendation for the position",
    "recommendation for the role",
];

/// Nouns for a position.
const JOB_NOUNS: &[&str] = &[
    "job",
    "jobs",
    "posting",
    "postings",
    "position",
    "positions",
    "opening",
    "openings",
    "vacancy",
    "vacancies",
    "role",
    "roles",
    "internship",
    "internships",
    "spot",
    "spots",
    "placement",
    "placements",
    "assistantship",
    "assistantships",
    "apprenticeship",
    "apprenticeships",
    "ra",
    "co",
    "traineeship",
    "traineeships",
    "fellowship",
    "postdoc",
    "work",
    "room",
    "gig",
    "leads",
    "space",
];

/// Words after a job noun that make it something else ("job market", "job description").
const JOB_COMPOUNDS: &[&str] = &[
    "program",
    "programs",
    "description",
    "descriptions",
    "board",
    "boards",
    "title",
    "titles",
    "search",
    "searches",
    "market",
    "markets",
    "fair",
    "fairs",
    "hunt",
    "hunting",
    "satisfaction",
    "security",
    "interview",
    "interviews",
    "model",
    "models",
    "offer",
    "offers",
    "experience",
    "history",
    "application",
    "applications",
    "ladder",
    "requirements",
    "duties",
    "hopping",
    "life",
    "balance",
    "ethic",
    "load",
    "of",
    "like",
];

/// Places that are theirs: "your team", "your lab"...
const PLACES: &[&str] = &[
    "team",
    "crew",
    "lab",
    "group",
    "company",
    "organization",
    "org",
    "department",
    "dept",
    "hospital",
    "agency",
    "office",
    "unit",
    "firm",
    "clinic",
    "nonprofit",
    "institution",
    "institute",
    "school",
    "practice",
    "startup",
    "division",
    "center",
    "centre",
    "program",
    "programme",
    "project",
    "staff",
    "business",
    "side",
    "place",
    "workplace",
    "district",
    "network",
    "newsroom",
    "studio",
    "branch",
    "shop",
    "ward",
    "museum",
    "library",
    "foundation",
    "end",
    "organisation",
    "employer",
    "corporation",
    "firm",
    "outfit",
    "research",
    "lab",
];

/// Possessives or modifiers before a job noun that make it someone's own job.
const OWNERS: &[&str] = &[
    "your", "their", "his", "her", "my", "own", "current", "first", "last", "previous", "old",
    "dream",
];

fn job_noun_at(w: &Words, i: usize) -> bool {
    let x = w.at(i);
    if !is_in(JOB_NOUNS, x) {
        return false;
    }
    let next = w.at(i + 1);
    let prev = if i > 0 { w.at(i - 1) } else { "" };
    let prev2 = if i > 1 { w.at(i - 2) } else { "" };
    match x {
        // "co-op" only; "work" only as "any work", "work for me"; "room" on a team.
        "co" => return next == "op",
        "leads" => return matches!(prev, "any" | "job" | "some"),
        "work" => {
            return matches!(prev, "any" | "some")
                && matches!(next, "for" | "on" | "at" | "in" | "with" | "")
        }
        "room" | "space" => {
            return matches!(next, "on" | "in" | "for")
                && (is_in(
                    &[
                        "your", "me", "another", "a", "an", "one", "someone", "students",
                        "interns", "new",
                    ],
                    w.at(i + 2),
                ) || is_in(PLACES, w.at(i + 3)))
        }
        "fellowship" | "postdoc" => {
            return matches!(
                next,
                "position" | "positions" | "opening" | "openings" | "spot" | "spots"
            ) || matches!(prev, "a" | "any" | "the")
                && w.any_phrase(&["in your", "on your", "with you", "at your"])
        }
        _ => {}
    }
    // "your lab's internship" is one the lab offers; "your last job" was theirs.
    // "your lab's internship", "your next internship cohort": one they offer.
    let offered = is_in(PLACES, prev) && !matches!(x, "role" | "roles")
        || matches!(prev, "next" | "upcoming");
    let owned = is_in(OWNERS, prev) || (is_in(OWNERS, prev2) && prev2 != "first" && !offered);
    // "a job like yours" is the field in general, unless their place is named ("a position
    // like yours at your firm").
    !owned && (!is_in(JOB_COMPOUNDS, next) || next == "like" && at_their_place(w))
}

/// "at your company", "on your team": their place named after a preposition.
fn at_their_place(w: &Words) -> bool {
    (1..w.len()).any(|i| {
        w.at(i) == "your"
            && matches!(w.at(i - 1), "at" | "on" | "in" | "with" | "into" | "onto")
            && (is_in(PLACES, w.at(i + 1)) || is_in(PLACES, w.at(i + 2)))
    })
}

/// Does the line say they are theirs: "your team", "at your company", "with you"?
fn their_place(w: &Words) -> bool {
    let your_place = (0..w.len())
        .any(|i| w.at(i) == "your" && (is_in(PLACES, w.at(i + 1)) || is_in(PLACES, w.at(i + 2))));
    your_place
        || w.has_loose("you have", 2)
        || w.any_phrase(&[
            "with you",
            "you guys",
            "over there",
            "where you work",
            "at the company",
            "through you",
            "for you",
            "under you",
            "your side",
            "you all",
            "you need",
            "your place",
            "yourselves",
        ])
}

/// A yes/no or "let me know" ask about openings.
const AVAILABILITY: &[&str] = &[
    "do you have",
    "does your",
    "do you guys have",
    "is there",
    "are there",
    "would there be",
    "will there be",
    "could there be",
    "do you know of",
    "do you know if",
    "any chance",
    "is anything",
    "anything available",
    "anything open",
    "something open",
    "available",
    "open position",
    "open positions",
    "open role",
    "open roles",
    "open spot",
    "open spots",
    "positions open",
    "roles open",
    "jobs open",
    "spots open",
    "opens up",
    "open up",
    "opening up",
    "comes up",
    "come up",
    "becomes available",
    "let me know",
    "keep me posted",
    "keep me in the loop",
    "keep me informed",
    "tell me if",
    "tell me when",
    "in case you have",
    "if you have",
    "if you ever have",
    "if there is",
    "if there are",
    "has any",
    "have any",
    "got any",
    "are any",
    "is any",
    "keep an eye out",
    "hear of",
    "hear about any",
    "know of any",
    "you happen to have",
    "could i get",
    "can i get",
    "could you get",
    "can you get",
    "help me get",
    "help me find",
    "help me land",
    "help me secure",
    "email you my",
    "send you my",
    "give you my",
    "for any",
    "could i have",
    "possible for me",
    "possible to get",
    "possible to join",
    "possible to apply",
    "possible to land",
    "possible to intern",
    "any leads",
    "about any",
    "hear of anything",
    "can i have",
    "have room",
    "have space",
    "have a spot",
    "have an opening",
    "have a position",
    "have a place",
    "have an internship",
    "have a job",
    "have a role",
];

/// Getting in: only with their place ("apply to your lab", "get an internship at your firm").
const GETTING_IN: &[&str] = &[
    "apply for",
    "apply to",
    "apply at",
    "get into",
    "i get",
    "i could get",
    "get a",
    "get an",
    "land a",
    "land an",
    "join",
    "i apply",
    "me get",
    "getting a",
    "getting an",
];

/// Words that make a job question about the field or the market, not about their place.
const MARKET: &[&str] = &[
    "in this field",
    "in the field",
    "in general",
    "these days",
    "nowadays",
    "job market",
    "how many",
    "how much",
    "a lot of",
    "many",
    "more",
    "fewer",
    "industry",
    "typically",
    "usually",
    "for people",
    "for someone with",
    "people like",
    "like yours",
    "aim for",
    "look for",
    "move into",
    "career",
    "recommend",
    "suggest",
    "should i",
    "worth",
    "look into",
    "in my field",
    "in your field",
    "in your industry",
    "generally",
    "elsewhere",
    "other companies",
];

fn wh_led_line(w: &Words) -> bool {
    is_in(WH, leading_word(w))
}

fn leading_word(w: &Words) -> &str {
    let mut p = 0;
    while is_in(FILLERS, w.at(p)) {
        p += 1;
    }
    w.at(p)
}

/// The cue of a job ask: the words that ask this person for a job, if any.
pub fn job_ask_cue(line: &str) -> Option<String> {
    let w = plain_words(line);
    if w.is_empty() {
        return None;
    }
    // "Is there a newsletter where your organization posts openings?": asking where to look.
    let where_posted = w.has_any(&[
        "link",
        "links",
        "newsletter",
        "website",
        "site",
        "page",
        "board",
        "listserv",
        "portal",
        "feed",
        "channel",
    ]) && w.has_any(&[
        "postings",
        "listings",
        "link",
        "posts",
        "post",
        "posted",
        "lists",
        "listed",
        "advertises",
        "advertised",
        "publishes",
        "published",
        "announces",
    ]);
    if where_posted {
        return None;
    }
    // A yes/no question in any sentence: "I'm graduating soon; is your firm hiring?"
    let asks_yes_no = sentences(line).iter().any(|s| {
        let mut p = 0;
        while is_in(FILLERS, s.word(p)) {
            p += 1;
        }
        is_in(AUX, s.word(p)) || matches!(s.word(p), "any" | "anything")
    });
    // A wh-question anywhere: "If you could add one role to your team, what would it be?"
    let asks_wh = sentences(line).iter().any(|s| {
        starts(s)
            .iter()
            .any(|m| m.kind == Kind::Wh && is_in(WH, s.word(m.at)) && is_in(AUX, s.word(m.at + 1)))
    });
    job_ask_rules(&w)
        .or_else(|| job_ask_signs(&w, asks_yes_no, asks_wh))
        .or_else(|| job_ask_classes(&w))
}

/// Broad shapes of a job ask that the finer rules can miss: the user's name or papers sent
/// on to whoever hires; the user saying they need a job and asking for help; shadowing offered
/// as a try-out for a place on the team.
fn job_ask_classes(w: &Words) -> Option<String> {
    if w.has_any(FEEDBACK_WORDS) || w.any_phrase(FEEDBACK_PHRASES) || person_past(w) {
        return None;
    }
    let papers = w.any_phrase(&[
        "my name",
        "my resume",
        "my application",
        "my profile",
        "my details",
        "my portfolio",
    ]);
    let sent_on = w.has_any(&[
        "flag", "pass", "forward", "send", "share", "mention", "give", "hand", "slip", "drop",
        "submit", "route", "put", "bring", "float",
    ]);
    let to_hirer = w.has_any(&[
        "hiring",
        "recruiting",
        "recruiter",
        "recruiters",
        "hr",
        "whoever",
    ]) || w.any_phrase(&["the right person", "the right people", "internally"]);
    if papers && sent_on && to_hirer {
        return Some("my name or papers sent to whoever hires".into());
    }
    let needs_work = w.any_phrase(&[
        "need a job",
        "need work",
        "need an internship",
        "need a position",
        "looking for a job",
        "looking for work",
        "looking for an internship",
        "searching for a job",
        "job hunting",
        "out of work",
        "unemployed",
    ]);
    let help_me =
        w.has("help") || w.any_phrase(&["can you", "could you", "would you", "hook me up"]);
    if needs_work && help_me && !w.has_any(&["advice", "tips", "suggest", "recommend"]) {
        return Some("needs a job and asks for help".into());
    }
    let try_out = w.has("shadow")
        && w.has_any(&[
            "fit", "hire", "hired", "hiring", "position", "job", "role", "join", "opening", "prove",
        ]);
    if try_out && w.has_any(&["me", "i", "my"]) {
        return Some("shadowing as a try-out".into());
    }
    None
}

/// Words and phrases that make a line about the user's papers a request for feedback.
const FEEDBACK_WORDS: &[&str] = &[
    "feedback",
    "critique",
    "comments",
    "review",
    "proofread",
    "edits",
    "improve",
    "thoughts",
    "reads",
    "strengthen",
    "weak",
    "weaknesses",
    "stronger",
];
const FEEDBACK_PHRASES: &[&str] = &[
    "look over",
    "look at",
    "take a look",
    "how it reads",
    "how it comes across",
    "what you think",
];

/// The person's own past or own job: asking how *they* got hired is past.job_search.
const PERSON_PAST: &[&str] = &[
    "did someone",
    "did they",
    "did you",
    "did your",
    "during the pandemic",
    "had you",
    "have you ever",
    "if you were",
    "made you",
    "were you",
    "you applied",
    "you did",
    "you first",
    "you found",
    "you got",
    "you heard",
    "you joined",
    "you landed",
    "you started",
    "you went",
    "you were hired",
    "your interview",
    "your job search",
    "your own",
];

/// Past forms that, after "when you", make it the person's own past ("when you started").
const PAST_AFTER_WHEN: &[&str] = &[
    "began", "came", "chose", "did", "felt", "first", "found", "got", "had", "knew", "left",
    "made", "saw", "took", "was", "went", "were",
];

/// Does the line ask about the person's own past or own hiring?
fn person_past(w: &Words) -> bool {
    w.any_phrase(PERSON_PAST)
        || w.find_all("when you").iter().any(|&at| {
            let v = w.at(at + 2);
            is_in(PAST_AFTER_WHEN, v) || v.ends_with("ed")
        })
}

/// The phrase rules: known shapes of a job ask.
fn job_ask_rules(w: &Words) -> Option<String> {
    let w = Words {
        words: w.words.clone(),
    };
    let past = person_past(&w);
    let me = w.has_any(&["me", "my", "i", "myself"]);
    let feedback = w.has_any(&[
        "feedback",
        "reads",
        "comments",
        "critique",
        "thoughts",
        "notes",
        "edits",
        "improve",
        "review",
        "proofread",
        "tips",
    ]) || w.any_phrase(&[
        "look over",
        "look at",
        "take a look",
        "look through",
        "go over",
    ]);
    let not_asking = w.any_phrase(&[
        "not asking for a job",
        "not looking for a job",
        "not here for a job",
        "not job hunting",
        "not asking you for",
        "not after a job",
        "not asking for a position",
        "not looking for work",
        "not asking for an internship",
        "not applying",
        "not asking for a referral",
    ]);

    // 1. Unmistakable phrases.
    for entry in JOB_ASK_PHRASES {
        let (needs_me, p) = match entry.strip_prefix('+') {
            Some(p) => (true, p),
            None => (false, *entry),
        };
        if !w.has_phrase(p) || (needs_me && !me) {
            continue;
        }
        // "your role for me": their own role, described for the user.
        let head = p.split(' ').next().unwrap_or("");
        if is_in(JOB_NOUNS, head)
            && w.find_all(p)
                .iter()
                .all(|&at| at > 0 && is_in(OWNERS, w.at(at - 1)))
        {
            continue;
        }
        if past && !(p.contains("me") || p.contains("my")) {
            continue;
        }
        if not_asking && !(p.contains("me") || p.contains("my")) {
            continue;
        }
        return Some(p.to_string());
    }
    // "join your team", "work with you", "intern at your company": from the user.
    if !past {
        for verb in [
            "join",
            "work with",
            "work on",
            "work in",
            "work at",
            "work for",
            "work under",
            "be part of",
            "intern",
            "volunteer",
            "get hired",
            "be hired",
            "internship",
            "come work",
            "start",
            "work there",
            "get into",
            "get in at",
            "get in with",
            "getting hired",
            "be on",
            "be in",
            "interning",
            "get hired here",
            "work here",
            "intern here",
        ] {
            let wish = w.has_any(&[
                "possible",
                "dream",
                "love",
                "chance",
                "hoping",
                "hope",
                "opportunity",
                "opportunities",
            ]) || w.any_phrase(&["would like to", "i like to", "want to"]);
            if !me && !wish && !matches!(verb, "intern" | "internship" | "volunteer") {
                continue;
            }
            // "Tell me about the internship program at your company": learning about it.
            if w.any_phrase(&[
                "tell me about",
                "more about",
                "describe",
                "explain",
                "walk me through",
                "talk about",
                "what it was like",
                "what it is like",
            ]) {
                continue;
            }
            for at in w.find_all(verb) {
                let mut k = at + verb.split(' ').count();
                if is_in(
                    &[
                        "with", "at", "on", "in", "for", "into", "onto", "by", "under",
                    ],
                    w.at(k),
                ) {
                    k += 1;
                }
                let place_at = |i: usize| {
                    matches!(w.at(i), "your" | "the")
                        && (w.at(i) == "your" || me && verb == "join")
                        && (is_in(PLACES, w.at(i + 1)) || is_in(PLACES, w.at(i + 2)))
                };
                let your_place = (k..k + 4).any(place_at)
                    && !(k..k + 4).any(|i| {
                        is_in(
                            &[
                                "how", "what", "why", "where", "when", "who", "which", "about",
                            ],
                            w.at(i),
                        )
                    });
                let you = w.at(k) == "you"
                    && (verb != "join" || matches!(w.at(k + 1), "" | "there"))
                    && !(verb == "intern" && w.at(k - 1) != "with" && w.at(k - 1) != "for")
                    && !matches!(verb, "start" | "be part of");
                let there = verb == "work there"
                    || verb.ends_with(" here")
                    || w.at(k) == "there"
                        && matches!(verb, "get hired" | "getting hired" | "work at" | "intern");
                if your_place || you || there {
                    return Some(w.words[at..(k + 2).min(w.len())].join(" "));
                }
            }
        }
    }
    // 2. "refer me", "recommend me", "pass my resume on": for a position, not to more people.
    let contact_purpose = w.has_any(&[
        "talk",
        "chat",
        "speak",
        "learn",
        "coffee",
        "meet",
        "informational",
        "advice",
        "resources",
        "books",
        "questions",
        "ask",
        "someone",
        "people",
        "anyone",
    ]);
    let any_job = (0..w.len()).any(|i| job_noun_at(&w, i));
    let gate = w.has_any(&[
        "hiring",
        "hr",
        "recruiter",
        "recruiters",
        "manager",
        "boss",
        "recruiting",
        "supervisor",
        "director",
        "pi",
        "head",
    ]);
    for verb in [
        "refer me",
        "recommend me",
        "referring me",
        "recommending me",
        "refer myself",
        "mention me",
        "mention my name",
    ] {
        for at in w.find_all(verb) {
            let n = verb.split(' ').count();
            let next = w.at(at + n);
            let for_job = match next {
                "" | "for" | "as" | "internally" | "please" | "if" | "when" => true,
                "to" => (any_job || gate) && !contact_purpose || any_job && gate,
                _ => false,
            };
            if for_job && !past {
                return Some(verb.to_string());
            }
        }
    }
    for doc in [
        "resume",
        "application",
        "portfolio",
        "name",
        "details",
        "profile",
        "linkedin",
        "materials",
        "information",
        "info",
        "cover",
        "email",
        "letter",
        "credentials",
    ] {
        for at in w.find_all(&format!("my {doc}")) {
            let verb = (at.saturating_sub(3)..at).any(|i| {
                is_in(
                    &[
                        "pass",
                        "passing",
                        "forward",
                        "forwarding",
                        "send",
                        "sending",
                        "share",
                        "sharing",
                        "hand",
                        "give",
                        "submit",
                        "submitting",
                        "circulate",
                        "put",
                        "email",
                    ],
                    w.at(i),
                )
            });
            let onward = is_in(
                &[
                    "to",
                    "along",
                    "on",
                    "with",
                    "internally",
                    "around",
                    "in",
                    "at",
                ],
                w.at(at + 2),
            ) || matches!(w.at(at.saturating_sub(1)), "along" | "on");
            let to_whom = w.at(at + 2) == "to" && w.at(at + 3).is_empty();
            let to_you = w.at(at.saturating_sub(1)) == "you";
            let onward_ok = onward && (gate || any_job || their_place(&w) || w.at(at + 2) != "to");
            let advice = wh_led_line(&w);
            if verb
                && !feedback
                && !past
                && !advice
                && (onward_ok || to_you || to_whom || any_job || gate)
            {
                return Some(format!(
                    "{} my {doc}",
                    w.words[(at.saturating_sub(3)..at)
                        .rev()
                        .find(|&i| !matches!(w.at(i), "you" | "along" | "on"))
                        .unwrap_or(at)]
                ));
            }
        }
    }
    if !past && me && !wh_led_line(&w) {
        if w.has_any(&["referral", "reference", "recommendation"]) && any_job {
            return Some("a referral".into());
        }
        if w.any_phrase(&["use your name", "used your name", "using your name"])
            && (any_job || w.has_any(&["apply", "application", "applying"]))
        {
            return Some("use your name".into());
        }
    }
    // 3. "the hiring manager", "HR", "the recruiter": with the user in the request.
    let gatekeeper = w.which_phrase(&[
        "hiring manager",
        "hiring managers",
        "recruiter",
        "recruiters",
        "hr",
        "human resources",
        "hiring committee",
        "talent team",
        "talent acquisition",
        "hiring team",
        "does the hiring",
        "in charge of hiring",
        "responsible for hiring",
        "makes the hiring",
        "hiring decisions",
        "handles hiring",
        "who hires",
        "in charge of recruiting",
    ]);
    let learning = w.has_any(&[
        "learn",
        "talk",
        "chat",
        "about",
        "advice",
        "questions",
        "understand",
    ]) && !w.any_phrase(&["about me", "about my"]);
    if let Some(g) = gatekeeper {
        let action = w.any_phrase(&[
            "introduce me",
            "connect me",
            "put me in touch",
            "put me in contact",
            "pass",
            "forward",
            "introduction",
            "intro",
            "send my",
            "send them my",
            "word for me",
            "for me",
            "mention me",
            "me to the",
            "me to your",
            "me to hr",
            "my name",
            "my resume",
            "my application",
            "get me",
            "tell them about me",
            "about me",
            "know i am",
            "tell them i",
        ]);
        if action && !past && !learning && !wh_led_line(&w) {
            return Some(g.to_string());
        }
    }
    // "tell your manager about me"
    if w.any_phrase(&["about me", "my name"])
        && w.any_phrase(&[
            "your manager",
            "your boss",
            "your team",
            "your supervisor",
            "your director",
            "your pi",
        ])
        && !past
    {
        return Some("about me".into());
    }
    // 4. "are you hiring", "is your lab taking students", "let me know if you're recruiting".
    // "When will your team be hiring again?" asks for the opening; "When your team is hiring,
    // where do you post the job?" frames a question about their process.
    let when_frame = leading_word(&w) == "when"
        && w.words[1..].iter().any(|x| {
            matches!(
                x.as_str(),
                "where" | "what" | "how" | "who" | "which" | "why"
            )
        });
    let wh_led = is_in(WH, leading_word(&w)) && leading_word(&w) != "when" || when_frame;
    for i in 0..w.len() {
        let x = w.at(i);
        let verbs = [
            "hiring",
            "recruiting",
            "taking",
            "accepting",
            "looking",
            "need",
            "needs",
            "seeking",
            "hire",
            "bring",
            "add",
            "adding",
            "bringing",
        ];
        if !is_in(&verbs, x) || past || wh_led {
            continue;
        }
        // "your hiring", "the hiring", "known for hiring": a noun, not "are you hiring".
        let owner = is_in(
            &["your", "own", "the", "their", "his", "her", "our", "my"],
            w.at(i.wrapping_sub(1)),
        );
        let gerund = matches!(x, "hiring" | "recruiting")
            && is_in(
                &["for", "at", "about", "in", "of", "by", "with", "from"],
                w.at(i.wrapping_sub(1)),
            );
        if i > 0 && (owner || gerund) {
            continue;
        }
        if matches!(x, "hire" | "bring" | "add" | "adding" | "bringing") && !me {
            continue;
        }
        if x == "looking"
            && w.at(i + 1) == "to"
            && is_in(
                &["hire", "bring", "add", "recruit", "take", "grow", "expand"],
                w.at(i + 2),
            )
        {
            return Some(w.words[i.saturating_sub(3)..(i + 3).min(w.len())].join(" "));
        }
        let back = &w.words[i.saturating_sub(5)..i];
        // "are you hiring", "is your lab taking...", "is the lab hiring" (theirs, in context).
        let you = back
            .iter()
            .any(|b| matches!(b.as_str(), "you" | "your" | "anyone" | "anybody"))
            || back
                .windows(2)
                .any(|p| p[0] == "the" && is_in(PLACES, &p[1]) && p[1] != "end");
        let be = back.iter().any(|b| is_in(BE_BEFORE_HIRING, b));
        let market_owner = back.windows(2).any(|p| {
            p[0] == "your"
                && matches!(
                    p[1].as_str(),
                    "field" | "industry" | "sector" | "area" | "profession"
                )
        });
        if !(you && be) || market_owner {
            continue;
        }
        let mut j = i + 1;
        if matches!(x, "taking" | "looking") && matches!(w.at(j), "on" | "for") {
            j += 1;
        }
        while j < i + 6 && is_in(HIRING_MODIFIERS, w.at(j)) {
            j += 1;
        }
        let who = w.at(j);
        let people = is_in(TAKEN_ON, who)
            || worker_noun(who)
            || is_in(
                &[
                    "applicants",
                    "applications",
                    "associates",
                    "candidates",
                    "employees",
                    "members",
                    "postdoc",
                    "postdocs",
                    "techs",
                ],
                who,
            )
            || (who.is_empty() && w.at(j - 1) == "help")
            || job_noun_at(&w, j);
        // "hiring people without a degree": who they hire, not whether they would hire me.
        let criteria = (j + 1..(j + 3).min(w.len()))
            .any(|k| matches!(w.at(k), "with" | "without" | "who" | "that" | "from"))
            && !w.words[j..].iter().any(|x| x == "me" || x == "my");
        let market = criteria
            || w.any_phrase(&[
                "these days",
                "nowadays",
                "in general",
                "in this field",
                "more of",
                "a lot of",
                "lots of",
                "so many",
            ]);
        let noun_next = is_in(
            &[
                "process",
                "practices",
                "committee",
                "season",
                "freeze",
                "manager",
                "managers",
                "decisions",
                "criteria",
                "timeline",
                "for",
                "to",
            ],
            w.at(i + 1),
        );
        match x {
            "hiring" | "recruiting"
                if !market
                    && (!noun_next
                        || w.at(i + 1) == "for"
                            && is_in(
                                &[
                                    "the", "a", "an", "this", "any", "summer", "interns",
                                    "students",
                                ],
                                w.at(i + 2),
                            )) =>
            {
                return Some(format!("are you {x}"));
            }
            "taking" | "accepting" | "looking" | "seeking" | "need" | "needs" | "hire"
            | "bring" | "add" | "adding" | "bringing"
                if people && !market && w.at(j + 1) != "in" =>
            {
                return Some(w.words[i..=j.min(w.len() - 1)].join(" "));
            }
            _ => {}
        }
    }
    // "if ur hiring" (ur → your).
    if w.any_phrase(&[
        "if your hiring",
        "if your recruiting",
        "know if your hiring",
    ]) {
        return Some("if you're hiring".into());
    }
    // "foot in the door" at their place, or asked of them.
    let asked_of_them = w.any_phrase(&["can you", "could you", "would you", "will you", "help me"]);
    if me
        && w.has_phrase("foot in the door")
        && (their_place(&w) || asked_of_them)
        && !past
        && w.has_phrase("my foot")
    {
        return Some("foot in the door".into());
    }
    // "get me / give me / find me / offer me (a) (summer) job".
    for verb in [
        "get", "give", "find", "offer", "land", "secure", "score", "line",
    ] {
        for at in w.find_all(&format!("{verb} me")) {
            if (at + 2..(at + 6).min(w.len())).any(|i| job_noun_at(&w, i)) {
                return Some(w.words[at..(at + 4).min(w.len())].join(" "));
            }
        }
    }
    // 5. A position, asked for: "any openings on your team?", "let me know if a role opens up".
    if not_asking || past {
        return None;
    }
    let job = (0..w.len())
        .find(|&i| job_noun_at(&w, i))
        .map(|i| w.at(i).to_string())
        .or_else(|| {
            w.which_phrase(&[
                "anything available",
                "anything open",
                "something open",
                "research assistant",
                "summer student",
            ])
            .map(str::to_string)
        });
    let Some(job) = job else {
        return hunting(&w).or_else(|| desire(&w));
    };
    let market = w.any_phrase(MARKET);
    let place = their_place(&w);
    let for_me = w.any_phrase(&[
        "for me",
        "i could",
        "i can",
        "can i",
        "could i",
        "i would",
        "me",
        "i apply",
        "i get",
        "i join",
        "someone like me",
        "my",
        "i fit",
        "i fill",
        "i might",
        "i may",
    ]);
    if is_in(WH, leading_word(&w)) {
        // "What openings do you have?", "What positions are open on your team?",
        // "How can I get an internship at your company?"
        let open = w.has_any(&[
            "openings",
            "opening",
            "vacancies",
            "vacancy",
            "available",
            "open",
            "hiring",
            "recruiting",
        ]);
        let i_get = w.any_phrase(GETTING_IN) && for_me;
        let they_hire = [
            "you hiring",
            "your hiring",
            "you recruiting",
            "your recruiting",
        ]
        .iter()
        .any(|p| w.has_loose(p, 2));
        // "What openings do you have?" names the opening; "How does your team decide when to
        // open a position?" asks about their process.
        let names_it = matches!(leading_word(&w), "what" | "which" | "any");
        if (open && names_it && (place || for_me || they_hire) || i_get && place) && !market {
            return Some(job);
        }
        return None;
    }
    // "Do you have any tips for getting an internship in this field?": advice, not an opening.
    let advice_for = w.has_any(&[
        "tips",
        "advice",
        "suggestions",
        "ideas",
        "strategies",
        "recommendations",
        "pointers",
    ]);
    if (w.any_phrase(AVAILABILITY) || leading_word(&w) == "any") && !advice_for {
        if place || (for_me && !market) {
            return Some(job);
        }
        // "Are there any openings right now?": bare, but about openings.
        let bare = is_in(
            &[
                "opening",
                "openings",
                "vacancy",
                "vacancies",
                "anything available",
                "anything open",
            ],
            job.as_str(),
        ) || w.has_any(&["available", "open"]);
        if bare && !market {
            return Some(job);
        }
    }
    if w.any_phrase(GETTING_IN) && place && !market && me {
        return Some(job);
    }
    // "Could I be an RA in your lab?"
    let asking_leave = w.any_phrase(&["can i ask", "could i ask", "may i ask", "i ask"]);
    let i_could = w.any_phrase(&["could i", "can i", "i could", "i can", "may i", "might i"]);
    if is_in(AUX, leading_word(&w)) && place && i_could && !asking_leave && !market {
        return Some(job);
    }
    hunting(&w).or_else(|| desire(&w))
}

/// "I'm looking for an internship, could you help?": a job hunt announced with a request.
fn hunting(w: &Words) -> Option<String> {
    let hunt = [
        "looking for a job",
        "looking for an internship",
        "looking for a position",
        "looking for work",
        "looking for a role",
        "looking for jobs",
        "looking for internships",
        "job hunting",
        "searching for a job",
        "looking for employment",
        "need a job",
        "seeking a position",
        "seeking employment",
        "on the job market",
        "looking for an opportunity",
        "looking for opportunities",
    ]
    .iter()
    .any(|p| {
        // The user is the one hunting: "I'm looking for work", not "a friend looking for work".
        w.find_all(p).iter().any(|&at| {
            (at.saturating_sub(6)..at).any(|j| matches!(w.at(j), "i" | "am" | "was" | "me"))
        })
    }) || (0..w.len()).any(|i| {
        // "I'm hunting for a research job": a search verb, "for", a position soon after.
        matches!(w.at(i), "looking" | "hunting" | "searching" | "seeking")
            && w.at(i + 1) == "for"
            && (i + 2..(i + 6).min(w.len())).any(|j| is_in(JOB_NOUNS, w.at(j)))
            && (i.saturating_sub(3)..i).any(|j| matches!(w.at(j), "i" | "am" | "was"))
    }) && !w.has("not");
    let request = w.any_phrase(&[
        "can you",
        "could you",
        "would you",
        "will you",
        "could you help",
        "can you help",
        "would you help",
        "you could help",
        "you can help",
        "please",
        "let me know",
        "any chance",
        "keep me",
        "know of anything",
        "hear of anything",
        "have anything",
        "know of any",
        "hear of any",
        "have any",
        "could you keep",
    ]);
    (hunt && request).then(|| "looking for a job".to_string())
}

/// "I'd love an internship with your team", "I'd like to join your lab".
fn desire(w: &Words) -> Option<String> {
    for lead in [
        "i would love",
        "i would like",
        "i want",
        "i am hoping",
        "i was hoping",
        "i am looking for",
        "i am interested in",
        "i would be interested in",
        "i am seeking",
        "i would really like",
        "i would really love",
        "i am applying",
        "i hope",
        "i would be grateful for",
        "my dream is",
        "i would be happy",
        "i would be glad",
        "i would jump at",
    ] {
        for at in w.find_all(lead) {
            let n = lead.split(' ').count();
            let tail = Words::from_words(&w.words[at + n..(at + n + 8).min(w.len())]);
            let hearing = tail.at(0) == "to"
                && is_in(
                    &[
                        "hear",
                        "learn",
                        "know",
                        "understand",
                        "talk",
                        "ask",
                        "chat",
                        "see",
                    ],
                    tail.at(1),
                );
            let job_soon = !hearing && (0..tail.len().min(4)).any(|i| job_noun_at(&tail, i))
                || tail.any_phrase(&[
                    "the opportunity to join",
                    "the chance to join",
                    "a chance to work",
                    "the chance to work",
                    "the opportunity to work",
                ]);
            let to_join = [
                "to join",
                "to work",
                "to intern",
                "to apply",
                "to get a",
                "to land",
                "to get an",
                "to be part",
                "to start",
            ]
            .iter()
            .any(|p| tail.find_all(p).first() == Some(&0));
            if (job_soon || to_join) && their_place(&tail) {
                return Some(w.words[at..(at + n + 3).min(w.len())].join(" "));
            }
        }
    }
    None
}

// ---------------------------------------------------------------------------------------------
// Job asks by their parts
// ---------------------------------------------------------------------------------------------

/// Who hires: with the user's name or papers in a request, a referral for a position.
const GATEKEEPERS: &[&str] = &[
    "hr",
    "human resources",
    "recruiter",
    "recruiters",
    "recruiting",
    "recruitment",
    "talent team",
    "talent acquisition",
    "selection committee",
    "search committee",
    "the right person",
    "the right people",
    "the right hands",
    "decision makers",
    "the partners",
];

/// Verbs after "whoever" / "the person who" that name the one who hires.
const GATE_VERBS: &[&str] = &[
    "decides", "does", "handles", "hires", "leads", "makes", "manages", "oversees", "picks",
    "recruits", "runs", "screens", "selects", "staffs",
];

/// The user's papers: what gets passed along for a position.
const MY_PAPERS: &[&str] = &[
    "application",
    "applications",
    "candidacy",
    "clips",
    "samples",
    "transcript",
    "writing",
    "credentials",
    "details",
    "information",
    "linkedin",
    "materials",
    "name",
    "portfolio",
    "profile",
    "resume",
];

/// Nouns for people taken on ("need a designer", "taking on interns"), besides agent nouns.
const TAKEN_ON: &[&str] = &[
    "anybody",
    "anyone",
    "apprentices",
    "fellows",
    "applicants",
    "applications",
    "candidates",
    "folks",
    "graduate",
    "grads",
    "graduates",
    "hand",
    "hands",
    "help",
    "hires",
    "intern",
    "interns",
    "people",
    "ra",
    "ras",
    "residents",
    "somebody",
    "someone",
    "staff",
    "student",
    "students",
    "talent",
    "trainee",
    "trainees",
    "apprentice",
    "mentee",
    "mentees",
    "undergraduate",
    "undergraduates",
    "resume",
    "resumes",
    "résumés",
    "volunteer",
    "volunteers",
];

/// Verbs whose object, when it is a person, is taken onto their team.
const TAKING_ON: &[&str] = &[
    "afford",
    "fund",
    "fit",
    "host",
    "squeeze",
    "accept",
    "accepting",
    "add",
    "adding",
    "bring",
    "bringing",
    "hire",
    "hiring",
    "need",
    "needs",
    "recruit",
    "recruiting",
    "take",
    "taking",
    "use",
    "want",
    "wanting",
    "looking",
    "seeking",
];

/// Words that make a question about the field or about people in general.
const GENERAL: &[&str] = &[
    "common",
    "generally",
    "companies like",
    "for people",
    "in general",
    "in my field",
    "in the field",
    "in this field",
    "in your field",
    "in your industry",
    "job market",
    "like your",
    "like yours",
    "nowadays",
    "other companies",
    "people like",
    "places like",
    "somewhere like",
    "these days",
    "typically",
    "usually",
];

/// Asking to learn about something rather than to get it.
const LEARNING: &[&str] = &[
    "about the",
    "ask about",
    "ask them",
    "find out about",
    "questions about",
    "chat about",
    "curious",
    "describe",
    "explain",
    "hear about",
    "hear how",
    "hear more",
    "learn",
    "more about",
    "talk about",
    "tell me about",
    "tell me more",
    "understand",
    "walk me through",
    "what it is like",
    "what is it like",
];

/// A request aimed at them, or a hope aimed their way.
const ASKS_OF_THEM: &[&str] = &[
    "any chance",
    "can you",
    "can your",
    "could you",
    "could your",
    "do you think you could",
    "if you could",
    "is it possible",
    "is there any way",
    "keep me",
    "let me know",
    "lmk",
    "please",
    "think of me",
    "will you",
    "would you",
    "would your",
    "would it be possible",
];

/// The user asking leave for themselves: "could I", "can I join...".
const ASKS_FOR_ME: &[&str] = &[
    "can i",
    "could i",
    "may i",
    "might i",
    "would you let me",
    "let me intern",
    "let me join",
    "for me to",
    "would i be able",
    "will i be able",
    "am i able",
];

/// The user wishing or offering: "I'd love...", "I'm available".
const WISH_WORDS: &[&str] = &[
    "appreciate",
    "available",
    "delighted",
    "dream",
    "eager",
    "excited",
    "free",
    "glad",
    "grateful",
    "happily",
    "happy",
    "honored",
    "hope",
    "hoping",
    "interested",
    "jump",
    "keen",
    "like",
    "love",
    "ready",
    "around",
    "thrilled",
    "want",
    "welcome",
    "wondering",
];

/// Getting hired as the user's aim: "with a view to getting hired", "a paid position".
const HIRED_AIMS: &[&str] = &[
    "a job there",
    "a job with you",
    "a position there",
    "a role there",
    "hired there",
    "a paid",
    "an offer",
    "be hired",
    "being hired",
    "get hired",
    "getting hired",
    "job offer",
    "return offer",
    "full time offer",
];

/// An agent noun for a worker: "designer", "analyst", "assistant", "technician".
fn worker_noun(x: &str) -> bool {
    x.len() >= 5
        && [
            "er", "ers", "or", "ors", "ist", "ists", "yst", "ysts", "ant", "ants", "ian", "ians",
            "ee", "ees",
        ]
        .iter()
        .any(|e| x.ends_with(e))
        && !is_in(NOT_WORKERS, x)
}

/// Is there at `i` a word of hiring: a position offered, a hiring verb, a person taken on?
fn employ_at(w: &Words, i: usize) -> bool {
    let x = w.at(i);
    if job_noun_at(w, i) {
        // "the role", "this job", "the same position": the one they hold or the one being
        // described; only an opening is asked for with "the".
        let definite = (i.saturating_sub(3)..i).any(|j| {
            matches!(
                w.at(j),
                "the" | "this" | "that" | "same" | "these" | "those"
            )
        });
        let open = matches!(x, "opening" | "openings" | "vacancy" | "vacancies")
            || w.has_any(&["open", "available", "vacant"]);
        // "recommend me for the clinical role": the one they are asked to put the user up for.
        let target = (i.saturating_sub(4)..i).any(|j| w.at(j) == "for");
        if definite && !open && !target {
            return false;
        }
        // "would you consider going back to a research role": their own next move.
        let moves = (i.saturating_sub(4)..i).any(|j| {
            is_in(
                &[
                    "go",
                    "going",
                    "move",
                    "moving",
                    "switch",
                    "switching",
                    "return",
                    "returning",
                    "leave",
                    "leaving",
                    "back",
                    "change",
                    "changing",
                    "pivot",
                ],
                w.at(j),
            )
        }) && (i.saturating_sub(7)..i).any(|j| w.at(j) == "you")
            && !w.words[..i].iter().any(|x| x == "me" || x == "i");
        if moves {
            return false;
        }
        // "the role you're in", "the job you have now": their own.
        let own = w.at(i + 1) == "you" && is_in(OWN_JOB_VERBS, w.at(i + 2));
        return !own;
    }
    match x {
        "headcount" | "understaffed" | "employment" | "onboard" | "payroll" | "shortlist" => {
            return true
        }
        // "is your firm doing any new-grad hiring?", "keep me in the loop on hiring there"
        "hiring" | "recruiting"
            if (i.saturating_sub(3)..i)
                .any(|j| matches!(w.at(j), "doing" | "any" | "on" | "some" | "more"))
                // "your team is hiring": a subject before "is", not "Is hiring hard?"
                || i >= 2
                    && matches!(w.at(i - 1), "is" | "are" | "be" | "been")
                    && (is_in(PLACES, w.at(i - 2))
                        || matches!(w.at(i - 2), "you" | "they" | "we" | "guys" | "still"))
                && !matches!(w.at(i.wrapping_sub(1)), "own" | "the" | "your")
                && !matches!(
                    w.at(i + 1),
                    "manager" | "managers" | "process" | "committee" | "team" | "panel"
                ) =>
        {
            return true
        }
        // "funding for a paid assistant", "budget for a junior person"
        "funding" | "budget" | "money" | "paid" | "capacity" | "bandwidth" => {
            let for_me = w.at(i + 1) == "for" && w.at(i + 2) == "me";
            return for_me
                || (i + 1..(i + 5).min(w.len())).any(|j| {
                    is_in(TAKEN_ON, w.at(j)) || worker_noun(w.at(j)) || is_in(JOB_NOUNS, w.at(j))
                }) && (x == "paid" || w.at(i + 1) == "for");
        }
        "seat" | "slot" | "slots" => {
            return matches!(
                w.at(i.wrapping_sub(1)),
                "a" | "any" | "one" | "another" | "open"
            ) && w.at(i + 1) != "at"
        }
        "staffed" | "handed" => return w.at(i.wrapping_sub(1)) == "short",
        // "Is your team staffing up?", "are you short on people?"
        "staffing" => return w.at(i + 1) == "up",
        // "fill in for your assistant while she's on leave"
        "fill" | "cover" | "step" => {
            return w.at(i + 1) == "in"
                && w.at(i + 2) == "for"
                && w.at(i + 3) == "your"
                && (worker_noun(w.at(i + 4)) || is_in(TAKEN_ON, w.at(i + 4)))
        }
        "short" => {
            return matches!(w.at(i + 1), "on" | "of")
                && (is_in(TAKEN_ON, w.at(i + 2)) || w.at(i + 2) == "hands")
        }
        "foot" => return w.at(i + 1) == "in" && w.at(i + 2) == "the" && w.at(i + 3) == "door",
        // "slot me in as a paid assistant", "any work I could do as a contractor".
        "as" => {
            let role = (i + 1..(i + 5).min(w.len()))
                .take_while(|&j| !matches!(w.at(j), "to" | "for" | "who" | "and"))
                .any(|j| is_in(TAKEN_ON, w.at(j)) || worker_noun(w.at(j)));
            let mine = w.any_phrase(&[
                "possible to",
                "chance to",
                "way to",
                "let me",
                "could i",
                "can i",
                "may i",
            ]) || (i.saturating_sub(8)..i).any(|j| {
                w.at(j) == "me"
                    || w.at(j) == "i" && matches!(w.at(j + 1), "could" | "can" | "might")
            });
            return matches!(w.at(i + 1), "a" | "an" | "your") && role && mine;
        }
        "offer" => return matches!(w.at(i.wrapping_sub(1)), "an" | "job" | "return"),
        // "someone to hire"
        "hire" if w.at(i.wrapping_sub(1)) == "to" => return true,
        // "assist in your lab for pay"
        "pay" => return w.at(i.wrapping_sub(1)) == "for",
        // "a place on your crew", "a place for me"
        "place" => {
            return matches!(w.at(i.wrapping_sub(1)), "a" | "any" | "no")
                && matches!(w.at(i + 1), "on" | "in" | "at" | "for" | "with")
        }
        // "land something at your firm", "anything for a recent grad on your team"
        // "when applications open", "contract work", "part-time work"
        "applications" | "application" => {
            return matches!(w.at(i + 1), "open" | "opening")
                || w.at(i + 1) == "are" && w.at(i + 2) == "open"
        }
        "work"
            if matches!(
                w.at(i.wrapping_sub(1)),
                "contract" | "freelance" | "paid" | "time" | "temp" | "seasonal" | "summer"
            ) =>
        {
            return true
        }
        "something" | "anything" => {
            let landed = matches!(
                w.at(i.wrapping_sub(1)),
                "land" | "get" | "find" | "secure" | "offer"
            );
            let had = matches!(
                w.at(i.wrapping_sub(1)),
                "have" | "got" | "is" | "be" | "there" | "of" | "about" | "know" | "hear"
            );
            let for_someone = had
                && w.at(i + 1) == "for"
                && (w.at(i + 2) == "me"
                    || matches!(w.at(i + 2), "a" | "an" | "someone")
                        && (i + 3..(i + 6).min(w.len()))
                            .any(|j| is_in(TAKEN_ON, w.at(j)) || worker_noun(w.at(j))));
            // "is there anything on your team that might suit me?"
            // "if anything opens on your team", "should something come up"
            let opens = matches!(
                w.at(i + 1),
                "opens" | "open" | "comes" | "come" | "becomes" | "frees" | "pops" | "turns"
            ) && w.has("your");
            if opens {
                return true;
            }
            let on_their_team = had
                && matches!(w.at(i + 1), "on" | "in" | "at" | "with")
                && w.at(i + 2) == "your"
                && (is_in(PLACES, w.at(i + 3)) || is_in(PLACES, w.at(i + 4)))
                && w.has("me");
            return landed && w.words[i..].iter().any(|x| x == "your")
                || for_someone
                || on_their_team;
        }
        // "any opportunities for me on your team", "research opportunities in your lab"; not
        // "opportunities for growth" or the field's.
        "opportunity" | "opportunities" => {
            let kind = [w.at(i.wrapping_sub(1)), w.at(i + 2)];
            let not_a_post = kind.iter().any(|k| {
                matches!(
                    *k,
                    "career"
                        | "growth"
                        | "advancement"
                        | "leadership"
                        | "learning"
                        | "networking"
                        | "travel"
                        | "promotion"
                        | "grow"
                        | "advance"
                        | "learn"
                )
            });
            return !not_a_post && at_their_place(w);
        }
        _ => {}
    }
    let opens_to = x == "open" && w.at(i + 1) == "to";
    if !(is_in(TAKING_ON, x) || opens_to) {
        return false;
    }
    // Their side does the taking on: "your team needs", "are you looking for", not
    // "organizations that hire".
    let by_them = (i.saturating_sub(5)..i)
        .rev()
        .take_while(|&j| !matches!(w.at(j), "that" | "which" | "who"))
        .any(|j| matches!(w.at(j), "you" | "your" | "anyone" | "anybody" | "somebody"));
    if !by_them {
        return false;
    }
    // "the hiring manager", "the recruiting team": a noun, not a verb with an object.
    if matches!(x, "hiring" | "recruiting")
        && is_in(
            &[
                "manager",
                "managers",
                "team",
                "committee",
                "panel",
                "process",
                "lead",
                "side",
                "season",
                "round",
                "freeze",
                "decisions",
                "practices",
                "criteria",
                "timeline",
            ],
            w.at(i + 1),
        )
    {
        return false;
    }
    // "looking for a designer", "taking on interns", "need an extra pair of hands".
    let mut k = i + 1;
    if matches!(w.at(k), "on" | "for" | "in" | "to" | "up") {
        k += 1;
    }
    for j in k..k + 5 {
        let y = w.at(j);
        if is_in(TAKEN_ON, y) || worker_noun(y) {
            return true;
        }
        if y.is_empty()
            || is_in(
                &[
                    "to", "that", "who", "which", "with", "about", "if", "when", "and", "or",
                    "for", "you", "your", "i", "me", "my", "it", "this", "these",
                ],
                y,
            )
        {
            return false;
        }
    }
    false
}

/// Job asks found from their parts rather than from fixed phrases: a position or hiring
/// spoken of, asked for on the user's behalf, on their side, and none of the signs of a
/// question about the person's own past, the field in general, feedback or learning.
fn job_ask_signs(w: &Words, asks_yes_no: bool, asks_wh: bool) -> Option<String> {
    if person_past(w)
        || w.any_phrase(&[
            "not asking",
            "not looking for",
            "not job hunting",
            "not applying",
            "not here for",
        ])
    {
        return None;
    }
    let employ_at_any = (0..w.len()).find(|&i| employ_at(w, i));
    let employ = employ_at_any.is_some();
    let me = w.has_any(&["me", "my", "myself", "i"]);
    let me_object = w.has_any(&["me", "myself"]) || w.any_phrase(&["i am", "i would", "i could"]);
    let ask = w.any_phrase(ASKS_OF_THEM);
    let ask_mine = w.any_phrase(ASKS_FOR_ME);
    let wish = (0..w.len()).any(|i| {
        w.at(i) == "i" && (i + 1..(i + 4).min(w.len())).any(|j| is_in(WISH_WORDS, w.at(j)))
    }) || w.has("happily")
        // "if you need a hand after that, I'm around": an offer on a condition of theirs.
        || me
            && w.any_phrase(&[
                "if you",
                "if your",
                "should you",
                "whenever you",
                "if there is",
                "if anything",
                "if something",
            ]);
    let theirs = (0..w.len()).any(|i| match w.at(i) {
        "you" | "yourself" | "internally" => true,
        "your" => !matches!(
            w.at(i + 1),
            "own" | "field" | "industry" | "sector" | "profession" | "career" | "line"
        ),
        _ => false,
    });
    // "a role like yours at your company": their place named, so not the field in general.
    let named_place = at_their_place(w);
    let general = GENERAL.iter().any(|g| {
        w.find_all(g).iter().any(|&at| {
            let n = g.split(' ').count();
            // "people like me" is the user, not people in general.
            !(named_place && g.starts_with("like") || w.at(at + n) == "me")
        })
    });
    let learning = w.any_phrase(LEARNING);
    let feedback = w.has_any(&[
        "feedback",
        "reads",
        "critique",
        "comments",
        "review",
        "proofread",
        "edits",
        "improve",
        "weak",
        "tips",
        "thoughts",
        "read",
        "check",
        "edit",
        "advice",
        "strengthen",
        "stronger",
    ]) || w.any_phrase(&[
        "look over",
        "look at",
        "take a look",
        "go over",
        "glance at",
    ]);
    let lead = leading_word(w);
    let wh_led = is_in(WH, lead);
    let question = !wh_led && asks_yes_no;

    // 1. The user's papers, passed to whoever hires: "flag my name to whoever handles
    // recruiting", "slip my application to the right person internally".
    let papers = (0..w.len()).any(|i| {
        // "my resume", or "it" / "mine" right after a verb that passes it on ("send it").
        let passed = is_in(
            &[
                "send", "forward", "pass", "give", "hand", "share", "flag", "get", "put", "slip",
                "float", "submit",
            ],
            w.at(i.wrapping_sub(1)),
        );
        matches!(w.at(i), "my" | "it" | "mine")
            && (is_in(MY_PAPERS, w.at(i + 1)) || w.at(i) != "my" && passed)
    }) && w.has_any(MY_PAPERS);
    let whoever = (0..w.len()).any(|i| {
        (w.at(i) == "whoever"
            || matches!(w.at(i), "person" | "people" | "one" | "someone") && w.at(i + 1) == "who")
            && (i + 1..(i + 4).min(w.len())).any(|j| is_in(GATE_VERBS, w.at(j)))
    });
    let hiring_side = (0..w.len()).any(|i| {
        w.at(i) == "hiring"
            && (is_in(
                &[
                    "manager",
                    "managers",
                    "team",
                    "committee",
                    "panel",
                    "lead",
                    "round",
                    "side",
                    "person",
                    "people",
                ],
                w.at(i + 1),
            ) || matches!(w.at(i.wrapping_sub(1)), "the" | "does" | "handles" | "do"))
    });
    let gate = w.any_phrase(GATEKEEPERS) || whoever || hiring_side;
    let onward = (0..w.len()).any(|i| {
        w.at(i) == "up" && w.at(i + 2) == "chain"
            || matches!(
                w.at(i),
                "to" | "with"
                    | "along"
                    | "onto"
                    | "over"
                    | "internally"
                    | "front"
                    | "around"
                    | "toward"
                    | "towards"
                    | "into"
                    | "for"
            ) && (i + 1..(i + 6).min(w.len())).any(|j| {
                w.at(j) == "your" && w.at(j + 1) != "own"
                    || is_in(PLACES, w.at(j))
                    || w.at(j) == "right" && w.at(j - 1) == "the"
            })
            || w.at(i) == "internally"
    });
    // Something done with the user's application itself ("fast-track my application") or
    // the papers kept for later ("keep my details handy").
    let acted_on = w.any_phrase(&["my application", "my candidacy"])
        || (0..w.len()).any(|i| {
            matches!(w.at(i), "keep" | "hold" | "save" | "file")
                && w.at(i + 1) == "my"
                && is_in(MY_PAPERS, w.at(i + 2))
        });
    if papers
        && !feedback
        && (gate || employ || onward || acted_on && ask)
        && (ask || ask_mine || wish || lead == "please")
    {
        return Some("my application".into());
    }
    // 2. Whoever hires, with the user in the request: "tell the hiring manager I'm a good fit".
    // "me" as the one told ("tell me who does the hiring") is not the one put forward.
    let me_told = w.any_phrase(&[
        "tell me",
        "show me",
        "teach me",
        "explain to me",
        "remind me",
    ]);
    let me_forward = me_object && !(me_told && !w.has_phrase("i am") && !w.has("myself"));
    if gate && me_forward && (ask || wish) && (employ || !learning) && !general {
        return Some("to whoever hires".into());
    }
    // "flag me to your manager as someone to hire", "put me up for the opening"; not "send me
    // a link to the postings", where the user only receives.
    let me_put = w.find_all("me").iter().any(|&at| {
        at == 0
            || !is_in(
                &[
                    "send", "give", "email", "forward", "text", "show", "tell", "teach", "remind",
                    "help", "message",
                ],
                w.at(at - 1),
            )
    });
    if ask && me_put && employ && theirs && !learning && !general && !feedback {
        return Some("put me forward".into());
    }
    // 3. Getting hired as the user's own aim: "shadow you with a view to getting hired".
    let aim = w.any_phrase(HIRED_AIMS);
    if aim && me && (ask || ask_mine || wish) && theirs && !general {
        return Some("getting hired".into());
    }
    // 4. A position on their side, asked about or hoped for: on their team or in their hands
    // ("your lab", "with you", "you need"), or hiring done by them ("is your team taking on").
    let their_side = their_place(w)
        || employ_at_any.is_some_and(|i| {
            !is_in(JOB_NOUNS, w.at(i)) || (i + 1..(i + 5).min(w.len())).any(|j| w.at(j) == "your")
        });
    // "Do you recommend that students apply for jobs there?": someone else's application.
    let others_apply = (0..w.len()).any(|i| {
        is_in(
            &[
                "students",
                "people",
                "someone",
                "grads",
                "graduates",
                "anyone",
                "candidates",
                "applicants",
                "they",
                "others",
            ],
            w.at(i),
        ) && (i + 1..(i + 3).min(w.len())).any(|j| {
            is_in(
                &[
                    "apply", "applying", "get", "getting", "land", "join", "work",
                ],
                w.at(j),
            )
        })
    }) && !w.has_any(&["me", "my", "i"]);
    if employ && theirs && their_side && !general && !learning && !feedback && !others_apply {
        // "hire people without a degree": who they take, not whether they would take me
        // ("mentees who could become employees" still asks for a place).
        let criteria = !wish
            && employ_at_any.is_some_and(|i| {
                (i + 1..(i + 4).min(w.len())).any(|j| {
                    matches!(w.at(j), "with" | "without" | "who" | "that" | "from")
                        && (is_in(TAKEN_ON, w.at(j - 1)) || worker_noun(w.at(j - 1)))
                        && !w.words[j..].iter().any(|x| x == "my" || x == "me")
                        && !(j + 1..w.len()).any(|k| {
                            is_in(JOB_NOUNS, w.at(k))
                                || matches!(w.at(k), "employees" | "employee" | "hired" | "staff")
                        })
                })
            });
        if wh_led || asks_wh {
            // "What would I need to do to get hired onto your team?"
            let mine = w.any_phrase(&[
                "i could",
                "i can",
                "i would",
                "i need",
                "i should",
                "i have to",
                "for me",
                "i do",
                "i get",
                "would i",
                "could i",
                "can i",
                "should i",
                "do i",
            ]);
            let getting = w.has_any(&[
                "get", "getting", "land", "landing", "secure", "join", "joining", "hired", "apply",
                "applying",
            ]);
            let later = w.has_any(&["someday", "eventually", "one"]);
            if mine && getting && their_place(w) && !later {
                return Some("a position on your team".into());
            }
        } else if !criteria && (ask || ask_mine || wish || question) {
            return Some("a position on your team".into());
        }
    }
    // "Can I count on you for a referral?", "Could you be my inside reference?"
    let referral = w.any_phrase(&[
        "a referral",
        "a reference",
        "your referral",
        "a recommendation",
    ]) || [
        "be my reference",
        "be my referral",
        "be my sponsor",
        "be my advocate",
    ]
    .iter()
    .any(|p| w.has_loose(p, 1));
    let contacts = w.has_any(&[
        "talk",
        "chat",
        "speak",
        "learn",
        "colleague",
        "colleagues",
        "someone",
        "anyone",
        "people",
        "contact",
        "contacts",
        "else",
    ]);
    if referral && me && (ask || ask_mine) && !general && !contacts {
        return Some("a referral".into());
    }
    // 5. "If I applied to your company, would you back me?", "Can I apply directly to you?"
    let applying = w.any_phrase(&[
        "if i apply",
        "if i applied",
        "when i apply",
        "once i apply",
        "if i applying",
    ]);
    if applying && ask && (w.has("me") || w.has("word")) {
        return Some("back my application".into());
    }
    // "Would you mind if I applied to your team?", "I'm keen to join your newsroom".
    let to_their_place = |verbs: &[&str]| {
        (0..w.len()).any(|i| {
            is_in(verbs, w.at(i))
                && (i + 1..(i + 6).min(w.len())).any(|j| {
                    w.at(j) == "your" && (is_in(PLACES, w.at(j + 1)) || is_in(PLACES, w.at(j + 2)))
                })
        })
    };
    if to_their_place(&["apply", "applied", "applying"]) && (ask || wish) && !general && !wh_led {
        return Some("apply to your team".into());
    }
    let joining_them = (0..w.len()).any(|i| {
        matches!(w.at(i), "join" | "joining")
            && w.at(i + 1) == "your"
            && is_in(PLACES, w.at(i + 2))
            && !is_in(
                &[
                    "meeting",
                    "meetings",
                    "call",
                    "calls",
                    "session",
                    "sessions",
                    "seminar",
                    "event",
                    "events",
                    "webinar",
                    "tour",
                    "lunch",
                    "dinner",
                    "retreat",
                    "standup",
                    "huddle",
                    "newsletter",
                    "mailing",
                    "list",
                    "channel",
                ],
                w.at(i + 3),
            )
    });
    // "Could you help me break into your company?", "Could I start at your firm in June?"
    let getting_in = to_their_place(&[
        "break",
        "breaking",
        "start",
        "starting",
        "intern",
        "interning",
        "work",
        "working",
    ]);
    if getting_in && (ask && w.has("me") || ask_mine) && !general && !learning && !feedback {
        return Some("get into your company".into());
    }
    if joining_them && (wish || (ask || ask_mine) && w.has("me")) && !general && !learning {
        return Some("join your team".into());
    }
    if ask_mine
        && (0..w.len()).any(|i| {
            w.at(i) == "apply"
                && (i + 1..(i + 4).min(w.len())).any(|j| {
                    matches!(w.at(j), "you" | "your")
                        && matches!(w.at(j - 1), "to" | "with" | "through" | "at")
                })
        })
    {
        return Some("apply through you".into());
    }
    // "Can you add me to your team?", "slot me onto your project".
    let placed = w.find_all("me").iter().any(|&at| {
        at > 0
            && is_in(
                &[
                    "add", "put", "get", "bring", "take", "slot", "fit", "squeeze", "sign",
                    "place", "stick", "move", "hire", "onboard", "adding", "putting", "bringing",
                    "getting", "taking", "having", "have",
                ],
                w.at(at - 1),
            )
            && (at + 1..(at + 3).min(w.len())).any(|j| {
                matches!(w.at(j), "to" | "on" | "onto" | "into" | "in" | "at")
                    && w.at(j + 1) == "your"
                    && (is_in(PLACES, w.at(j + 2)) || is_in(PLACES, w.at(j + 3)))
            })
    });
    // "talk me up to your manager", "mention me to your director".
    let vouched = w.find_all("me").iter().any(|&at| {
        at > 0
            && !is_in(
                &[
                    "introduce",
                    "connect",
                    "link",
                    "tell",
                    "show",
                    "let",
                    "send",
                    "point",
                ],
                w.at(at - 1),
            )
            && (at + 1..(at + 3).min(w.len())).any(|j| {
                matches!(w.at(j), "to" | "with")
                    && w.at(j + 1) == "your"
                    && is_in(
                        &[
                            "manager",
                            "boss",
                            "director",
                            "supervisor",
                            "pi",
                            "lead",
                            "head",
                            "chair",
                            "partners",
                            "hr",
                            "recruiter",
                            "principal",
                            "dean",
                            "leadership",
                            "management",
                            "bosses",
                            "managers",
                            "directors",
                            "executives",
                            "superiors",
                            "higher",
                        ],
                        w.at(j + 2),
                    )
            })
    });
    // "have me back to your lab for a visit" is a visit, not a place on the team.
    let visit = w.has_any(&[
        "visit", "tour", "talk", "chat", "coffee", "lunch", "meeting", "seminar", "call", "event",
        "back",
    ]);
    if (placed && !visit || vouched) && (ask || wish) && !learning {
        return Some("add me to your team".into());
    }
    // "Could I be your intern?", "I'm ready to start if you'll have me", "throw my hat in".
    let be_yours = w.find_all("be your").iter().any(|&at| {
        // "be your intern", "be your next hire"
        let skip = usize::from(matches!(w.at(at + 2), "next" | "new" | "summer" | "first"));
        let x = w.at(at + 2 + skip);
        (is_in(TAKEN_ON, x) || worker_noun(x) || is_in(JOB_NOUNS, x) || x == "hire")
            && !matches!(x, "help" | "mentee" | "mentees")
    });
    if be_yours && (ask_mine || wish || w.has_phrase("i could") || w.has_phrase("i can")) {
        return Some("be your intern".into());
    }
    // "If so, I'd love your support": backing asked for, with hiring in the line.
    let backing = w.any_phrase(&[
        "your support",
        "your backing",
        "your endorsement",
        "your vote",
        "your blessing",
    ]) && w.has_any(&[
        "hire",
        "hires",
        "hiring",
        "hired",
        "apply",
        "application",
        "position",
    ]);
    if backing && (wish || ask) && !general {
        return Some("your support".into());
    }
    let fit = w.find_all("fit for your").iter().any(|&at| {
        (is_in(PLACES, w.at(at + 3)) || is_in(PLACES, w.at(at + 4)))
            && (at.saturating_sub(6)..at).any(|j| w.at(j) == "i")
    });
    if fit && !general {
        return Some("a fit for your team".into());
    }
    if w.any_phrase(&[
        "use me",
        "could use someone like me",
        "need someone like me",
        "step into their",
        "fill their shoes",
        "take their place",
        "take over their",
        "you will have me",
        "you would have me",
        "my hat in",
        "my hat into",
        "your candidate",
    ]) {
        return Some("take me on".into());
    }
    // 6. "Could I come on board as an intern?"
    if me && w.any_phrase(&["on board", "aboard", "bring me in", "bringing me in"]) && !general {
        return Some("on board".into());
    }
    None
}

/// Does the line ask this person for a job, an opening, or to be put forward for one?
pub fn is_job_ask(line: &str) -> bool {
    job_ask_cue(line).is_some()
}

// ---------------------------------------------------------------------------------------------
// Follow-up cues
// ---------------------------------------------------------------------------------------------

/// Cues that the user wants more on what was just said.
pub fn is_follow_up_cue(line: &str) -> bool {
    let w = Words::new(line);
    if w.is_empty() {
        return false;
    }
    let cues = [
        "tell me more",
        "say more",
        "more about that",
        "more on that",
        "more about it",
        "more about this",
        "more detail",
        "more details",
        "elaborate",
        "expand on",
        "go on",
        "keep going",
        "why was that",
        "why is that",
        "why so",
        "how so",
        "how come",
        "what do you mean",
        "what did you mean",
        "what was that like",
        "what is that like",
        "what happened next",
        "what happened then",
        "and then",
        "in what way",
        "like what",
        "such as",
        "for example",
        "for instance",
        "an example",
        "can you explain that",
        "explain that",
        "unpack that",
        "how did that",
        "why did that",
        "what made you",
        "that sounds",
        "interesting why",
        "really why",
        "how does that",
        "how did it",
        "why did you",
    ];
    if w.any_phrase(&cues) {
        return true;
    }
    // Bare "why?", "how?", "really?", "and?"
    w.len() <= 2 && matches!(w.first(), Some("why" | "how" | "really" | "and" | "so"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn job_asks() {
        for q in [
            "Do you have any job openings?",
            "Could you put in a word for me with HR?",
            "Are you hiring?",
            "any openings on ur team?",
            "Could you pass my resume to the hiring manager?",
            "Please keep me in mind if something opens up",
        ] {
            assert!(is_job_ask(q), "{q}");
        }
        for q in [
            "How did you find this job?",
            "Would you mind giving me feedback on my CV?",
            "Can you recommend anyone else for me to talk to?",
            "What did your interviews for this job look like?",
            "What jobs could someone like me aim for in this field?",
        ] {
            assert!(!is_job_ask(q), "{q}");
        }
    }

    #[test]
    fn closed_questions() {
        assert!(is_closed_question("Do you enjoy it?"));
        assert!(is_closed_question("Is the field growing?"));
        assert!(is_closed_question(
            "Are there journals or podcasts you follow?"
        ));
        assert!(!is_closed_question("Could you tell me about your day?"));
        assert!(!is_closed_question(
            "Can you recommend anyone else for me to talk to?"
        ));
        assert!(!is_closed_question(
            "May I keep in touch with you as I move forward?"
        ));
        assert!(!is_closed_question("What do you enjoy most?"));
        assert!(!is_closed_question(
            "Would you mind giving me feedback on my CV?"
        ));
    }

    #[test]
    fn double_questions() {
        assert!(is_double_question(
            "Where did you go to school, and what did you study?"
        ));
        assert!(is_double_question("What do you do? How did you get there?"));
        assert!(!is_double_question(
            "What skills and experience do you need?"
        ));
        assert!(!is_double_question(
            "How did you find and apply for this job?"
        ));
    }

    #[test]
    fn follow_up_cues() {
        assert!(is_follow_up_cue("Tell me more"));
        assert!(is_follow_up_cue("why?"));
        assert!(is_follow_up_cue("How so?"));
        assert!(!is_follow_up_cue("What is your typical day like?"));
    }

    #[test]
    fn sentences_split_at_marks_and_clauses() {
        let s = sentences("Hi Dr. Okafor, thanks. Where did you study, and what?");
        assert_eq!(s.len(), 2);
        assert_eq!(s[0].clause_starts, vec![0, 3]);
        assert_eq!(s[1].end, '?');
        assert_eq!(s[1].raw_text(0, 4), "Where did you study,");
    }
}
