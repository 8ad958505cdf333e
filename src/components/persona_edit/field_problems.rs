use super::{dom_id, use_editor};
use crate::components::when::When;
use askwell_core::custom::{Field, Severity};
use leptos::prelude::*;

/// The problems at one field, in plain words, right under it: what is needed before the
/// persona can be practised, and what is suggested. Empty when there are none.
#[component]
pub fn FieldProblems(
    /// The field.
    field: Field,
) -> impl IntoView {
    let editor = use_editor();
    let list = Memo::new(move |_| editor.problems_at(field));
    let id = format!("{}-problems", dom_id(field));
    view! {
        <When when=move || !list.with(Vec::is_empty)>
            <ul class="field-problems" id=id.clone()>
                {move || list.get().into_iter().map(|p| {
                    let needed = p.severity == Severity::Needed;
                    view! {
                        <li class:needed=needed class:suggested=!needed>
                            <span class="problem-kind">{if needed { "Needed: " } else { "Suggested: " }}</span>
                            {p.message}
                        </li>
                    }
                }.into_any()).collect_view()}
            </ul>
        </When>
    }
}
