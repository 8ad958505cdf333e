use crate::components::review_report::ReviewReport;
use crate::components::with_persona::WithPersona;
use crate::pages::load_interview;
use crate::state::use_store;
use leptos::prelude::*;

/// The review of the session in the route.
#[component]
pub fn ReviewPage(
    /// Session id from the route.
    id: String,
) -> impl IntoView {
    let store = use_store();
    let Some(interview) = load_interview(&id, store) else {
        return view! {
            <section class="page narrow">
                <h1>"Review not found"</h1>
                <p>"This session is not saved in this browser."</p>
                <p><a class="button" href="#/">"Back to the start page"</a></p>
            </section>
        }
        .into_any();
    };
    let persona_id = interview.persona_id.clone();
    view! {
        <WithPersona
            persona_id=persona_id
            render=move |who| view! { <ReviewReport interview=interview.clone() who=who /> }
        />
    }
    .into_any()
}
