use crate::components::people_common::new_record_id;
use crate::format::now_ms;
use crate::route::Route;
use crate::state::use_store;
use askwell_core::prepare::{PeopleAction, PracticeName, ReferredBy};
use leptos::prelude::*;

/// In a practice review: each person the persona named (a contact nugget drawn out, or a name
/// in an answer about whom to talk to), with
/// "Add to my people". The new person remembers the practice and persona it came from;
/// once added, the button becomes a link to them.
#[component]
pub fn PracticeContacts(
    /// The practice session.
    session_id: String,
    /// The persona who named the contacts.
    persona_name: String,
    /// The people named (`askwell_core::prepare::practice_names`).
    contacts: Vec<PracticeName>,
) -> impl IntoView {
    let store = use_store();
    let named = contacts;
    if named.is_empty() {
        return ().into_any();
    }
    let status = RwSignal::new(String::new());
    let items = named
        .into_iter()
        .map(|PracticeName { key, name, said: text }| {
            let from = ReferredBy::Practice {
                session_id: session_id.clone(),
                nugget_id: key,
                persona_name: persona_name.clone(),
            };
            let from_check = from.clone();
            let added = move || {
                store.prepared.with(|p| {
                    p.people
                        .people
                        .iter()
                        .find(|x| x.referred_by.as_ref() == Some(&from_check))
                        .map(|x| x.id.clone())
                })
            };
            let add_name = name.clone();
            let add = move |_| {
                let result = store.change_people(|p| {
                    p.apply(PeopleAction::AddReferral {
                        id: new_record_id('p', now_ms()),
                        name: add_name.clone(),
                        note: text.clone(),
                        from: from.clone(),
                        at_ms: now_ms(),
                    })
                });
                status.set(match result {
                    Ok(()) => format!(
                        "Added {add_name} to your people, noting where the name came from. \
                         A name from a practice is made up, so it never shows as a next action."
                    ),
                    Err(e) => e,
                });
            };
            let label = name.clone();
            view! {
                <li>
                    <span class="contact-name" dir="auto">{name.clone()}</span>
                    {move || match added() {
                        Some(id) => view! {
                            <a class="button small" href=Route::Person(id).href()>{format!("Open {label}")}</a>
                        }.into_any(),
                        None => view! {
                            <button type="button" class="button small" on:click=add.clone()
                                aria-label=format!("Add to my people: {label}")>
                                "Add to my people"
                            </button>
                        }.into_any(),
                    }}
                </li>
            }
        }.into_any())
        .collect_view();
    view! {
        <section class="card practice-contacts" aria-labelledby="practice-contacts-heading">
            <h2 id="practice-contacts-heading">"Names from this practice"</h2>
            <p class="hint">{format!("{persona_name} suggested these people. In a real talk, names like these are who you write to next: add one to your people to practise the email to them. They stay marked as made up in practice.")}</p>
            <ul class="contact-list">{items}</ul>
            <p class="hint" role="status" aria-live="polite">{move || status.get()}</p>
        </section>
    }
    .into_any()
}
