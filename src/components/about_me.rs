use crate::components::when::When;
use crate::state::use_store;
use askwell_core::prepare::{AboutMe, PeopleAction, MAX_FIELD_CHARS};
use leptos::prelude::*;

/// The user's own name and short self-description, which every draft uses. Asked for once
/// (open until filled in), then shown as one line with an Edit button.
#[component]
pub fn AboutMeEditor() -> impl IntoView {
    let store = use_store();
    let me = move || store.prepared.with(|p| p.people.me.clone());
    let editing = RwSignal::new(me().summary.is_empty());
    let draft = RwSignal::new(me());
    let status = RwSignal::new(String::new());
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let value = draft.get_untracked();
        match store.change_people(|p| p.apply(PeopleAction::SetAboutMe(value))) {
            Ok(()) => {
                editing.set(false);
                status.set("Saved. Your drafts now introduce you this way.".into());
            }
            Err(e) => status.set(e),
        }
    };
    let field = move |key: &'static str,
                      label: &'static str,
                      placeholder: &'static str,
                      get: fn(&AboutMe) -> &String,
                      set: fn(&mut AboutMe, String)| {
        let id = format!("me-{key}");
        let label_for = id.clone();
        view! {
            <div class="field">
                <label for=label_for>{label}</label>
                <input id=id type="text" dir="auto" maxlength=MAX_FIELD_CHARS.to_string() placeholder=placeholder
                    prop:value=move || draft.with(|d| get(d).clone())
                    on:input=move |ev| draft.update(|d| set(d, event_target_value(&ev))) />
            </div>
        }
    };
    view! {
        <div class="about-me">
            <When
                when=move || editing.get()
                fallback=move || view! {
                    <p class="about-line">
                        <span class="hint">"You: "</span>
                        <span dir="auto">{move || { let m = me(); if m.name.is_empty() { m.summary } else { format!("{}, {}", m.name, m.summary) } }}</span>
                        " "
                        <button type="button" class="link-button" on:click=move |_| { draft.set(me()); editing.set(true); }>"Edit how you introduce yourself"</button>
                    </p>
                }
            >
                <form class="about-form" on:submit=save>
                    <p class="hint">"Tell Askwell how to introduce you, once. It fills in every draft."</p>
                    {field("name", "Your name", "e.g. Alex Kim", |d| &d.name, |d, v| d.name = v)}
                    {field("summary", "Who you are, in a few words", "e.g. a second-year biology student at Leeds", |d| &d.summary, |d, v| d.summary = v)}
                    {field("exploring", "What you are exploring", "e.g. careers in science policy", |d| &d.exploring, |d, v| d.exploring = v)}
                    <button type="submit" class="button small">"Save and use in drafts"</button>
                </form>
            </When>
            <p class="hint" role="status" aria-live="polite">{move || status.get()}</p>
        </div>
    }
}
