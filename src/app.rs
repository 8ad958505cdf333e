//! The root component: loads the saved index once, provides the store and the route, and
//! shows the page for the current hash.

use crate::components::data_banner::DataBanner;
use crate::components::data_usage::{share_used, CROWDED};
use crate::components::notices::Notices;
use crate::format::now_ms;
use crate::pages::{history::HistoryPage, settings::SettingsPage};
use crate::pages::{
    home::HomePage, not_found::NotFoundPage, practice::PracticePage, review::ReviewPage,
};
use crate::pages::{people::PeoplePage, person::PersonPage, plan::PlanPage};
use crate::pages::{persona_edit::PersonaEditPage, personas::PersonasPage};
use crate::route::{provide_route, use_route, Route};
use crate::state::{provide_store, NoticeKind, Store};
use crate::storage;
use askwell_core::store::{session_key, PREFIX};
use leptos::prelude::*;

const BACKUPS: &str = "askwell.backup.";

#[component]
pub fn App() -> impl IntoView {
    mark("askwell-mounting");
    let (index, mut problems) = storage::load_index(now_ms());
    let (prepared, more) = storage::load_prepared(now_ms());
    problems.extend(more);
    let (personas, more) = storage::load_personas(now_ms());
    problems.extend(more);
    let store = Store::new(index, prepared, personas);
    crate::personas::register(store);
    for p in problems {
        store.notify(NoticeKind::Warning, p);
    }
    provide_store(store);
    provide_route();
    leptos::task::spawn_local(check_in_background(store));
    leptos::task::spawn_local(crate::personas::hosted::load(store));
    let route = use_route();
    // Another tab changed Askwell's data: show its list, and offer to reload the open session.
    let handle = window_event_listener(leptos::ev::storage, move |ev| {
        let key = ev.key();
        if key
            .as_deref()
            .is_some_and(|k| !k.starts_with(PREFIX) || k.starts_with(BACKUPS))
        {
            return;
        }
        if key.as_deref().is_none_or(storage::is_prepared_key) {
            let (prepared, notes) = storage::reload_prepared(now_ms());
            store.prepared.set(prepared);
            notes
                .into_iter()
                .for_each(|n| store.notify(NoticeKind::Warning, n));
        }
        if key.as_deref().is_none_or(storage::is_personas_key) {
            let (personas, notes) = storage::load_personas(now_ms());
            store.personas.set(personas);
            crate::personas::register(store);
            notes
                .into_iter()
                .for_each(|n| store.notify(NoticeKind::Warning, n));
        }
        if let Some(index) = storage::refresh_after_other_tab() {
            store.index.set(index);
        }
        let open = match route.get_untracked() {
            Route::Practice(id) | Route::Review(id) => id,
            _ => return,
        };
        if storage::was_deleted_elsewhere(&open) {
            store.notify(
                NoticeKind::Warning,
                "This session was deleted in another tab. This tab will not save it again.",
            );
        } else if key.is_none_or(|k| k == session_key(&open)) {
            store.notify_changed(
                NoticeKind::Info,
                "This session was changed in another tab. Reload it to see the latest version.",
                &open,
            );
        }
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
        <a class="skip-link" href="#main">"Skip to content"</a>
        <header class="site-header">
            <a class="brand" href="#/">
                <span class="brand-mark" aria-hidden="true">"A"</span>
                "Askwell"
            </a>
            <span class="tagline">"Practise informational interviews"</span>
            <nav class="site-nav" aria-label="Main">
                <a href="#/" aria-current=move || (route.get() == Route::Home).then_some("page")>"Practice"</a>
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
                match route.get() {
                Route::Home => view! { <HomePage /> }.into_any(),
                Route::Practice(id) => view! { <PracticePage id=id /> }.into_any(),
                Route::Review(id) => view! { <ReviewPage id=id /> }.into_any(),
                Route::History => view! { <HistoryPage /> }.into_any(),
                Route::Settings => view! { <SettingsPage /> }.into_any(),
                Route::People => view! { <PeoplePage /> }.into_any(),
                Route::Person(id) => view! { <PersonPage id=id /> }.into_any(),
                Route::Plan(id) => view! { <PlanPage id=id /> }.into_any(),
                Route::Personas => view! { <PersonasPage /> }.into_any(),
                Route::PersonaEdit(id) => view! { <PersonaEditPage id=id /> }.into_any(),
                Route::NotFound => view! { <NotFoundPage /> }.into_any(),
            }}}
        </main>
        <footer class="site-footer">
            "Everything stays in this browser. Works offline."
        </footer>
    }
}

/// Reads every session listed at start, a batch at a time between frames, then says when
/// storage is getting full.
async fn check_in_background(store: Store) {
    loop {
        crate::tasks::yield_to_browser().await;
        // The app may have been unmounted meanwhile (the browser tests mount and drop it).
        let Some(current) = store.index.try_get_untracked() else {
            return;
        };
        let Some(found) = storage::check_next_sessions(&current, 20, now_ms()) else {
            break;
        };
        for note in found.notes {
            store.notify(NoticeKind::Warning, note);
        }
        if let Some(index) = found.index {
            store.index.set(index);
        }
    }
    remind_to_export(store);
    if store.mode.get_untracked() == storage::Mode::Normal && share_used() >= CROWDED {
        store.notify(
            NoticeKind::Info,
            "Askwell's storage in this browser is getting full. Export your sessions on the Data \
             page and delete old ones, so new practice can be saved.",
        );
    }
}

/// Browsers can clear a site's storage (private windows, Safari after 7 days unused, low
/// disk), so after a few sessions Askwell suggests an export now and then.
fn remind_to_export(store: Store) {
    const MONTH_MS: f64 = 30.0 * 24.0 * 3_600_000.0;
    if store.mode.get_untracked() != storage::Mode::Normal {
        return;
    }
    let last = storage::last_export_ms().unwrap_or(0.0);
    let newer = store
        .index
        .with_untracked(|i| i.sessions.iter().filter(|s| s.started_at_ms > last).count());
    if newer >= 3 && now_ms() - last > MONTH_MS {
        store.notify(
            NoticeKind::Info,
            format!(
                "{newer} practice sessions are saved only in this browser, which can clear \
                 site data. Keep a copy with Export on the Data page."
            ),
        );
    }
}

/// A performance mark, so `scripts/scale.js` can time the first screen from here.
fn mark(name: &str) {
    if let Some(p) = web_sys::window().and_then(|w| w.performance()) {
        let _ = p.mark(name);
    }
}
