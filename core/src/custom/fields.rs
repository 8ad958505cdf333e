//! Where a problem belongs in the editor (`Field`), and the persona's lists of
//! conversational lines by kind (`LineKind`).

use crate::persona::{Lines, Temperament, LINE_NAMES};
use crate::topic::Topic;

/// A list of the persona's own words for a conversational move (`Persona::lines`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum LineKind {
    Clarify,
    Rephrase,
    Repeat,
    NoMore,
    TimeCheck,
    WrapUp,
    Guarded,
    Tangents,
    EarlyEnd,
    AgendaSet,
}

impl LineKind {
    pub const ALL: [LineKind; 10] = [
        LineKind::Clarify,
        LineKind::Rephrase,
        LineKind::Repeat,
        LineKind::NoMore,
        LineKind::TimeCheck,
        LineKind::WrapUp,
        LineKind::Guarded,
        LineKind::Tangents,
        LineKind::EarlyEnd,
        LineKind::AgendaSet,
    ];

    /// The lists every persona needs (the others belong to one temperament).
    pub const REQUIRED: [LineKind; 6] = [
        LineKind::Clarify,
        LineKind::Rephrase,
        LineKind::Repeat,
        LineKind::NoMore,
        LineKind::TimeCheck,
        LineKind::WrapUp,
    ];

    /// The field name in the persona file (`lines.<id>`): `LINE_NAMES` in this order.
    pub fn id(self) -> &'static str {
        LINE_NAMES.split(' ').nth(self as usize).unwrap_or_default()
    }

    /// What the list is for, in words for the editor ("asking which of two things was meant").
    pub fn label(self) -> &'static str {
        match self {
            LineKind::Clarify => "asking which of two things was meant",
            LineKind::Rephrase => "asking for a question to be put another way",
            LineKind::Repeat => "the start of an answer given before",
            LineKind::NoMore => "having nothing more to add",
            LineKind::TimeCheck => "a few minutes left",
            LineKind::WrapUp => "time is up",
            LineKind::Guarded => "cautious answers before trust",
            LineKind::Tangents => "tangents",
            LineKind::EarlyEnd => "ending the call early",
            LineKind::AgendaSet => "welcoming an introduction that said what to cover",
        }
    }

    pub fn of(self, lines: &Lines) -> &Vec<String> {
        match self {
            LineKind::Clarify => &lines.clarify,
            LineKind::Rephrase => &lines.rephrase,
            LineKind::Repeat => &lines.repeat,
            LineKind::NoMore => &lines.no_more,
            LineKind::TimeCheck => &lines.time_check,
            LineKind::WrapUp => &lines.wrap_up,
            LineKind::Guarded => &lines.guarded,
            LineKind::Tangents => &lines.tangents,
            LineKind::EarlyEnd => &lines.early_end,
            LineKind::AgendaSet => &lines.agenda_set,
        }
    }

    pub fn of_mut(self, lines: &mut Lines) -> &mut Vec<String> {
        match self {
            LineKind::Clarify => &mut lines.clarify,
            LineKind::Rephrase => &mut lines.rephrase,
            LineKind::Repeat => &mut lines.repeat,
            LineKind::NoMore => &mut lines.no_more,
            LineKind::TimeCheck => &mut lines.time_check,
            LineKind::WrapUp => &mut lines.wrap_up,
            LineKind::Guarded => &mut lines.guarded,
            LineKind::Tangents => &mut lines.tangents,
            LineKind::EarlyEnd => &mut lines.early_end,
            LineKind::AgendaSet => &mut lines.agenda_set,
        }
    }

    /// The list a temperament needs beyond the required ones.
    pub fn for_temperament(t: Temperament) -> Option<LineKind> {
        match t {
            Temperament::Warm => None,
            Temperament::Busy => Some(LineKind::EarlyEnd),
            Temperament::Rambling => Some(LineKind::Tangents),
            Temperament::Guarded => Some(LineKind::Guarded),
        }
    }
}

/// Where in the editor a problem belongs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Field {
    Id,
    Name,
    Pronouns,
    Age,
    Role,
    Organization,
    FieldOfWork,
    Temperament,
    Bio,
    Greeting,
    /// The answers and follow-ups of one topic.
    Topic(Topic),
    /// `persona.nuggets[i]`.
    Nugget(usize),
    Line(LineKind),
    /// `persona.vocabulary[i]`.
    Vocabulary(usize),
    /// The persona as a whole (too many nuggets, too big).
    Whole,
}

impl Field {
    /// Where the problem is, for authors reading `askwell check` ("topic `past.path`").
    pub fn locator(self) -> String {
        match self {
            Field::Id => "id".into(),
            Field::Name => "name".into(),
            Field::Pronouns => "pronouns".into(),
            Field::Age => "age".into(),
            Field::Role => "role".into(),
            Field::Organization => "organization".into(),
            Field::FieldOfWork => "field".into(),
            Field::Temperament => "temperament".into(),
            Field::Bio => "bio".into(),
            Field::Greeting => "greeting".into(),
            Field::Topic(t) => format!("topic `{}`", t.id()),
            Field::Nugget(i) => format!("nugget {}", i + 1),
            Field::Line(k) => format!("lines.{}", k.id()),
            Field::Vocabulary(i) => format!("vocabulary {}", i + 1),
            Field::Whole => "persona".into(),
        }
    }
}
