//! Reads a persona script from its JSON with the small reader in `crate::json`, not serde's
//! derived reader: a practice loads this code, and serde's copy of it was about 20 KB of
//! `.wasm` (NOTES.md §1). The derives stay for writing and for the authoring tools; a test
//! checks both readers agree on every bundled script.
//!
//! Each reader starts from placeholder values and fills what the text has; `require` then
//! proves every field without a default was there, so no placeholder survives.

use super::{
    Lines, Nugget, Persona, Reveal, Temperament, Term, TopicScript, VocabularyEntry,
    LINE_NAMES as LINES,
};
use crate::json::{Reader, Result};
use crate::topic::{Outcome, Topic};

/// A persona from the JSON `askwell export` and the build write.
pub fn persona(text: &str) -> Result<Persona> {
    let mut r = Reader::new(text);
    let p = read_persona(&mut r)?;
    r.finish()?;
    Ok(p)
}

/// Names by index; those from `vocabulary` on may be left out.
const PERSONA: &str = "id name pronouns role organization field bio format_version age temperament greeting topics lines vocabulary nuggets terms";

/// A mask of the first `n` fields: the required ones come first in each name list.
const fn first(n: u32) -> u64 {
    (1 << n) - 1
}

fn read_persona(r: &mut Reader) -> Result<Persona> {
    let mut p = Persona {
        format_version: 0,
        id: String::new(),
        name: String::new(),
        pronouns: String::new(),
        age: 0,
        role: String::new(),
        organization: String::new(),
        field: String::new(),
        temperament: Temperament::Warm,
        bio: String::new(),
        greeting: Vec::new(),
        vocabulary: Vec::new(),
        topics: Vec::new(),
        nuggets: Vec::new(),
        lines: Lines::default(),
        terms: Vec::new(),
    };
    let seen = r.fields(PERSONA, &mut |r, i| {
        match i {
            7 => p.format_version = r.u32()?,
            8 => p.age = r.u32()?,
            9 => p.temperament = temperament(r)?,
            10 => p.greeting = r.strings()?,
            11 => p.topics = r.list(topic_script)?,
            12 => p.lines = read_lines(r)?,
            13 => p.vocabulary = r.list(vocabulary_entry)?,
            14 => p.nuggets = r.list(nugget)?,
            15 => p.terms = r.list(term)?,
            _ => {
                let text = [
                    &mut p.id,
                    &mut p.name,
                    &mut p.pronouns,
                    &mut p.role,
                    &mut p.organization,
                    &mut p.field,
                    &mut p.bio,
                ];
                *text[i] = r.string()?;
            }
        }
        Ok(())
    })?;
    r.require(PERSONA, seen, first(13))?;
    Ok(p)
}

fn temperament(r: &mut Reader) -> Result<Temperament> {
    use Temperament::*;
    let all = [Warm, Busy, Rambling, Guarded];
    r.name_of(&all, Temperament::id)
}

fn topic(r: &mut Reader) -> Result<Topic> {
    Topic::read(r)
}

/// Any topic: a placeholder until the text's is read.
fn some_topic() -> Topic {
    Topic::all().next().expect("topics")
}

const VOCABULARY: &str = "topic phrases";

fn vocabulary_entry(r: &mut Reader) -> Result<VocabularyEntry> {
    let mut v = VocabularyEntry {
        topic: some_topic(),
        phrases: Vec::new(),
    };
    let seen = r.fields(VOCABULARY, &mut |r, i| {
        match i {
            0 => v.topic = topic(r)?,
            _ => v.phrases = r.strings()?,
        }
        Ok(())
    })?;
    r.require(VOCABULARY, seen, first(2))?;
    Ok(v)
}

const SCRIPT: &str = "topic answers follow_ups";

fn topic_script(r: &mut Reader) -> Result<TopicScript> {
    let mut s = TopicScript {
        topic: some_topic(),
        answers: Vec::new(),
        follow_ups: Vec::new(),
    };
    let seen = r.fields(SCRIPT, &mut |r, i| {
        match i {
            0 => s.topic = topic(r)?,
            1 => s.answers = r.strings()?,
            _ => s.follow_ups = r.strings()?,
        }
        Ok(())
    })?;
    r.require(SCRIPT, seen, first(2))?;
    Ok(s)
}

const NUGGET: &str = "id outcome topic reveal text keywords";

fn nugget(r: &mut Reader) -> Result<Nugget> {
    let mut n = Nugget {
        id: String::new(),
        outcome: Outcome::Responsibilities,
        topic: some_topic(),
        reveal: Reveal::Answer,
        keywords: Vec::new(),
        text: String::new(),
    };
    let seen = r.fields(NUGGET, &mut |r, i| {
        match i {
            0 => n.id = r.string()?,
            1 => n.outcome = r.name_of(&Outcome::ALL, Outcome::id)?,
            2 => n.topic = topic(r)?,
            3 => {
                let all = [
                    Reveal::Answer,
                    Reveal::FollowUp,
                    Reveal::Keywords,
                    Reveal::Asked,
                ];
                n.reveal = r.name_in("answer follow_up keywords asked", &all)?
            }
            4 => n.text = r.string()?,
            _ => n.keywords = r.strings()?,
        }
        Ok(())
    })?;
    r.require(NUGGET, seen, first(5))?;
    Ok(n)
}

const TERM: &str = "words means";

fn term(r: &mut Reader) -> Result<Term> {
    let mut t = Term {
        words: Vec::new(),
        means: String::new(),
    };
    let seen = r.fields(TERM, &mut |r, i| {
        match i {
            0 => t.words = r.strings()?,
            _ => t.means = r.string()?,
        }
        Ok(())
    })?;
    r.require(TERM, seen, first(2))?;
    Ok(t)
}

fn read_lines(r: &mut Reader) -> Result<Lines> {
    let mut l = Lines::default();
    let seen = r.fields(LINES, &mut |r, i| {
        let slot = [
            &mut l.clarify,
            &mut l.rephrase,
            &mut l.repeat,
            &mut l.no_more,
            &mut l.time_check,
            &mut l.wrap_up,
            &mut l.guarded,
            &mut l.tangents,
            &mut l.early_end,
            &mut l.agenda_set,
        ];
        *slot[i] = r.strings()?;
        Ok(())
    })?;
    r.require(LINES, seen, first(6))?;
    Ok(l)
}
