use crate::components::people_common::role_line;
use crate::components::person_fields::PersonFields;
use crate::components::when::When;
use crate::route::{navigate, Route};
use crate::state::use_store;
use askwell_core::prepare::{LogAction, PeopleAction, Person, PlanAction};
use leptos::prelude::*;

/// A person's details, with an Edit form (through the reducer, whose refusal is shown) and
/// a Remove button that asks once.
#[component]
pub fn PersonSummary(
    /// The person as stored now.
    #[prop(into)]
    person: Signal<Person>,
    /// Who referred them, by name, if anyone.
    #[prop(into)]
    referrer: Signal<Option<String>>,
) -> impl IntoView {
    let store = use_store();
    let editing = RwSignal::new(false);
    let confirm_remove = RwSignal::new(false);
    let draft = RwSignal::new(person.get_untracked().details);
    let error = RwSignal::new(String::new());
    let status = RwSignal::new(String::new());
    let start_edit = move |_| {
        draft.set(person.get_untracked().details);
        error.set(String::new());
        editing.set(true);
    };
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let id = person.get_untracked().id;
        let details = draft.get_untracked();
        if details.email_looks_incomplete() {
            error.set(askwell_core::prepare::INCOMPLETE_EMAIL.into());
            crate::focus::focus_soon(vec!["edit-email".into()]);
            return;
        }
        match store.change_people(|p| p.apply(PeopleAction::Edit { id, details })) {
            Ok(()) => {
                editing.set(false);
                status.set("Saved the details.".into());
            }
            Err(e) => error.set(e),
        }
    };
    // Their plan and conversation notes go too: nothing would show them any more.
    let records = move || store.prepared.with(|p| p.records_of(&person.get().id));
    let remove = move |_| {
        let id = person.get_untracked().id;
        let records = store.prepared.with_untracked(|p| p.records_of(&id));
        if store
            .change_people(|p| p.apply(PeopleAction::Delete { id }))
            .is_err()
        {
            return;
        }
        if let Some(id) = records.plan {
            if let Err(why) = store.change_plans(|p| p.apply(PlanAction::Delete { id })) {
                store.notify(crate::state::NoticeKind::Warning, why);
            }
        }
        if !records.logs.is_empty() {
            let gone = store.change_logs(|l| {
                let mut changed = false;
                for id in records.logs {
                    changed |= l.apply(LogAction::Delete { id })?;
                }
                Ok(changed)
            });
            if let Err(why) = gone {
                store.notify(crate::state::NoticeKind::Warning, why);
            }
        }
        navigate(&Route::People);
    };
    let facts = move || {
        let p = person.get();
        let d = p.details;
        let mut rows: Vec<(&'static str, String)> = Vec::new();
        if !d.field.is_empty() {
            rows.push(("Field", d.field));
        }
        if !d.email.is_empty() {
            rows.push(("Email", d.email));
        }
        if !d.how_found.is_empty() {
            rows.push(("How you know them", d.how_found));
        }
        if let Some(r) = referrer.get() {
            rows.push(("Referred by", r));
        }
        rows.push(("Circle", d.circle.label().to_string()));
        if !d.notes.is_empty() {
            rows.push(("Notes", d.notes));
        }
        rows
    };
    view! {
        <section class="card person-summary" aria-labelledby="details-heading">
            <h2 id="details-heading">"Details"</h2>
            <When
                when=move || editing.get()
                fallback=move || view! {
                    <p class="person-role" dir="auto">{move || role_line(&person.get())}</p>
                    <dl class="facts">
                        {move || facts().into_iter().map(|(k, v)| view! {
                            <div><dt>{k}</dt><dd dir="auto">{v}</dd></div>
                        }.into_any()).collect_view()}
                    </dl>
                    <div class="button-row">
                        <button type="button" class="button small" on:click=start_edit>"Edit details"</button>
                        <When
                            when=move || confirm_remove.get()
                            fallback=move || view! {
                                <button type="button" class="button small danger" on:click=move |_| confirm_remove.set(true)>"Remove…"</button>
                            }
                        >
                            <span class="confirm-inline">
                                {move || records().question()}
                                " "
                                <button type="button" class="button small danger" on:click=remove>"Yes, remove"</button>
                                <button type="button" class="button small" on:click=move |_| confirm_remove.set(false)>"Keep"</button>
                            </span>
                        </When>
                    </div>
                    <p class="hint" role="status">{move || status.get()}</p>
                }
            >
                <form on:submit=save novalidate>
                    <PersonFields details=draft prefix="edit" />
                    <p class="form-error" role="alert">{move || error.get()}</p>
                    <div class="button-row">
                        <button type="submit" class="button primary">"Save details"</button>
                        <button type="button" class="button" on:click=move |_| editing.set(false)>"Cancel"</button>
                    </div>
                </form>
            </When>
        </section>
    }
}
