use crate::components::practice_session::PracticeSession;
use crate::components::with_persona::WithPersona;
use crate::pages::{load_interview, session_missing};
use crate::route::{navigate, Route};
use crate::state::use_store;
use leptos::prelude::*;

/// Practice for the session in the route: loads it and its persona.
#[component]
pub fn PracticePage(
    /// Session id from the route.
    id: String,
) -> impl IntoView {
    let store = use_store();
    let interview = match load_interview(&id, store) {
        Ok(i) => i,
        Err(why) => {
            return session_missing(
                "Session not found",
                "This practice session is not saved in this browser.",
                why,
                "Start a new practice",
            )
        }
    };
    if !interview.is_active() {
        navigate(&Route::Review(interview.id.clone()));
    }
    let persona_id = interview.persona_id.clone();
    view! {
        <WithPersona
            persona_id=persona_id
            render=move |who| view! { <PracticeSession loaded=interview.clone() who=who /> }
        />
    }
    .into_any()
}
