//! The outreach email: checks that follow the guides' structure, and a first draft
//! (`draft`).

mod draft;

pub use draft::draft_outreach;

use super::people::Person;
use super::words::{has_any, mentions_name, normalized, word_count};
use super::EmailDraft;
use crate::flags::{self, Flag};
use crate::lexicon::{has, prepare as lexicon};
use crate::understand::{text, Matcher};
use serde::Serialize;

/// The guides want a short email: their samples run from about 60 to 150 words.
pub const OUTREACH_MIN_WORDS: usize = 50;
pub const OUTREACH_MAX_WORDS: usize = 200;

/// What each check looks for, in the order they are shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum OutreachRule {
    Length,
    WhoYouAre,
    HowYouFoundThem,
    ExploringNotJobHunting,
    SmallRequest,
    NoJobAsk,
    NoGenericQuestion,
}

impl OutreachRule {
    pub fn label(self) -> &'static str {
        match self {
            OutreachRule::Length => "Short",
            OutreachRule::WhoYouAre => "Says who you are",
            OutreachRule::HowYouFoundThem => "Says how you found them",
            OutreachRule::ExploringNotJobHunting => "Exploring, not job hunting",
            OutreachRule::SmallRequest => "A small, specific request",
            OutreachRule::NoJobAsk => "No job ask",
            OutreachRule::NoGenericQuestion => "No question a search answers",
        }
    }
}

/// One check on the draft: passed or not, and a plain hint either way.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct OutreachCheck {
    pub rule: OutreachRule,
    pub passed: bool,
    pub hint: String,
}

/// Checks an outreach draft to `person`. `referrer` is the name of whoever suggested them
/// (`People::referrer_name`). Job asks and generic questions are found by the same
/// understanding as in a practice, one sentence at a time.
pub fn check_outreach(
    draft: &EmailDraft,
    person: &Person,
    referrer: Option<&str>,
) -> Vec<OutreachCheck> {
    let body = draft.body.as_str();
    let words = normalized(body);
    let knows_me = draft::knows_me(person);
    let check = |rule, passed: bool, hint: String| OutreachCheck { rule, passed, hint };
    let mut out = Vec::with_capacity(7);

    let n = word_count(body);
    out.push(check(
        OutreachRule::Length,
        (OUTREACH_MIN_WORDS..=OUTREACH_MAX_WORDS).contains(&n),
        if n < OUTREACH_MIN_WORDS {
            format!("{n} words: add a line on who you are or why them ({OUTREACH_MIN_WORDS}-{OUTREACH_MAX_WORDS} words reads well).")
        } else if n > OUTREACH_MAX_WORDS {
            format!("{n} words: a busy person reads a short note; cut to at most {OUTREACH_MAX_WORDS}.")
        } else {
            format!("{n} words: short enough to read in a minute.")
        },
    ));

    // The draft signs "[Your name]" until About me has a name: not sent like that.
    let unsigned = body.contains("[Your name]");
    let who = (knows_me || has_any(&words, lexicon::who_i_am())) && !unsigned;
    out.push(check(
        OutreachRule::WhoYouAre,
        who,
        if unsigned {
            "Sign with your name in place of \"[Your name]\" (your name in About me, above the draft, fills it in).".into()
        } else if who {
            "They will know who is writing.".into()
        } else {
            "Say who you are in one sentence: what you study or do, and where.".into()
        },
    ));

    out.push(how_found(draft, &words, knows_me, referrer));

    // "Is Mercy hiring?" in a note to someone at Mercy asks them for a job.
    let matcher = Matcher::new(&[]).working_at(&person.details.organization);
    let understood: Vec<_> = text::sentences(body)
        .into_iter()
        .map(|s| (s, matcher.understand(s)))
        .collect();
    let job = understood
        .iter()
        .find(|(_, u)| u.flags.contains(&Flag::JobAsk));

    let exploring = has_any(&words, lexicon::exploring());
    let disclaims = text::sentences(body)
        .into_iter()
        .any(|s| disclaims_job(&normalized(s)));
    // A note that says it is not job hunting and then asks for a job is not exploring.
    out.push(check(
        OutreachRule::ExploringNotJobHunting,
        exploring && disclaims && job.is_none(),
        match (exploring, disclaims) {
            (true, true) if job.is_some() => {
                "It says you are not job hunting, then asks for a job: take the ask out.".into()
            }
            (true, true) => "Clear that you are here to learn, not to ask for a job.".into(),
            (false, _) => {
                "Say what you are exploring, and that you want to learn from their experience."
                    .into()
            }
            (true, false) => {
                "Add that you are not looking for a job: people speak more freely then.".into()
            }
        },
    ));

    out.push(small_request(body));

    out.push(check(
        OutreachRule::NoJobAsk,
        job.is_none(),
        match job {
            None => "Nothing here asks them for a job.".into(),
            Some((s, u)) => {
                let words: Vec<String> = u.job_words.iter().map(|w| format!("\"{w}\"")).collect();
                format!(
                    "\"{}\" reads as asking for a job{}. Ask only for their time and their story.",
                    short(s),
                    if words.is_empty() {
                        String::new()
                    } else {
                        format!(" (words like {})", words.join(", "))
                    }
                )
            }
        },
    ));

    let generic = understood
        .iter()
        .find(|(s, u)| s.ends_with('?') && u.flags.contains(&Flag::GenericQuestion));
    out.push(check(
        OutreachRule::NoGenericQuestion,
        generic.is_none(),
        match generic {
            None => "No question that a quick search would answer.".into(),
            Some((s, u)) => {
                let rewrite = flags::explain(s, u.topic, &[Flag::GenericQuestion], &[])
                    .pop()
                    .map_or_else(String::new, |n| n.rewrite);
                format!("A search answers \"{}\"; ask about their own experience instead, such as \"{rewrite}\"", short(s))
            }
        },
    ));
    out
}

/// "I'm not looking for a job": a negation and a job word in one sentence.
fn disclaims_job(words: &[String]) -> bool {
    words.iter().any(|w| w == "not" || w == "no")
        && words.iter().any(|w| has(lexicon::job_words(), w))
}

fn how_found(
    draft: &EmailDraft,
    words: &[String],
    knows_me: bool,
    referrer: Option<&str>,
) -> OutreachCheck {
    let (passed, hint) = match referrer {
        Some(name) => match (
            mentions_name(&draft.body, name),
            mentions_name(&draft.subject, name),
        ) {
            (true, true) => (true, format!("{name} is named, in the subject line too.")),
            (true, false) => (
                false,
                format!("Put {name} in the subject line: a name they know gets the email opened."),
            ),
            (false, _) => (
                false,
                format!(
                    "Say that {name} suggested you write, in the subject line and the first lines."
                ),
            ),
        },
        None if knows_me => (
            true,
            "They know you, so no need to explain how you found them.".into(),
        ),
        None if has_any(words, lexicon::how_found()) => (true, "Says where you found them.".into()),
        None => (
            false,
            "Say how you found them: a talk, an article, an alumni list, a friend.".into(),
        ),
    };
    OutreachCheck {
        rule: OutreachRule::HowYouFoundThem,
        passed,
        hint,
    }
}

/// 15-30 minutes, by phone or video (or in person), at their convenience.
fn small_request(body: &str) -> OutreachCheck {
    let body = crate::understand::text::lower(body);
    let tokens: Vec<String> = body
        .split(|c: char| !c.is_alphanumeric())
        .filter(|t| !t.is_empty())
        .map(str::to_string)
        .collect();
    let minutes_asked: Vec<u32> = tokens
        .windows(2)
        .filter(|w| w[1].starts_with("min"))
        .filter_map(|w| number(&w[0]))
        .collect();
    // Phrases are found anywhere in the email, even inside a word.
    let any = |class: &[String]| class.iter().any(|p| body.contains(p.as_str()));
    let hour = any(lexicon::long_times()) && !any(lexicon::not_long_times());
    let too_long = hour || minutes_asked.iter().any(|&m| m > 30);
    let time = !too_long
        && (minutes_asked.iter().any(|m| (10..=30).contains(m)) || any(lexicon::short_times()));
    let mode = tokens.iter().any(|t| has(lexicon::channels(), t));
    let easy = any(lexicon::flexible_times());
    let mut missing = Vec::new();
    if too_long {
        missing.push("ask for no more than 30 minutes");
    } else if !time {
        missing.push("say how long (15-30 minutes)");
    }
    if !mode {
        missing.push("say how (phone or video)");
    }
    if !easy {
        missing.push("leave the time to them (\"whenever suits you\")");
    }
    OutreachCheck {
        rule: OutreachRule::SmallRequest,
        passed: missing.is_empty(),
        hint: if missing.is_empty() {
            "A short, specific request that is easy to say yes to.".into()
        } else {
            let mut h = missing.join("; ");
            h[..1].make_ascii_uppercase();
            h + "."
        },
    }
}

/// `20` or `twenty` (the `minute_words` of prepare.txt) as a number.
fn number(token: &str) -> Option<u32> {
    token.parse().ok().or_else(|| {
        lexicon::minute_words().iter().find_map(|p| {
            let (word, n) = p.split_once(' ')?;
            (word == token).then(|| n.parse().ok())?
        })
    })
}

/// At most twelve words of a sentence, for quoting.
fn short(s: &str) -> String {
    let words: Vec<&str> = s.split_whitespace().collect();
    if words.len() <= 12 {
        s.to_string()
    } else {
        format!("{}…", words[..11].join(" "))
    }
}
