use crate::components::review_report::ReviewReport;
use crate::components::with_persona::WithPersona;
use crate::pages::{load_interview, session_missing};
use crate::state::use_store;
use leptos::prelude::*;

/// The review of the session in the route.
#[component]
pub fn ReviewPage(
    /// Session id from the route.
    id: String,
) -> impl IntoView {
    let store = use_store();
    let interview = match load_interview(&id, store) {
        Ok(i) => i,
        Err(why) => {
            return session_missing(
                "Review not found",
                "This session is not saved in this browser.",
                why,
                "Back to the start page",
            )
        }
    };
    let persona_id = interview.persona_id.clone();
    // The name the session list remembers, for a persona of the user's that is gone.
    let remembered = store.index.with_untracked(|i| {
        i.sessions
            .iter()
            .find(|s| s.id == interview.id)
            .map(|s| s.persona_name.clone())
            .unwrap_or_default()
    });
    view! {
        <WithPersona
            persona_id=persona_id
            stand_in=remembered
            render=move |who| view! { <ReviewReport interview=interview.clone() who=who /> }
        />
    }
    .into_any()
}
