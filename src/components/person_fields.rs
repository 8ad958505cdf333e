use askwell_core::prepare::{Circle, PersonDetails, MAX_FIELD_CHARS, MAX_TEXT_CHARS};
use leptos::prelude::*;

/// The labelled fields of a person (name, role, organization, field, email, how you know
/// them, circle, notes), bound to one signal. Used by the add form and the edit form.
#[component]
pub fn PersonFields(
    /// What the fields show and change.
    details: RwSignal<PersonDetails>,
    /// Prefix for the input ids, unique on the page ("add", "edit").
    prefix: &'static str,
) -> impl IntoView {
    let text_field = move |key: &'static str,
                           label: &'static str,
                           placeholder: &'static str,
                           kind: &'static str,
                           get: fn(&PersonDetails) -> &String,
                           set: fn(&mut PersonDetails, String)| {
        let id = format!("{prefix}-{key}");
        let label_for = id.clone();
        view! {
            <div class=format!("field field-{key}")>
                <label for=label_for>{label}</label>
                <input
                    id=id
                    type=kind
                    dir="auto"
                    maxlength=MAX_FIELD_CHARS.to_string()
                    placeholder=placeholder
                    prop:value=move || details.with(|d| get(d).clone())
                    on:input=move |ev| details.update(|d| set(d, event_target_value(&ev)))
                />
            </div>
        }
    };
    let notes_id = format!("{prefix}-notes");
    let notes_for = notes_id.clone();
    let circle_name = format!("{prefix}-circle");
    view! {
        <div class="person-fields">
            {text_field("name", "Name", "e.g. Sam Lee", "text", |d| &d.name, |d, v| d.name = v)}
            {text_field("role", "Role", "e.g. Policy analyst", "text", |d| &d.role, |d, v| d.role = v)}
            {text_field("organization", "Organization", "e.g. City Council", "text", |d| &d.organization, |d, v| d.organization = v)}
            {text_field("field", "Field", "e.g. Science policy", "text", |d| &d.field, |d, v| d.field = v)}
            {text_field("email", "Email (optional)", "e.g. sam@example.org", "email", |d| &d.email, |d, v| d.email = v)}
            {text_field("how", "How you know or found them", "e.g. My lab's alumni list", "text", |d| &d.how_found, |d, v| d.how_found = v)}
            <fieldset class="field field-circle">
                <legend>"How well you know them"</legend>
                <div class="choice-row">
                    {Circle::ALL
                        .into_iter()
                        .map(|c| {
                            let id = format!("{prefix}-circle-{c:?}").to_ascii_lowercase();
                            let label_for = id.clone();
                            view! {
                                <label class="choice" for=label_for>
                                    <input
                                        type="radio"
                                        id=id
                                        name=circle_name.clone()
                                        prop:checked=move || details.with(|d| d.circle == c)
                                        on:change=move |_| details.update(|d| d.circle = c)
                                    />
                                    {c.label()}
                                </label>
                            }
                        }.into_any())
                        .collect_view()}
                </div>
            </fieldset>
            <div class="field field-notes">
                <label for=notes_for>"Notes"</label>
                <textarea
                    id=notes_id
                    dir="auto"
                    rows="3"
                    maxlength=MAX_TEXT_CHARS.to_string()
                    placeholder="What they work on, what you would like to ask"
                    prop:value=move || details.with(|d| d.notes.clone())
                    on:input=move |ev| details.update(|d| d.notes = event_target_value(&ev))
                ></textarea>
            </div>
        </div>
    }
}
