//! The persona editor's parts, one component a file, sharing one `Editor` through context:
//! the draft (a `custom::Draft` reducer), its problems (`custom::check`, recomputed on every
//! edit), the last refused edit, and which topic is open.

pub mod comma_input;
pub mod field_problems;
pub mod lines;
pub mod meter;
pub mod nuggets;
pub mod preview;
pub mod problems;
pub mod profile;
pub mod slot_lines;
pub mod text_list;
pub mod topic_panel;
pub mod topics;

use askwell_core::custom::{self, Completeness, Draft, Edit, Field, Problem};
use askwell_core::{Persona, Topic};
use leptos::prelude::*;

#[derive(Clone, Copy)]
pub struct Editor {
    pub draft: RwSignal<Draft>,
    /// The persona as it stands (changes with every edit).
    pub persona: Memo<Persona>,
    pub problems: Memo<Vec<Problem>>,
    pub completeness: Memo<Completeness>,
    /// Why the last edit was refused (too long, too many), until the next one works.
    pub refusal: RwSignal<Option<String>>,
    /// The one topic shown open.
    pub open_topic: RwSignal<Option<Topic>>,
}

impl Editor {
    pub fn new(persona: Persona) -> Editor {
        let draft = RwSignal::new(Draft::new(persona));
        let persona = Memo::new(move |_| draft.with(|d| d.persona.clone()));
        Editor {
            draft,
            persona,
            problems: Memo::new(move |_| persona.with(custom::check)),
            completeness: Memo::new(move |_| persona.with(custom::completeness)),
            refusal: RwSignal::new(None),
            open_topic: RwSignal::new(None),
        }
    }

    /// Applies one edit; a refusal is shown and changes nothing.
    pub fn apply(&self, edit: Edit) {
        let mut result = Ok(());
        self.draft.update(|d| result = d.apply(edit));
        self.refusal.set(result.err());
    }

    pub fn undo(&self) {
        self.draft.update(|d| {
            d.undo();
        });
        self.refusal.set(None);
    }

    /// The problems at one field.
    pub fn problems_at(&self, field: Field) -> Vec<Problem> {
        self.problems
            .with(|all| all.iter().filter(|p| p.field == field).cloned().collect())
    }
}

pub fn provide_editor(editor: Editor) {
    provide_context(editor);
}

pub fn use_editor() -> Editor {
    expect_context::<Editor>()
}

/// The element id of a field's input (or its section), for the summary's links.
pub fn dom_id(field: Field) -> String {
    match field {
        Field::Id | Field::Whole => "pe-problems".into(),
        Field::Name => "pe-name".into(),
        Field::Pronouns => "pe-pronouns".into(),
        Field::Age => "pe-age".into(),
        Field::Role => "pe-role".into(),
        Field::Organization => "pe-organization".into(),
        Field::FieldOfWork => "pe-field".into(),
        Field::Temperament => "pe-temperament".into(),
        Field::Bio => "pe-bio".into(),
        Field::Greeting => "pe-greeting-1".into(),
        Field::Topic(t) => topic_dom_id(t),
        Field::Nugget(i) => format!("pe-nugget-{}", i + 1),
        Field::Line(k) => format!("pe-line-{}-1", k.id()),
        Field::Vocabulary(_) => "pe-vocabulary".into(),
    }
}

/// The id of a topic's heading button in the list.
pub fn topic_dom_id(t: Topic) -> String {
    format!("pe-topic-{}", t.id().replace(['.', '_'], "-"))
}

/// "A typical day" from "a typical day".
pub fn capitalized(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// Brings a field into view and focuses it (after the frame that draws it, when a topic had
/// to be opened first).
pub fn go_to(editor: Editor, field: Field) {
    let topic = match field {
        Field::Topic(t) => Some(t),
        Field::Vocabulary(i) => editor
            .persona
            .with_untracked(|p| p.vocabulary.get(i).map(|v| v.topic)),
        _ => None,
    };
    if topic.is_some() {
        editor.open_topic.set(topic);
    }
    let id = match (field, topic) {
        (Field::Vocabulary(_), Some(_)) => "pe-vocabulary".to_string(),
        (_, Some(t)) => format!("{}-answer-1", topic_dom_id(t)),
        _ => dom_id(field),
    };
    request_animation_frame(move || {
        if let Some(el) = document().get_element_by_id(&id) {
            el.scroll_into_view();
            if let Ok(el) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(el) {
                let _ = el.focus();
            }
        }
    });
}
