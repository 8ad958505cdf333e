use crate::components::when::When;
use crate::state::use_store;
use askwell_core::prepare::{AboutMe, PeopleAction, MAX_FIELD_CHARS};
use leptos::prelude::*;

/// About me: the user's own name and short self-description, which every draft uses. Asked
/// for once (open until a name or description is given), then one line, "Signing as …",
/// with an Edit button; named "About me" as the outreach checks name it.
#[component]
pub fn AboutMeEditor() -> impl IntoView {
    let store = use_store();
    let me = move || store.prepared.with(|p| p.people.me.clone());
    let filled = move || {
        store
            .prepared
            .with(|p| !(p.people.me.name.is_empty() && p.people.me.summary.is_empty()))
    };
    let editing = RwSignal::new(!filled());
    // Focus follows the swap between line and form, so a keyboard user is not left on nothing.
    let show = move |edit: bool| {
        editing.set(edit);
        let to = if edit { "me-name" } else { "about-me-edit" };
        crate::focus::focus_soon(vec![to.into()]);
    };
    let draft = RwSignal::new(me());
    let status = RwSignal::new(String::new());
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let value = draft.get_untracked();
        match store.change_people(|p| p.apply(PeopleAction::SetAboutMe(value))) {
            // Nothing given yet: the form stays, as there is no line to show.
            Ok(()) if !filled() => status.set("Add your name or a few words about you.".into()),
            Ok(()) => {
                show(false);
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
    let line = move || {
        let m = me();
        match (m.name.is_empty(), m.summary.is_empty()) {
            (false, false) => format!("Signing as {}, {}", m.name, m.summary),
            (false, true) => format!("Signing as {}", m.name),
            _ => format!("Introducing you as {}; add your name to sign", m.summary),
        }
    };
    view! {
        <div class="about-me">
            <When
                when=move || editing.get()
                fallback=move || view! {
                    <div class="about-line">
                        <h3 id="about-me-heading">"About me"</h3>
                        // Heading, line and button flow as one line of text (CSS), "… · Edit".
                        <p dir="auto">{line}" · "</p>
                        <button type="button" id="about-me-edit" class="link-button" aria-label="Edit About me"
                            on:click=move |_| { draft.set(me()); show(true); }>"Edit"</button>
                    </div>
                }
            >
                <form class="about-form" on:submit=save aria-labelledby="about-me-heading">
                    <h3 id="about-me-heading">"About me"</h3>
                    <p class="hint">"Tell Askwell how to introduce you, once. It fills in every draft."</p>
                    {field("name", "Your name", "e.g. Alex Kim", |d| &d.name, |d, v| d.name = v)}
                    {field("summary", "Who you are, in a few words", "e.g. a second-year biology student at Leeds", |d| &d.summary, |d, v| d.summary = v)}
                    {field("exploring", "What you are exploring", "e.g. careers in science policy", |d| &d.exploring, |d, v| d.exploring = v)}
                    <div class="button-row">
                        <button type="submit" class="button small">"Save and use in drafts"</button>
                        {move || filled().then(|| view! {
                            <button type="button" class="button small" on:click=move |_| show(false)>"Cancel"</button>
                        }.into_any())}
                    </div>
                </form>
            </When>
            <p class="hint" role="status" aria-live="polite">{move || status.get()}</p>
        </div>
    }
}
