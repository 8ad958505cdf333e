//! The root component: provides the store and the route, starts reading the saved data
//! (`crate::saved`), and shows the page for the current hash.

use crate::components::data_banner::DataBanner;
use crate::components::notices::Notices;
use crate::pages::{home::HomePage, not_found::NotFoundPage};
use crate::route::{provide_route, use_route, Route};
use crate::state::{provide_store, NoticeKind, Saved, Store};
use crate::{chunk, page};
use askwell_core::store::PREFIX;
use leptos::prelude::*;

const BACKUPS: &str = "askwell.backup.";

#[component]
pub fn App() -> impl IntoView {
    mark("askwell-mounting");
    remove_startup_shell();
    let store = Store::new();
    provide_store(store);
    provide_route();
    crate::saved::start(store);
    // Work out of sight (reading every stored session; personas a deployment ships beside the
    // app in personas/extra/), once Home is on screen and the saved data is read. Both are in
    // the interview chunk and run side by side.
    leptos::task::spawn_local(async move {
        crate::tasks::after_next_paint().await;
        // However late: when the first try fails, a later page or Start may still read it.
        if store.until_ready().await.is_err() {
            return;
        }
        for task in [chunk!(check_sessions(store)), chunk!(load_hosted(store))] {
            match task {
                Ok(task) => leptos::task::spawn_local(task),
                Err(why) => store.notify(NoticeKind::Warning, why.to_string()),
            }
        }
    });
    let route = use_route();
    // In the split build the page is drawn in a task of its own, after the header. V8
    // compiles each wasm function on its first call, on the main thread, so instantiating the
    // module and drawing the whole first screen in one go was one task of 100-250 ms
    // (NOTES.md §11).
    let drawn = RwSignal::new(!cfg!(askwell_split));
    #[cfg(askwell_split)]
    leptos::task::spawn_local(async move {
        crate::tasks::yield_to_browser().await;
        drawn.set(true);
    });
    // Another tab changed Askwell's data: show its list, and offer to reload the open session.
    let handle = window_event_listener(leptos::ev::storage, move |ev| {
        let key = ev.key();
        // Until the saved data is read there is nothing to refresh: it is read as it is now.
        if store.saved.get_untracked() != Saved::Ready {
            return;
        }
        if key
            .as_deref()
            .is_some_and(|k| !k.starts_with(PREFIX) || k.starts_with(BACKUPS))
        {
            return;
        }
        let open = route.get_untracked();
        leptos::task::spawn_local(async move {
            if let Err(why) = chunk!(storage_changed(store, key, open)) {
                store.notify(NoticeKind::Warning, why.to_string());
            }
        });
    });
    on_cleanup(move || handle.remove());
    // After each route change (not the first screen), the new page gets focus at its top.
    Effect::new(move |previous: Option<Route>| {
        let now = route.get();
        if previous.is_some_and(|p| p != now) {
            crate::focus::focus_new_page();
        }
        now
    });

    view! {
        // The app routes on the hash, so the link's own jump (to `#main`) would open a page
        // that does not exist: move focus to the page's heading instead.
        <a class="skip-link" href="#main" on:click=|ev| {
            ev.prevent_default();
            crate::focus::focus_page_heading();
        }>"Skip to content"</a>
        <header class="site-header">
            <a class="brand" href="#/">
                <span class="brand-mark" aria-hidden="true">"A"</span>
                "Askwell"
            </a>
            <span class="tagline">"Practise informational interviews"</span>
            <nav class="site-nav" aria-label="Main">
                // A practice and its review belong to Practice: "true", as the link is not
                // the page itself.
                <a href="#/" aria-current=move || match route.get() {
                    Route::Home => Some("page"),
                    Route::Practice(_) | Route::Review(_) => Some("true"),
                    _ => None,
                }>"Practice"</a>
                <a href="#/people" aria-current=move || matches!(route.get(), Route::People | Route::Person(_)).then_some("page")>"People"</a>
                <a href="#/personas" aria-current=move || matches!(route.get(), Route::Personas | Route::PersonaEdit(_)).then_some("page")>"Personas"</a>
                <a href="#/history" aria-current=move || (route.get() == Route::History).then_some("page")>"Progress"</a>
                <a href="#/settings" aria-current=move || (route.get() == Route::Settings).then_some("page")>"Data"</a>
            </nav>
        </header>
        <DataBanner />
        <Notices />
        <main id="main" tabindex="-1">
            {move || {
                store.epoch.track();
                if !drawn.get() {
                    return ().into_any();
                }
                match route.get() {
                Route::Home => view! { <HomePage /> }.into_any(),
                Route::Practice(id) => page!(practice(id)),
                Route::Review(id) => page!(review(id)),
                Route::History => page!(history()),
                Route::Settings => page!(settings()),
                Route::People => page!(people()),
                Route::Person(id) => page!(person(id)),
                Route::Plan(id) => page!(plan(id)),
                Route::Personas => page!(personas()),
                Route::PersonaEdit(id) => page!(persona_edit(id)),
                Route::NotFound => view! { <NotFoundPage /> }.into_any(),
            }}}
        </main>
        <footer class="site-footer">
            "Everything stays in this browser. Works offline."
        </footer>
    }
}

/// The static header index.html shows while the wasm loads gives way to the app.
fn remove_startup_shell() {
    if let Some(shell) = document().get_element_by_id("askwell-shell") {
        shell.remove();
    }
}

/// A performance mark, so `scripts/scale.js` can time the first screen from here.
fn mark(name: &str) {
    if let Some(p) = web_sys::window().and_then(|w| w.performance()) {
        let _ = p.mark(name);
    }
}
