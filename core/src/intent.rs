//! Rules that read the shape of a line rather than its topic: job asks, follow-up cues,
//! closed (yes/no) questions, double questions. Pure functions over normalized words.

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

    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }

    pub fn len(&self) -> usize {
        self.words.len()
    }

    pub fn first(&self) -> Option<&str> {
        self.words.first().map(String::as_str)
    }

    pub fn has(&self, word: &str) -> bool {
        self.words.iter().any(|w| w == word)
    }

    /// True when `phrase` (space-separated words) occurs as consecutive words.
    pub fn has_phrase(&self, phrase: &str) -> bool {
        let p: Vec<&str> = phrase.split(' ').collect();
        self.words
            .windows(p.len())
            .any(|w| w.iter().zip(&p).all(|(a, b)| a == b))
    }

    pub fn any_phrase(&self, phrases: &[&str]) -> bool {
        phrases.iter().any(|p| self.has_phrase(p))
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

const JOB_NOUNS: &[&str] = &[
    "job",
    "jobs",
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
    "employment",
    "spot",
    "spots",
    "opportunity",
    "opportunities",
    "post",
    "placement",
];

/// Does the line ask this person for a job, an opening, or to be put forward for one?
pub fn is_job_ask(line: &str) -> bool {
    let w = Words::new(line);
    // Asking how *they* got their job is past.job_search, not a job ask.
    let about_their_past = w.any_phrase(&[
        "did you",
        "were you",
        "you found",
        "you got",
        "you landed",
        "you applied",
        "you were hired",
        "your interview",
        "your job search",
        "when you",
    ]);
    let direct = [
        "hire me",
        "hiring me",
        "employ me",
        "take me on",
        "bring me on",
        "are you hiring",
        "is your team hiring",
        "is your company hiring",
        "is your lab hiring",
        "is your group hiring",
        "is your organization hiring",
        "is your department hiring",
        "are they hiring",
        "you guys hiring",
        "y all hiring",
        "anyone hiring",
        "hiring right now",
        "hiring at the moment",
        "currently hiring",
        "hiring now",
        "put in a word",
        "put in a good word",
        "put a word in",
        "put a good word",
        "good word for me",
        "put me forward",
        "put my name forward",
        "put my name in",
        "refer me",
        "referral for",
        "vouch for me",
        "recommend me",
        "keep me in mind",
        "keep me posted",
        "keep me in the loop",
        "keep my resume",
        "pass my resume",
        "pass along my resume",
        "pass on my resume",
        "forward my resume",
        "send my resume",
        "share my resume",
        "give my resume",
        "get my resume",
        "pass my name",
        "pass along my name",
        "forward my name",
        "my application to",
        "get me an interview",
        "get me a job",
        "get me in",
        "get my foot in the door",
        "work for you",
        "work under you",
        "work with you guys",
        "join your team",
        "join your lab",
        "join your group",
        "join you",
        "a job with you",
        "job for me",
        "position for me",
        "role for me",
        "spot for me",
        "room for me",
        "a place for me",
        "intern with you",
        "intern for you",
        "intern at your",
        "shadow you for a job",
        "a job at your",
        "job at your",
        "position at your",
        "role at your",
        "internship at your",
        "internship with you",
        "internship on your",
        "apply to your team",
        "consider me",
        "considered for",
        "hiring manager",
        "hr for me",
        "with hr",
        "to hr",
        "the recruiter for me",
    ];
    // "How did you get hired? Could you refer me?" still counts: when the person's own past is
    // mentioned, require the request to be for the user.
    if w.any_phrase(&direct) && (!about_their_past || w.has("me") || w.has("my")) {
        return true;
    }
    let job_noun = JOB_NOUNS.iter().any(|n| w.has(n)) || w.has("hiring");
    if !job_noun || about_their_past {
        return false;
    }
    // "Do you have any openings", "are there positions on your team", "any jobs going?"
    let asks_availability = w.any_phrase(&[
        "do you have",
        "do you guys have",
        "does your",
        "is there",
        "are there",
        "any open",
        "any job",
        "any position",
        "any role",
        "any internship",
        "any vacanc",
        "anything open",
        "anything available",
        "available",
        "opening up",
        "opens up",
        "comes up",
        "come up",
        "going at",
    ]) || w.has_loose("any openings", 3)
        || w.has_loose("any jobs", 3)
        || w.has_loose("any positions", 3)
        || w.has_loose("any roles", 3)
        || w.has_loose("any internships", 3);
    let their_place = w.any_phrase(&[
        "your team",
        "your company",
        "your lab",
        "your group",
        "your organization",
        "your department",
        "your hospital",
        "your agency",
        "your office",
        "your unit",
        "your firm",
        "your clinic",
        "your nonprofit",
        "your place",
        "your side",
        "you have",
        "with you",
        "where you work",
        "at your",
        "on your",
        "over there",
        "there",
        "u guys",
        "you guys",
    ]);
    let for_me = w.has("me") || w.has("my") || w.has("i");
    (asks_availability && (their_place || for_me)) || (their_place && for_me && w.has("hiring"))
}

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

const AUXILIARIES: &[&str] = &[
    "do", "does", "did", "is", "are", "was", "were", "have", "has", "had", "will", "would", "can",
    "could", "should", "shall", "may", "might", "am", "any", "anything", "anyone",
];

/// Leading words to skip before the question proper ("so", "and", "also", "ok"...).
const FILLERS: &[&str] = &[
    "so", "and", "also", "ok", "okay", "um", "uh", "well", "oh", "alright", "right", "great",
    "cool", "thanks", "hmm", "actually", "but", "then", "now", "just", "quick", "question", "one",
    "more", "last", "lastly", "finally",
];

/// Is this a yes/no question? Polite open requests ("Could you tell me about...", "Can you
/// recommend anyone...", "Would you mind...") and permission requests ("May I...") are not.
pub fn is_closed_question(line: &str) -> bool {
    let sentences = question_sentences(line);
    !sentences.is_empty() && sentences.iter().all(|s| sentence_is_closed(s))
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
    let first = skip_fillers(&w);
    first.is_some_and(|f| {
        AUXILIARIES.contains(&f) || matches!(f, "what" | "how" | "why" | "where" | "when" | "who")
    })
}

fn skip_fillers(w: &Words) -> Option<&str> {
    w.words
        .iter()
        .map(String::as_str)
        .find(|x| !FILLERS.contains(x))
}

fn sentence_is_closed(s: &str) -> bool {
    let w = Words::new(s);
    let words: Vec<&str> = w
        .words
        .iter()
        .map(String::as_str)
        .skip_while(|x| FILLERS.contains(x))
        .collect();
    let Some(&first) = words.first() else {
        return false;
    };
    let second = words.get(1).copied().unwrap_or("");
    let third = words.get(2).copied().unwrap_or("");
    if !AUXILIARIES.contains(&first) {
        return false;
    }
    // Permission: "May I keep in touch", "Can I ask", "Could I email you".
    if matches!(first, "may" | "can" | "could" | "might") && second == "i" {
        return false;
    }
    // Requests: "Could you tell me", "Would you mind", "Can you recommend" are open; asking
    // for a verdict ("Would you say...", "Would you recommend this career?") is not.
    if matches!(first, "could" | "can" | "would" | "will") && second == "you" {
        let verdict = matches!(
            third,
            "say" | "ever" | "still" | "be" | "consider" | "like" | "choose" | "rather" | "agree"
        );
        let recommend_it =
            third == "recommend" && matches!(words.get(3).copied(), Some("this" | "it" | "the"));
        return verdict || recommend_it;
    }
    // "Do you mind telling me", "would it be possible to".
    if w.any_phrase(&[
        "do you mind",
        "would it be possible",
        "would it be ok",
        "is it ok if",
    ]) {
        return false;
    }
    // Alternatives ("Do you prefer X or Y?") are not yes/no: still treated as closed, since
    // they invite a one-word choice.
    true
}

/// Does the line hold two separate questions?
pub fn is_double_question(line: &str) -> bool {
    let marks = line.matches('?').count();
    if marks >= 2 {
        // Two question marks, each ending a real question (not "right?" tags).
        let parts: Vec<&str> = line
            .split('?')
            .map(str::trim)
            .filter(|p| Words::new(p).len() >= 3)
            .collect();
        if parts.len() >= 2 {
            return true;
        }
    }
    let w = Words::new(line);
    // "Where did you study, and what did you major in?": a conjunction opening a new
    // wh- or auxiliary clause addressed to the person.
    let joins = ["and", "also", "plus", "or"];
    let openers = ["what", "how", "why", "where", "when", "which", "who"];
    let words: Vec<&str> = w.words.iter().map(String::as_str).collect();
    words.windows(3).enumerate().any(|(i, win)| {
        i >= 2
            && joins.contains(&win[0])
            && (openers.contains(&win[1])
                || (AUXILIARIES.contains(&win[1]) && win[2] == "you")
                || (win[1] == "if" && win[2] == "so"))
            && words[..i].iter().any(|x| *x == "you" || *x == "your")
            && !(openers.contains(&win[1]) && win[2] == "not")
    })
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
}
