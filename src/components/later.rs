//! Part of a page drawn one task after the rest.

use crate::components::when::When;
use leptos::prelude::*;

/// Draws its children in a task after the page around it. V8 compiles each wasm function on
/// its first call, on the main thread, so drawing a whole page the first time is one long
/// task; drawing its lower part a task later keeps each under the 50 ms mark (NOTES.md §11).
/// Builds without the split (browser tests, the single file) draw the children at once.
#[component]
pub fn Later(
    /// What to draw a task later.
    children: ChildrenFn,
) -> impl IntoView {
    let ready = RwSignal::new(!cfg!(askwell_split));
    #[cfg(askwell_split)]
    leptos::task::spawn_local(async move {
        crate::tasks::yield_to_browser().await;
        // The page may have gone meanwhile: then there is nothing to draw.
        let _ = ready.try_set(true);
    });
    view! { <When when=move || ready.get()>{children()}</When> }
}
