use crate::components::people_common::new_record_id;
use crate::components::tool_card::ToolCard;
use crate::components::when::When;
use crate::format::now_ms;
use crate::route::Route;
use crate::state::use_store;
use askwell_core::prepare::{
    noted_names, PeopleAction, Person, ReferredBy, MAX_FIELD_CHARS, MAX_TEXT_CHARS,
};
use leptos::prelude::*;

/// "Add a referral they gave": a name and a note; the new person remembers who gave it, and
/// the list of names this person already gave is shown with links.
#[component]
pub fn AddReferralForm(
    /// The person who gave the name.
    #[prop(into)]
    person: Signal<Person>,
    /// Open when this is the tool for where things stand (`PersonTool::open_for`).
    #[prop(into)]
    open: Signal<bool>,
) -> impl IntoView {
    let store = use_store();
    let name = RwSignal::new(String::new());
    let note = RwSignal::new(String::new());
    let error = RwSignal::new(String::new());
    let status = RwSignal::new(String::new());
    let given = move || {
        let id = person.with(|p| p.id.clone());
        store.prepared.with(|p| {
            p.people
                .referred_by(&id)
                .into_iter()
                .map(|x| (x.id.clone(), x.name().to_string(), x.stage().label()))
                .collect::<Vec<_>>()
        })
    };
    // Names written in the notes of a talk with them ("People they suggested"), offered to
    // fill the form: the user checks the name (notes are free text) and adds it.
    let noted = move || {
        let id = person.with(|p| p.id.clone());
        store
            .prepared
            .with(|p| noted_names(&p.logs, &p.people, &id))
    };
    let take = move |name_text: String, note_text: String| {
        name.set(name_text);
        note.set(note_text);
        status.set(String::new());
        crate::focus::focus_after_dismiss("referral-name");
    };
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let from = ReferredBy::Person {
            person_id: person.get_untracked().id,
        };
        let new_name = name.get_untracked();
        let result = store.change_people(|p| {
            p.apply(PeopleAction::AddReferral {
                id: new_record_id('p', now_ms()),
                name: new_name.clone(),
                note: note.get_untracked(),
                from,
                at_ms: now_ms(),
            })
        });
        match result {
            Ok(()) => {
                error.set(String::new());
                status.set(format!("Added {} to your people.", new_name.trim()));
                name.set(String::new());
                note.set(String::new());
            }
            Err(e) => error.set(e),
        }
    };
    view! {
        <ToolCard class="add-referral" heading_id="referral-heading" title="Names they gave you" open=open>
            <When when=move || !given().is_empty() fallback=|| view! {
                <p class="hint">"When they suggest someone to talk to, add the name here: it joins your people, remembering who suggested it."</p>
            }>
                <ul class="given-list">
                    {move || given().into_iter().map(|(id, n, stage)| view! {
                        <li><a href=Route::Person(id).href() dir="auto">{n}</a><span class="badge">{stage}</span></li>
                    }.into_any()).collect_view()}
                </ul>
            </When>
            <When when=move || !noted().is_empty()>
                <div class="noted-names">
                    <span class="hint">"From your notes of the talk:"</span>
                    {move || noted().into_iter().map(|n| {
                        let label = format!("Fill in {}", n.name);
                        let (who, said) = (n.name.clone(), n.note.clone());
                        view! {
                            <button type="button" class="button small" aria-label=label on:click=move |_| take(who.clone(), said.clone())>
                                {n.name}
                            </button>
                        }
                    }.into_any()).collect_view()}
                </div>
            </When>
            <form class="inline-form" on:submit=submit novalidate>
                <div class="field">
                    <label for="referral-name">"Name"</label>
                    <input id="referral-name" type="text" dir="auto" maxlength=MAX_FIELD_CHARS.to_string()
                        prop:value=move || name.get() on:input=move |ev| name.set(event_target_value(&ev)) />
                </div>
                <div class="field">
                    <label for="referral-note">"Note (optional)"</label>
                    <input id="referral-note" type="text" dir="auto" maxlength=MAX_TEXT_CHARS.to_string()
                        placeholder="Works on the school programme; happy to talk"
                        prop:value=move || note.get() on:input=move |ev| note.set(event_target_value(&ev)) />
                </div>
                <button type="submit" class="button">"Add a referral they gave"</button>
            </form>
            <p class="form-error" role="alert">{move || error.get()}</p>
            <p class="hint" role="status" aria-live="polite">{move || status.get()}</p>
        </ToolCard>
    }
}
