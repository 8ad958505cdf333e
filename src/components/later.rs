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
    /// Wait until the browser has painted the rest first, so the styles of the two parts are
    /// worked out in two frames rather than both in the later task (a focus there makes the
    /// browser style the whole page at once).
    #[prop(optional)]
    after_paint: bool,
) -> impl IntoView {
    let ready = RwSignal::new(!cfg!(askwell_split));
    #[cfg(askwell_split)]
    leptos::task::spawn_local(async move {
        if after_paint {
            crate::tasks::after_next_paint().await;
        } else {
            crate::tasks::yield_to_browser().await;
        }
        // The page may have gone meanwhile: then there is nothing to draw.
        let _ = ready.try_set(true);
    });
    #[cfg(not(askwell_split))]
    let _ = after_paint;
    view! { <When when=move || ready.get()>{children()}</When> }
}
