use crate::components::plan_editor::{PlanChecker, PlanEditor};
use crate::components::with_persona::WithPersona;
use crate::state::use_store;
use askwell_core::prepare::{check_plan, PlanFor};
use askwell_core::understand::Matcher;
use leptos::prelude::*;
use std::sync::Arc;

/// A question plan, checked as you write it. A persona's plan is read with that persona's
/// words (as a practice would read it); a real person's with the shared vocabulary only.
#[component]
pub fn PlanPage(
    /// Plan id from the route.
    id: String,
) -> impl IntoView {
    let store = use_store();
    let whom = store
        .prepared
        .with_untracked(|p| p.plans.get(&id).map(|plan| plan.for_whom.clone()));
    match whom {
        None => view! {
            <section class="page narrow">
                <h1>"Plan not found"</h1>
                <p>"This question plan is not saved in this browser. Start a new one from Home: choose a person and press “Plan your questions”."</p>
                <p><a class="button" href="#/">"Go to Home"</a></p>
            </section>
        }
        .into_any(),
        Some(PlanFor::Persona(persona_id)) => view! {
            <WithPersona
                persona_id=persona_id
                render=move |who| {
                    let checker: PlanChecker = Arc::new(move |plan| check_plan(plan, who.matcher()));
                    view! { <PlanEditor plan_id=id.clone() checker=checker /> }
                }
            />
        }
        .into_any(),
        Some(PlanFor::Person(_)) => {
            let matcher = Arc::new(Matcher::new(&[]));
            let checker: PlanChecker = Arc::new(move |plan| check_plan(plan, &matcher));
            view! { <PlanEditor plan_id=id checker=checker /> }.into_any()
        }
    }
}
