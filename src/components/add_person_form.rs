use crate::components::people_common::new_record_id;
use crate::components::person_fields::PersonFields;
use crate::format::now_ms;
use crate::route::Route;
use crate::state::use_store;
use askwell_core::prepare::{PeopleAction, PersonDetails, ReferredBy};
use leptos::prelude::*;

/// "Add a person": their details, and who referred them (someone on the list, or nobody).
/// The reducer's refusal is shown as it is; success links to the new person.
#[component]
pub fn AddPersonForm() -> impl IntoView {
    let store = use_store();
    let details = RwSignal::new(PersonDetails::default());
    let referrer = RwSignal::new(String::new());
    let error = RwSignal::new(String::new());
    let added = RwSignal::new(None::<(String, String)>);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let id = new_record_id('p', now_ms());
        let d = details.get_untracked();
        // The field at fault takes the focus, so the message is read beside it.
        if d.email_looks_incomplete() {
            added.set(None);
            error.set(askwell_core::prepare::INCOMPLETE_EMAIL.into());
            crate::focus::focus_soon(vec!["add-email".into()]);
            return;
        }
        let by = referrer.get_untracked();
        let referred_by = (!by.is_empty()).then_some(ReferredBy::Person { person_id: by });
        let result = store.change_people(|p| {
            p.apply(PeopleAction::Add {
                id: id.clone(),
                details: d.clone(),
                referred_by,
                at_ms: now_ms(),
            })
        });
        match result {
            Ok(()) => {
                error.set(String::new());
                added.set(Some((id, d.name.trim().to_string())));
                details.set(PersonDetails::default());
                referrer.set(String::new());
            }
            Err(e) => {
                added.set(None);
                error.set(e);
                if d.name.trim().is_empty() {
                    crate::focus::focus_soon(vec!["add-name".into()]);
                }
            }
        }
    };
    let choices = move || {
        store.prepared.with(|p| {
            p.people
                .people
                .iter()
                .map(|x| (x.id.clone(), x.name().to_string()))
                .collect::<Vec<_>>()
        })
    };
    view! {
        <form class="card add-person" on:submit=submit aria-labelledby="add-heading" novalidate>
            <h2 id="add-heading">"Add a person"</h2>
            <PersonFields details=details prefix="add" />
            <div class="field field-referrer">
                <label for="add-referrer">"Who referred them"</label>
                <select
                    id="add-referrer"
                    prop:value=move || referrer.get()
                    on:change=move |ev| referrer.set(event_target_value(&ev))
                >
                    <option value="">"Nobody: I found them myself"</option>
                    {move || choices()
                        .into_iter()
                        .map(|(id, name)| view! { <option value=id>{name}</option> }.into_any())
                        .collect_view()}
                </select>
            </div>
            <p class="form-error" role="alert">{move || error.get()}</p>
            <div class="form-actions">
                <button type="submit" class="button primary">"Add to my people"</button>
                <span class="hint" role="status" aria-live="polite">
                    {move || added.get().map(|(id, name)| view! {
                        "Added "<a href=Route::Person(id).href()>{name}</a>". Open their page to write to them."
                    }.into_any())}
                </span>
            </div>
        </form>
    }
}
