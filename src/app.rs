//! The root component: loads the saved index once, provides the store and the route, and
//! shows the page for the current hash.

use crate::components::notices::Notices;
use crate::format::now_ms;
use crate::pages::{history::HistoryPage, settings::SettingsPage};
use crate::pages::{
    home::HomePage, not_found::NotFoundPage, practice::PracticePage, review::ReviewPage,
};
use crate::route::{provide_route, use_route, Route};
use crate::state::{provide_store, NoticeKind, Store};
use crate::storage;
use leptos::prelude::*;

#[component]
pub fn App() -> impl IntoView {
    let (index, problems) = storage::load_index(now_ms());
    let store = Store::new(index);
    if !storage::is_available() {
        store.notify(
            NoticeKind::Warning,
            storage::StorageError::Unavailable.to_string(),
        );
    }
    for p in problems {
        store.notify(NoticeKind::Warning, p);
    }
    provide_store(store);
    provide_route();
    let route = use_route();

    view! {
        <a class="skip-link" href="#main">"Skip to content"</a>
        <header class="site-header">
            <a class="brand" href="#/">
                <span class="brand-mark" aria-hidden="true">"A"</span>
                "Askwell"
            </a>
            <span class="tagline">"Practise informational interviews"</span>
            <nav class="site-nav" aria-label="Main">
                <a href="#/" aria-current=move || (route.get() == Route::Home).then_some("page")>"Practice"</a>
                <a href="#/history" aria-current=move || (route.get() == Route::History).then_some("page")>"Progress"</a>
                <a href="#/settings" aria-current=move || (route.get() == Route::Settings).then_some("page")>"Data"</a>
            </nav>
        </header>
        <Notices />
        <main id="main" tabindex="-1">
            {move || match route.get() {
                Route::Home => view! { <HomePage /> }.into_any(),
                Route::Practice(id) => view! { <PracticePage id=id /> }.into_any(),
                Route::Review(id) => view! { <ReviewPage id=id /> }.into_any(),
                Route::History => view! { <HistoryPage /> }.into_any(),
                Route::Settings => view! { <SettingsPage /> }.into_any(),
                Route::NotFound => view! { <NotFoundPage /> }.into_any(),
            }}
        </main>
        <footer class="site-footer">
            "Everything stays in this browser. Works offline."
        </footer>
    }
}
