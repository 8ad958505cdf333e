use crate::practice_start::open_plan;
use crate::state::use_store;
use askwell_core::prepare::PlanFor;
use leptos::prelude::*;

/// "Plan your questions" beside the start button: opens the question plan for the chosen
/// persona (made on first use with the chosen length), and says how far it has got.
#[component]
pub fn PlanStart(
    /// The persona chosen on Home.
    #[prop(into)]
    persona: Signal<String>,
    /// The agreed length chosen on Home (used when a new plan is made).
    #[prop(into)]
    minutes: Signal<u32>,
) -> impl IntoView {
    let store = use_store();
    let busy = RwSignal::new(false);
    let planned = move || {
        let whom = PlanFor::Persona(persona.get());
        store
            .prepared
            .with(|p| p.plans.for_whom(&whom).map(|plan| plan.questions.len()))
    };
    view! {
        <button
            type="button"
            class="button plan-start"
            aria-disabled=move || busy.get().then_some("true")
            on:click=move |_| {
                open_plan(store, PlanFor::Persona(persona.get_untracked()), minutes.get_untracked(), busy)
            }
        >
            {move || if busy.get() { "Opening…" } else { "Plan your questions" }}
        </button>
        <p class="hint plan-start-note">
            {move || match planned() {
                None | Some(0) => "Write your own questions first, checked as you type.".to_string(),
                Some(1) => "Your plan for this person has 1 question.".to_string(),
                Some(n) => format!("Your plan for this person has {n} questions."),
            }}
        </p>
    }
}
