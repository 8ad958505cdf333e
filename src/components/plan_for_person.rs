use crate::components::when::When;
use crate::practice_start::open_plan;
use crate::state::use_store;
use askwell_core::prepare::PlanFor;
use leptos::prelude::*;

/// A question plan for someone on the user's list: pick a person, open their plan (made on
/// first use, 30 minutes). Names a persona made up in a practice are left out: they are for
/// rehearsing, not someone to meet. Shows nothing while no one is left.
#[component]
pub fn PlanForPerson() -> impl IntoView {
    let store = use_store();
    let people = Memo::new(move |_| {
        store.prepared.with(|p| {
            p.people
                .people
                .iter()
                .filter(|x| !x.is_made_up())
                .map(|x| (x.id.clone(), x.name().to_string()))
                .collect::<Vec<_>>()
        })
    });
    let chosen = RwSignal::new(String::new());
    let busy = RwSignal::new(false);
    let open = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let id = chosen.get_untracked();
        let id = if id.is_empty() {
            people.with_untracked(|p| p.first().map(|(id, _)| id.clone()).unwrap_or_default())
        } else {
            id
        };
        if !id.is_empty() {
            open_plan(store, PlanFor::Person(id), 30, busy);
        }
    };
    view! {
        <When when=move || people.with(|p| !p.is_empty())>
            <form class="plan-for-person" on:submit=open>
                <label for="plan-person">"Plan your questions for someone on your list"</label>
                <div class="plan-for-person-row">
                    <select id="plan-person" on:change=move |ev| chosen.set(event_target_value(&ev))>
                        {move || people.get().into_iter().map(|(id, name)| view! {
                            <option value=id.clone() selected=move || chosen.get() == id>{name}</option>
                        }.into_any()).collect_view()}
                    </select>
                    <button type="submit" class="button small" aria-disabled=move || busy.get().then_some("true")>
                        {move || if busy.get() { "Opening…" } else { "Open plan" }}
                    </button>
                </div>
            </form>
        </When>
    }
}
