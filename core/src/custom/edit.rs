//! Editing a persona as a reducer: the editor sends `Edit`s, `Draft::apply` changes the
//! persona (or refuses over-limit text with a sentence), and `Draft::undo` steps back one
//! change. Consecutive edits of the same field make one change, so undo after typing a
//! paragraph brings back the paragraph before it, not the text one letter shorter.

use super::check::{Field, LineKind, MAX_AGE};
use super::limits::{over_limit, MAX_KEYWORDS, MAX_NUGGETS, MAX_PHRASE_CHARS};
use crate::persona::{Nugget, Persona, Reveal, Temperament, TopicScript, VocabularyEntry};
use crate::topic::{Outcome, Topic};

/// A profile text field.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ProfileField {
    Name,
    Pronouns,
    Role,
    Organization,
    FieldOfWork,
    Bio,
}

impl ProfileField {
    pub const ALL: [ProfileField; 6] = [
        ProfileField::Name,
        ProfileField::Pronouns,
        ProfileField::Role,
        ProfileField::Organization,
        ProfileField::FieldOfWork,
        ProfileField::Bio,
    ];

    /// Where `check` reports this field's problems.
    pub fn field(self) -> Field {
        match self {
            ProfileField::Name => Field::Name,
            ProfileField::Pronouns => Field::Pronouns,
            ProfileField::Role => Field::Role,
            ProfileField::Organization => Field::Organization,
            ProfileField::FieldOfWork => Field::FieldOfWork,
            ProfileField::Bio => Field::Bio,
        }
    }

    pub fn get(self, p: &Persona) -> &String {
        match self {
            ProfileField::Name => &p.name,
            ProfileField::Pronouns => &p.pronouns,
            ProfileField::Role => &p.role,
            ProfileField::Organization => &p.organization,
            ProfileField::FieldOfWork => &p.field,
            ProfileField::Bio => &p.bio,
        }
    }

    fn get_mut(self, p: &mut Persona) -> &mut String {
        match self {
            ProfileField::Name => &mut p.name,
            ProfileField::Pronouns => &mut p.pronouns,
            ProfileField::Role => &mut p.role,
            ProfileField::Organization => &mut p.organization,
            ProfileField::FieldOfWork => &mut p.field,
            ProfileField::Bio => &mut p.bio,
        }
    }
}

/// One change the editor makes. Lists are sent whole (the editor owns their order).
#[derive(Debug, Clone, PartialEq)]
pub enum Edit {
    Profile {
        field: ProfileField,
        value: String,
    },
    Temperament(Temperament),
    Age(u32),
    Greeting(Vec<String>),
    Answers {
        topic: Topic,
        answers: Vec<String>,
    },
    FollowUps {
        topic: Topic,
        follow_ups: Vec<String>,
    },
    /// A new, empty hidden detail at the end of the list.
    AddNugget,
    Nugget {
        index: usize,
        nugget: Nugget,
    },
    RemoveNugget(usize),
    /// The persona's own words for a topic; an empty list removes them.
    Vocabulary {
        topic: Topic,
        phrases: Vec<String>,
    },
    Lines {
        kind: LineKind,
        lines: Vec<String>,
    },
}

/// Which field an edit changes: consecutive edits with the same key are one undo step.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum EditKey {
    Profile(ProfileField),
    Temperament,
    Age,
    Greeting,
    Answers(Topic),
    FollowUps(Topic),
    AddNugget,
    Nugget(usize),
    RemoveNugget,
    Vocabulary(Topic),
    Lines(LineKind),
}

impl EditKey {
    /// Adding and removing are steps of their own, even twice in a row.
    fn coalesces(self) -> bool {
        !matches!(self, EditKey::AddNugget | EditKey::RemoveNugget)
    }
}

impl Edit {
    pub fn key(&self) -> EditKey {
        match self {
            Edit::Profile { field, .. } => EditKey::Profile(*field),
            Edit::Temperament(_) => EditKey::Temperament,
            Edit::Age(_) => EditKey::Age,
            Edit::Greeting(_) => EditKey::Greeting,
            Edit::Answers { topic, .. } => EditKey::Answers(*topic),
            Edit::FollowUps { topic, .. } => EditKey::FollowUps(*topic),
            Edit::AddNugget => EditKey::AddNugget,
            Edit::Nugget { index, .. } => EditKey::Nugget(*index),
            Edit::RemoveNugget(_) => EditKey::RemoveNugget,
            Edit::Vocabulary { topic, .. } => EditKey::Vocabulary(*topic),
            Edit::Lines { kind, .. } => EditKey::Lines(*kind),
        }
    }
}

/// A persona being edited, with the state before its last change.
#[derive(Debug, Clone, PartialEq)]
pub struct Draft {
    pub persona: Persona,
    undo: Option<(Persona, EditKey)>,
}

impl Draft {
    pub fn new(persona: Persona) -> Draft {
        Draft {
            persona,
            undo: None,
        }
    }

    pub fn can_undo(&self) -> bool {
        self.undo.is_some()
    }

    /// Brings back the persona as it was before the last change. False when there is none.
    pub fn undo(&mut self) -> bool {
        match self.undo.take() {
            Some((before, _)) => {
                self.persona = before;
                true
            }
            None => false,
        }
    }

    /// Applies one edit. Refuses (changing nothing) text or lists over the limits, and
    /// indexes that do not exist, with a sentence for the user. An edit that changes nothing
    /// leaves the undo step as it was.
    pub fn apply(&mut self, edit: Edit) -> Result<(), String> {
        let key = edit.key();
        let mut next = self.persona.clone();
        change(&mut next, edit)?;
        if next == self.persona {
            return Ok(());
        }
        let before = std::mem::replace(&mut self.persona, next);
        let same_step = matches!(self.undo, Some((_, k)) if k == key && key.coalesces());
        if !same_step {
            self.undo = Some((before, key));
        }
        Ok(())
    }
}

fn limit(field: Field, what: &str, texts: &[String]) -> Result<(), String> {
    over_limit(field, what, texts).map_or(Ok(()), Err)
}

fn script_mut(p: &mut Persona, topic: Topic) -> &mut TopicScript {
    let at = match p.topics.iter().position(|s| s.topic == topic) {
        Some(i) => i,
        None => {
            p.topics.push(TopicScript {
                topic,
                answers: Vec::new(),
                follow_ups: Vec::new(),
            });
            p.topics.len() - 1
        }
    };
    &mut p.topics[at]
}

fn change(p: &mut Persona, edit: Edit) -> Result<(), String> {
    match edit {
        Edit::Profile { field, value } => {
            limit(field.field(), "text", std::slice::from_ref(&value))?;
            *field.get_mut(p) = value;
        }
        Edit::Temperament(t) => p.temperament = t,
        Edit::Age(age) => {
            if age > MAX_AGE {
                return Err("Give an age up to 120, or 0 to leave it out.".into());
            }
            p.age = age;
        }
        Edit::Greeting(lines) => {
            limit(Field::Greeting, "greeting", &lines)?;
            p.greeting = lines;
        }
        Edit::Answers { topic, answers } => {
            limit(Field::Topic(topic), "answer", &answers)?;
            script_mut(p, topic).answers = answers;
        }
        Edit::FollowUps { topic, follow_ups } => {
            limit(Field::Topic(topic), "follow-up", &follow_ups)?;
            script_mut(p, topic).follow_ups = follow_ups;
        }
        Edit::AddNugget => {
            if p.nuggets.len() >= MAX_NUGGETS {
                return Err(format!(
                    "A persona can hold {MAX_NUGGETS} hidden details at most."
                ));
            }
            let id = (p.nuggets.len() + 1..)
                .map(|n| format!("detail-{n}"))
                .find(|id| p.nugget(id).is_none())
                .unwrap_or_default();
            p.nuggets.push(Nugget {
                id,
                outcome: Outcome::Responsibilities,
                topic: Topic::TypicalDay,
                reveal: Reveal::Answer,
                keywords: Vec::new(),
                text: String::new(),
            });
        }
        Edit::Nugget { index, nugget } => {
            if index >= p.nuggets.len() {
                return Err("That hidden detail no longer exists.".into());
            }
            limit(
                Field::Nugget(index),
                "text",
                std::slice::from_ref(&nugget.text),
            )?;
            let small = std::iter::once(&nugget.id).chain(&nugget.keywords);
            if nugget.keywords.len() > MAX_KEYWORDS
                || small
                    .into_iter()
                    .any(|k| k.chars().count() > MAX_PHRASE_CHARS)
            {
                return Err(format!(
                    "Keep to {MAX_KEYWORDS} keywords of at most {MAX_PHRASE_CHARS} characters."
                ));
            }
            p.nuggets[index] = nugget;
        }
        Edit::RemoveNugget(index) => {
            if index >= p.nuggets.len() {
                return Err("That hidden detail no longer exists.".into());
            }
            p.nuggets.remove(index);
        }
        Edit::Vocabulary { topic, phrases } => {
            limit(Field::Vocabulary(0), "phrase", &phrases)?;
            match p.vocabulary.iter().position(|v| v.topic == topic) {
                Some(i) if phrases.is_empty() => {
                    p.vocabulary.remove(i);
                }
                Some(i) => p.vocabulary[i].phrases = phrases,
                None if phrases.is_empty() => {}
                None => p.vocabulary.push(VocabularyEntry { topic, phrases }),
            }
        }
        Edit::Lines { kind, lines } => {
            limit(Field::Line(kind), "line", &lines)?;
            *kind.of_mut(&mut p.lines) = lines;
        }
    }
    Ok(())
}
