use crate::practice_start::{start_practice, NewPractice};
use crate::state::use_store;
use askwell_core::interview::ClockMode;
use askwell_core::prepare::closest_persona;
use leptos::prelude::*;

/// "Practise with this plan" for a real person's plan: Askwell cannot play them, so the user
/// picks a persona to answer instead (the one whose work sounds closest comes first), and the
/// practice shows this plan beside the box.
#[component]
pub fn PlanRehearse(
    /// The plan to practise.
    plan_id: String,
    /// The person on the list the plan is for.
    person_id: String,
    /// The person's name, for the explanation.
    name: String,
    /// The plan's agreed length, used for the practice.
    #[prop(into)]
    minutes: Signal<u32>,
) -> impl IntoView {
    let store = use_store();
    let offered: Vec<_> = crate::personas::offered(store)
        .into_iter()
        .map(|(info, _)| info)
        .collect();
    let closest = store.prepared.with_untracked(|p| {
        p.people
            .get(&person_id)
            .and_then(|person| closest_persona(&person.details, &offered))
    });
    let chosen = RwSignal::new(
        closest
            .and_then(|i| offered.get(i))
            .map(|p| p.id.clone())
            .unwrap_or_default(),
    );
    let starting = RwSignal::new(false);
    let practise = move |_| {
        let practice = NewPractice {
            question_plan: Some(plan_id.clone()),
            ..NewPractice::with(
                chosen.get_untracked(),
                minutes.get_untracked(),
                ClockMode::Simulated,
            )
        };
        start_practice(store, practice, starting);
    };
    let options = offered
        .into_iter()
        .map(|p| {
            {
                let label = format!("{}, {}", p.name, p.role);
                let id = p.id;
                let selected = chosen.get_untracked() == id;
                view! { <option value=id selected=selected>{label}</option> }
            }
            .into_any()
        })
        .collect_view();
    view! {
        <div class="plan-rehearse">
            <label for="rehearse-with">"Rehearse with"</label>
            <select id="rehearse-with" aria-describedby="rehearse-note" on:change=move |ev| chosen.set(event_target_value(&ev))>
                {options}
            </select>
            <button
                type="button"
                class="button primary"
                prop:disabled=move || starting.get() || chosen.with(String::is_empty)
                on:click=practise
            >
                {move || if starting.get() { "Starting…" } else { "Practise with this plan" }}
            </button>
            <p class="hint" id="rehearse-note">
                {format!("A persona answers in {name}'s place, with your plan beside the box: practise asking, not what {name} will say.")}
            </p>
        </div>
    }
}
