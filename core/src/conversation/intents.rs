//! A line that says several things at once ("Thank you! Could I keep in touch?", "Hi, I'm
//! a band teacher. How did you learn Python?"): the other intents' answers around the main one.

use super::{answer, pick, Memory, Reply};
use crate::interview::Exchange;
use crate::persona::Persona;
use crate::topic::Topic;
use crate::understand::Understanding;

/// Adds the answers to `u.also` to `reply`: each intent gets an answer; thanks is
/// acknowledged first (a word of thanks in passing, or what it named) and the goodbye to it
/// comes last, and thanks said on the way to a question is acknowledged before the answer.
pub(super) fn answer_others(
    persona: &Persona,
    memory: &mut Memory,
    u: &Understanding,
    line: &str,
    earlier: &[Exchange],
    reply: &mut Reply,
) {
    let mut goodbye = String::new();
    if u.topic == Topic::Thanks {
        goodbye = std::mem::take(&mut reply.text);
    }
    // Thanks said on the way to another question (for names, about the work), with
    // nothing else that closes the call, is acknowledged in passing: the goodbye waits
    // for the real end.
    let in_passing = !matches!(u.topic, Topic::Thanks | Topic::KeepInTouch)
        && !u.also.contains(&Topic::KeepInTouch);
    // (An intent the reply already answers is not greeted or answered twice.)
    let answered = reply.topic;
    // A welcome for their time goes after the greeting of an introduction.
    let mut greeted = 0;
    for &also in (u.also.iter()).filter(|t| **t != answered && persona.script(**t).is_some()) {
        // An introduction said before the first question: greeted in a word, then the
        // question answered. Later, the background said on the way to a question (I taught
        // for eleven years, so...) is no introduction to thank them for.
        if also == Topic::Introduction {
            if first_introduction(earlier) {
                let greeting = pick(crate::lexicon::replies::introduction_in_passing(), memory);
                reply.text.insert_str(0, &(greeting.clone() + " "));
                greeted = greeting.len() + 1;
            }
            continue;
        }
        if also == Topic::Thanks && in_passing && starting(u, line, earlier) {
            // Thanks for their time, then the first question: welcomed before the answer.
            let welcome = pick(crate::lexicon::replies::welcome_back(), memory);
            reply.text.insert_str(greeted, &(welcome + " "));
            continue;
        }
        if also == Topic::Thanks && in_passing {
            let ack = super::courtesy::in_passing(&u.words, earlier, memory);
            reply.text.insert_str(0, &(ack + " "));
            continue;
        }
        let more = answer(persona, memory, u, also, earlier);
        reply.nuggets.extend(more.nuggets);
        let to = if also == Topic::Thanks {
            &mut goodbye
        } else {
            &mut reply.text
        };
        if !to.is_empty() {
            to.push(' ');
        }
        to.push_str(&more.text);
    }
    if !goodbye.is_empty() {
        // The thanks answer's acknowledgement (you're welcome, and what the thanks named)
        // before the other answers, its goodbye after them.
        let (ack, rest) = super::courtesy::thanks_parts(&goodbye, &u.words, earlier, memory);
        reply.text = [ack, std::mem::take(&mut reply.text), rest]
            .into_iter()
            .filter(|t| !t.is_empty())
            .collect::<Vec<_>>()
            .join(" ");
    }
}

/// Nothing about the work asked yet, and no introduction said before.
fn first_introduction(earlier: &[Exchange]) -> bool {
    earlier.iter().all(|e| {
        crate::coach::social(e.topic)
            && e.topic != Topic::Introduction
            && !e.also.contains(&Topic::Introduction)
    })
}

/// Whether an introduction also says what the user wants to cover (I wanted to ask about
/// your job and how you got there): an agenda verb, then within five words a word that
/// names what (about, how...) and the person addressed.
pub(super) fn sets_agenda(words: &[String]) -> bool {
    use crate::understand::classes::{addressed, agenda_links, agenda_verbs};
    let within =
        |after: &[String], class: &[&str]| after.iter().any(|w| class.contains(&w.as_str()));
    words.iter().enumerate().any(|(i, w)| {
        let after = &words[i + 1..words.len().min(i + 6)];
        agenda_verbs().contains(&w.as_str())
            && within(after, agenda_links())
            && within(after, addressed())
    })
}

/// The welcome to an introduction that set the agenda: the persona's own words for it, or
/// a word of greeting and a plain one that goes along with the plan.
pub(super) fn welcome_to_agenda(persona: &Persona, memory: &mut Memory) -> String {
    if !persona.lines.agenda_set.is_empty() {
        return pick(&persona.lines.agenda_set, memory);
    }
    let greeting = pick(crate::lexicon::replies::introduction_in_passing(), memory);
    greeting + " " + &pick(crate::lexicon::replies::agenda_set(), memory)
}

/// Thanks for their time, or a greeting that asks nothing, before anything about the work was
/// answered: the call is starting, so the persona welcomes the user (no goodbye, and no
/// answer to a question about their day nobody asked), then invites an introduction or the
/// first question. Kept as small talk, in the opening.
pub(super) fn opening_courtesy(
    memory: &mut Memory,
    u: &Understanding,
    line: &str,
    earlier: &[Exchange],
) -> Option<Reply> {
    use crate::lexicon::replies::{go_ahead, hello_back, invite, reassure, welcome_back};
    let courtesy = match u.topic {
        Topic::Thanks if u.also.is_empty() => welcome_back(),
        Topic::SmallTalk if super::deeper::asks_nothing(line) && nervous(&u.words) => reassure(),
        Topic::SmallTalk if super::deeper::asks_nothing(line) => hello_back(),
        _ => return None,
    };
    if !starting(u, line, earlier) {
        return None;
    }
    // Invited once already (or introduced): go ahead, not the same invitation again.
    let next = if earlier.is_empty() {
        invite()
    } else {
        go_ahead()
    };
    let mut text = pick(courtesy, memory);
    if nervous(&u.words) && !std::ptr::eq(courtesy, reassure()) {
        // Thanks with nerves owned up to: both answered.
        text = text + " " + &pick(reassure(), memory);
    }
    let text = text + " " + &pick(next, memory);
    memory.last_topic = Some(Topic::SmallTalk);
    Some(Reply::new(text, Topic::SmallTalk, super::ReplyKind::Answer))
}

/// Whether an answer about the work was given: small talk then comes in the middle.
pub(super) fn under_way(earlier: &[Exchange]) -> bool {
    (earlier.iter()).any(|e| crate::coach::outcome_of(e.topic).is_some())
}

/// Small talk in the middle of the interview (how was your weekend?): the persona's answer
/// without its invitation to begin (tell me a bit about yourself...), the last sentence,
/// nor a short one before it (So., How about you?), then back to the user's questions.
pub(super) fn small_talk_under_way(answer: &str, memory: &mut Memory) -> String {
    let sentences = crate::understand::text::sentences(answer);
    let short = |s: &str| s.ends_with('?') || s.split_whitespace().count() <= 2;
    let mut keep = sentences.len().saturating_sub(1);
    while keep > 0 && short(sentences[keep - 1]) {
        keep -= 1;
    }
    let back = pick(crate::lexicon::replies::back_to_questions(), memory);
    match keep {
        0 => back,
        _ => {
            let mut text = super::phrasing::sentences(answer, 0, keep).to_string();
            text.push(' ');
            text + &back
        }
    }
}

/// The line owns up to nerves (sorry, I am kinda nervous): worth a word of reassurance.
/// Not a worry about a choice (I'm scared I'll pick the wrong career): that asks for advice
/// (`worries_about_choosing`).
pub(super) fn nervous(words: &[String]) -> bool {
    (words.iter()).any(|w| crate::lexicon::has(crate::lexicon::replies::nerves(), w))
        && !(words.iter()).any(|w| crate::lexicon::has(crate::lexicon::replies::choosing(), w))
}

/// "Honestly I'm kind of scared I'll pick the wrong career.": a word of nerves and one of
/// choosing in one sentence, with no question: the persona's advice, not a reassurance about
/// the call or a second welcome. Nerves in a sentence of their own are about the call (I'm a
/// senior English major. I'm a little nervous, this is my first one.).
pub(super) fn worries_about_choosing(words: &[String], line: &str) -> bool {
    use crate::lexicon::{has, replies};
    let worried = |words: &[String]| {
        (words.iter()).any(|w| has(replies::nerves(), w))
            && (words.iter()).any(|w| has(replies::choosing(), w))
    };
    // The line's words first: most lines say neither, and only then is it read by sentence.
    let in_one = || {
        let sentences = crate::understand::text::sentences(line);
        (sentences.iter()).any(|s| worried(&crate::understand::text::words(s)))
    };
    !line.bytes().any(|b| b == b'?') && worried(words) && in_one()
}

/// Nothing about the work answered yet, and no word of what helped in the thanks (thanks that
/// names what helped, such as what you said was helpful, is for the talk itself): thanks now
/// is for their time. The thanks is its sentence, up to a question in it (thanks for your
/// time, what is the hardest part? names no part that helped).
fn starting(u: &Understanding, line: &str, earlier: &[Exchange]) -> bool {
    use crate::understand::classes::{aux, wh};
    use crate::understand::text::{sentences, words};
    let thanking = |w: &String| matches!(w.as_str(), "thanks" | "thank");
    let said = sentences(line)
        .into_iter()
        .map(words)
        .find(|w| w.iter().any(thanking));
    let said = said.unwrap_or_else(|| u.words.clone());
    let thanks = &said[said.iter().position(thanking).unwrap_or(0)..];
    let asks = |p: &[String]| wh().contains(&p[0].as_str()) && aux().contains(&p[1].as_str());
    let to = thanks.windows(2).position(asks).unwrap_or(thanks.len());
    let for_help = thanks[..to].iter().any(|w| {
        crate::lexicon::has(crate::lexicon::helped(), w) || w == "helpful" || w == "useful"
    });
    !for_help && earlier.iter().all(|e| crate::coach::social(e.topic))
}

/// Asked for their job title (What is your official job title?, a question list's first
/// question): the role and organization on the persona's card, said before the answer.
pub(super) fn title_first(persona: &Persona, u: &Understanding, reply: &mut Reply) {
    use super::ReplyKind::{Answer, FollowUp};
    let answered = matches!(reply.kind, Answer | FollowUp);
    let about_work = crate::coach::outcome_of(reply.topic).is_some();
    // Your (official, job...) title: not a template's blank (your role as a [job title]).
    let at = u.words.iter().position(|w| w == "title");
    let before = at.map_or(&[][..], |at| &u.words[at.saturating_sub(3)..at]);
    let theirs = before.iter().any(|w| w == "your" || w == "ur");
    if !answered || !about_work || persona.role.is_empty() || !theirs {
        return;
    }
    // "Program director" said mid-sentence; an initialism (CEO) keeps its capitals.
    let mut role = persona.role.clone();
    if role.as_bytes().get(1).is_some_and(u8::is_ascii_lowercase) {
        role[..1].make_ascii_lowercase();
    }
    if !persona.organization.is_empty() {
        role = role + ", at " + &persona.organization;
    }
    let lead = crate::substr::replace(&crate::lexicon::replies::title_lead()[0], "{}", &role);
    reply.text.insert_str(0, &(lead + " "));
}

/// How surely a question after a greeting must read as the work: small talk asks things too
/// (have you been here before?).
const GREETED_QUESTION: f32 = 0.5;

/// Thanks said on the way to a question the model reads too weakly to count as a second
/// intent (Thanks, I'll look for that book. But would SQL be enough for the data side?): the
/// last sentence, a question about the work read alone, is what is answered, the thanks
/// acknowledged in passing. No goodbye while a question waits.
/// So is a greeting before the first question (Hi Priya, thanks for meeting. How did you get
/// into patient education?), when the question reads surely as the work.
pub(super) fn question_after_thanks<'a>(
    matcher: &crate::understand::Matcher,
    u: &Understanding,
    line: &'a str,
    earlier: &[Exchange],
) -> Option<(Understanding, &'a str)> {
    let started = earlier
        .iter()
        .any(|e| crate::coach::outcome_of(e.topic).is_some());
    let greeting = u.topic == Topic::SmallTalk && !started;
    if !(u.topic == Topic::Thanks && u.also.is_empty() || greeting) {
        return None;
    }
    // The last question after the first sentence: a remark after it (Thank you. How did you
    // move to pharma? It seems a big change.) does not hide it.
    let sentences = crate::understand::text::sentences(line);
    let last = (sentences.iter().skip(1).rev()).find(|s| s.ends_with('?'))?;
    let question = last.rsplit(':').next().unwrap_or(last);
    let asked = matcher.understand(question);
    let work = crate::coach::outcome_of(asked.topic).is_some();
    let sure = if greeting {
        GREETED_QUESTION
    } else {
        crate::understand::UNKNOWN
    };
    // Thanks, then a wh-question the model reads weakly alone (Thank you. HT-201 got it on
    // the second try, what went wrong the first time?): still a question, answered as any
    // line is (a follow-up on the persona's words, or a question back), never a goodbye.
    let asks = || {
        let clauses = question
            .split([',', ';'])
            .map(crate::understand::text::words);
        !greeting
            && (work || asked.topic == Topic::None)
            && clauses.into_iter().any(|c| wh_question(&c))
    };
    (work && asked.confidence >= sure || asks()).then_some((asked, question))
}

/// A clause's words open as a wh-question, after fillers (so what went wrong?).
pub(super) fn wh_question(clause: &[String]) -> bool {
    use crate::understand::{classes::wh, shape::question_start};
    question_start(clause).is_some_and(|i| wh().contains(&clause[i].as_str()))
}

/// Thanks in the first half of the agreed time with no word of goodbye (time, bye,
/// talking, this was...) is for an answer: acknowledged, and the call stays in the segment it
/// was in. Once the call is in its closing, thanks is a goodbye however early, and so is
/// thanks again right after thanks was acknowledged: the user asked nothing more.
pub(super) fn thanks_in_passing(
    time: super::TimeContext,
    words: &[String],
    earlier: &[Exchange],
) -> bool {
    let farewell = (words.iter())
        .any(|w| crate::lexicon::has(crate::lexicon::replies::farewell(), w))
        || (crate::lexicon::replies::farewell_phrases().iter())
            .any(|p| crate::lexicon::has_phrase(words, p));
    let leaving = earlier.last().is_some_and(|e| {
        e.segment == crate::topic::Segment::Closing || e.topic == crate::topic::Topic::Thanks
    });
    time.early() && !farewell && !leaving
}

/// What is said before the answer to a question that came after thanks (thanks in passing)
/// or a greeting (a hello back).
pub(super) fn said_before(u: &Understanding, earlier: &[Exchange], memory: &mut Memory) -> String {
    if u.topic == Topic::SmallTalk {
        return hello_in_passing(u, memory);
    }
    super::courtesy::in_passing(&u.words, earlier, memory)
}

/// A greeting said before the first question: a hello back, and a welcome when it thanked
/// them for their time.
fn hello_in_passing(u: &Understanding, memory: &mut Memory) -> String {
    use crate::lexicon::replies::{hello_back, welcome_back};
    let hello = pick(hello_back(), memory);
    if u.also.contains(&Topic::Thanks) {
        return hello + " " + &pick(welcome_back(), memory);
    }
    hello
}
