use crate::content::{self, Interviewee};
use leptos::prelude::*;
use leptos::task::spawn_local;
use std::sync::Arc;

/// Loads a persona's script, showing progress and a clear message on failure, then renders
/// `render` with it.
#[component]
pub fn WithPersona<F, V>(
    /// Which persona.
    persona_id: String,
    /// What to show once the script is loaded.
    render: F,
    /// For a review: when the persona was one of the user's own and is gone, show it with a
    /// stand-in of this name instead of an error (the session keeps what was said).
    #[prop(optional)]
    stand_in: Option<String>,
) -> impl IntoView
where
    F: Fn(Arc<Interviewee>) -> V + Send + Sync + 'static,
    V: IntoView + 'static,
{
    let loaded: RwSignal<Option<Result<Arc<Interviewee>, String>>> = RwSignal::new(None);
    spawn_local(async move {
        let found = match (content::load(&persona_id).await, stand_in) {
            (Err(_), Some(name)) if askwell_core::custom::is_custom_id(&persona_id) => {
                Ok(content::stand_in(&persona_id, &name))
            }
            (result, _) => result,
        };
        loaded.set(Some(found));
    });
    move || match loaded.get() {
        None => {
            view! { <p class="loading" role="status">"Loading the conversation…"</p> }.into_any()
        }
        Some(Err(message)) => view! {
            <div class="notice error" role="alert"><p>{message}</p></div>
        }
        .into_any(),
        Some(Ok(who)) => render(who).into_view().into_any(),
    }
}
