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
) -> impl IntoView
where
    F: Fn(Arc<Interviewee>) -> V + Send + Sync + 'static,
    V: IntoView + 'static,
{
    let loaded: RwSignal<Option<Result<Arc<Interviewee>, String>>> = RwSignal::new(None);
    spawn_local(async move {
        loaded.set(Some(content::load(&persona_id).await));
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
