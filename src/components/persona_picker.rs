use crate::personas::{offered, Source};
use crate::state::use_store;
use askwell_core::PersonaInfo;
use leptos::prelude::*;

/// A radio group of interviewees, each with field, temperament and bio: the shipped ones,
/// then the user's own ready ones ("Yours") and the deployment's hosted ones ("From your
/// organisation").
#[component]
pub fn PersonaPicker(
    /// The chosen persona id.
    #[prop(into)]
    selected: Signal<String>,
    /// Called with a persona id when the user picks one.
    on_pick: Callback<String>,
) -> impl IntoView {
    let store = use_store();
    view! {
        <fieldset class="persona-picker">
            <legend>"Who would you like to talk to?"</legend>
            <div class="persona-grid">
                {move || {
                    offered(store)
                        .into_iter()
                        .map(|(p, source)| option(p, source, selected, on_pick))
                        .collect_view()
                }}
            </div>
            <p class="hint persona-picker-more">
                "Want someone from another field? "
                <a href="#/personas">"Write your own persona"</a>
                ", or import one a friend or your career office shared."
            </p>
        </fieldset>
    }
}

fn option(
    p: PersonaInfo,
    source: Source,
    selected: Signal<String>,
    on_pick: Callback<String>,
) -> impl IntoView {
    let id = p.id.clone();
    let id_for_check = id.clone();
    let input_id = format!("persona-{}", p.id);
    let label_for = input_id.clone();
    view! {
        <label class="persona-option" for=label_for>
            <input
                type="radio"
                name="persona"
                id=input_id
                value=id.clone()
                prop:checked=move || selected.get() == id_for_check
                on:change=move |_| on_pick.run(id.clone())
            />
            <span class="persona-option-body">
                <span class="persona-name">{p.name.clone()}</span>
                <span class="persona-role">{p.role.clone()}", "{p.organization.clone()}</span>
                <span class="persona-meta">
                    {source.badge().map(|b| view! { <span class="badge source">{b}</span> })}
                    <span class="badge">{p.field.clone()}</span>
                    <span class=format!("badge temperament {}", p.temperament.id())>
                        {p.temperament.describe()}
                    </span>
                </span>
                <span class="persona-bio">{p.bio.clone()}</span>
            </span>
        </label>
    }
}
