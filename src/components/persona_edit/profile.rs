use super::field_problems::FieldProblems;
use super::text_list::TextList;
use super::{dom_id, use_editor};
use askwell_core::custom::{Edit, Field, ProfileField, MAX_BIO_CHARS, MAX_FIELD_CHARS};
use askwell_core::Temperament;
use leptos::prelude::*;

const TEMPERAMENTS: [Temperament; 4] = [
    Temperament::Warm,
    Temperament::Busy,
    Temperament::Rambling,
    Temperament::Guarded,
];

/// Who the persona is: name, pronouns, age, role, organization, field, temperament, bio,
/// and their first words.
#[component]
pub fn ProfileSection() -> impl IntoView {
    let editor = use_editor();
    let text = move |field: ProfileField, label: &'static str, placeholder: &'static str| {
        let f = field.field();
        let id = dom_id(f);
        let label_for = id.clone();
        let described = format!("{id}-problems");
        view! {
            <div class="field">
                <label for=label_for>{label}</label>
                <input
                    id=id
                    type="text"
                    dir="auto"
                    maxlength=MAX_FIELD_CHARS.to_string()
                    placeholder=placeholder
                    aria-describedby=described
                    prop:value=move || editor.persona.with(|p| field.get(p).clone())
                    on:input=move |ev| editor.apply(Edit::Profile { field, value: event_target_value(&ev) })
                />
                <FieldProblems field=f />
            </div>
        }
    };
    let greetings = Signal::derive(move || editor.persona.with(|p| p.greeting.clone()));
    view! {
        <section class="card pe-section" aria-labelledby="pe-profile-heading">
            <h2 id="pe-profile-heading">"Who they are"</h2>
            <div class="pe-profile-grid">
                {text(ProfileField::Name, "Name", "Dr. Ana Lee")}
                {text(ProfileField::Pronouns, "Pronouns", "she/her")}
                {text(ProfileField::Role, "Role", "Marine biologist")}
                {text(ProfileField::Organization, "Organization", "Northshore Marine Institute")}
                {text(ProfileField::FieldOfWork, "Field", "Science: marine biology")}
                <div class="field">
                    <label for="pe-age">"Age (optional)"</label>
                    <input
                        id="pe-age"
                        type="number"
                        min="0"
                        max="120"
                        inputmode="numeric"
                        prop:value=move || editor.persona.with(|p| age_text(p.age))
                        on:input=move |ev| {
                            let input = event_target::<web_sys::HtmlInputElement>(&ev);
                            editor.apply(Edit::Age(input.value().trim().parse().unwrap_or(0)));
                            if editor.refusal.with_untracked(Option::is_some) {
                                // Refused: show the age that is kept, beside the reason.
                                input.set_value(&editor.persona.with_untracked(|p| age_text(p.age)));
                            }
                        }
                    />
                    <FieldProblems field=Field::Age />
                </div>
            </div>
            <fieldset class="field" id="pe-temperament">
                <legend>"Temperament"</legend>
                <div class="choice-row">
                    {TEMPERAMENTS.into_iter().map(|t| {
                        let id = format!("pe-temperament-{}", t.id());
                        let label_for = id.clone();
                        view! {
                            <label class="choice" for=label_for>
                                <input
                                    type="radio"
                                    name="pe-temperament"
                                    id=id
                                    prop:checked=move || editor.persona.with(|p| p.temperament == t)
                                    on:change=move |_| editor.apply(Edit::Temperament(t))
                                />
                                {t.describe()}
                            </label>
                        }
                    }.into_any()).collect_view()}
                </div>
                <FieldProblems field=Field::Temperament />
            </fieldset>
            <div class="field">
                <label for="pe-bio">"Bio: what a student reads before starting"</label>
                <textarea
                    id="pe-bio"
                    dir="auto"
                    rows="4"
                    maxlength=MAX_BIO_CHARS.to_string()
                    placeholder="Two to four sentences in the third person: who they are, where they work, one detail of their path."
                    aria-describedby="pe-bio-problems"
                    prop:value=move || editor.persona.with(|p| p.bio.clone())
                    on:input=move |ev| editor.apply(Edit::Profile { field: ProfileField::Bio, value: event_target_value(&ev) })
                ></textarea>
                <FieldProblems field=Field::Bio />
            </div>
            <div class="field">
                <p class="field-title">"Greeting: their first words on the call"</p>
                <TextList
                    id_prefix="pe-greeting".to_string()
                    item_label="Greeting".to_string()
                    add_label="Add another greeting"
                    items=greetings
                    on_change=Callback::new(move |lines| editor.apply(Edit::Greeting(lines)))
                    rows=2
                    described_by="pe-greeting-1-problems".to_string()
                />
                <FieldProblems field=Field::Greeting />
            </div>
        </section>
    }
}

/// The age box's text: empty for 0 ("left out").
fn age_text(age: u32) -> String {
    if age == 0 {
        String::new()
    } else {
        age.to_string()
    }
}
