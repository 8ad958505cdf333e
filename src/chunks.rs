//! The parts of Askwell loaded on demand. In a split build (`--cfg askwell_split`, made by
//! `scripts/build` through `scripts/split-wasm.sh`) each group below is cut into its own
//! `.wasm` chunk by `wasm-split-cli` and fetched the first time it is needed, so the first
//! screen (Home) downloads only what Home uses. Other builds (browser tests, the single-file
//! build) keep one module and call these functions directly; [`crate::page!`] and
//! [`crate::chunk!`] hide the difference from callers.
//!
//! Each function is a split point: its arguments and result cross into the chunk, so they are
//! plain owned values. A chunk that cannot be fetched (offline before the first full visit)
//! gives a [`ChunkError`] instead of stopping the app.
//!
//! Two groups: `interview` (a practice and its review, and the work on saved data that starts
//! with the app: reading it, Home's lists, the background check, other tabs' changes) and
//! `manage` (the other pages). The saved data's work was a group of its own (`upkeep`) until
//! 2026-12-06; every practice needs it, and the boundary between the two cost a full practice
//! 11.4 KiB gzip (NOTES.md section 1). A first visit has no saved lists to show, and the
//! service worker fetches every file after it anyway.

use crate::pages::{history::HistoryPage, settings::SettingsPage};
use crate::pages::{people::PeoplePage, person::PersonPage, plan::PlanPage};
use crate::pages::{persona_edit::PersonaEditPage, personas::PersonasPage};
use crate::pages::{practice::PracticePage, review::ReviewPage};
use crate::state::Store;
use askwell_core::prepare::PlanFor;
use leptos::prelude::*;
use std::future::Future;
use std::pin::Pin;

/// Work a chunk hands back to run on the page's task queue.
pub type Task = Pin<Box<dyn Future<Output = ()>>>;

/// A part of the app that could not be fetched.
#[derive(Debug, Clone)]
pub struct ChunkError;

impl From<leptos::wasm_split::SplitLoaderError> for ChunkError {
    fn from(_: leptos::wasm_split::SplitLoaderError) -> ChunkError {
        ChunkError
    }
}

impl std::fmt::Display for ChunkError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(
            "This part of Askwell could not be loaded, perhaps because the connection dropped. \
             Your data is safe. Check your connection and reload; after one full visit Askwell \
             works offline.",
        )
    }
}

macro_rules! split_point {
    ($chunk:ident, $(#[$doc:meta])* fn $name:ident($($arg:ident: $ty:ty),* $(,)?) -> $out:ty $body:block) => {
        $(#[$doc])*
        #[cfg_attr(
            askwell_split,
            leptos::wasm_split::wasm_split($chunk, wasm_split_path = ::leptos::wasm_split, fallible)
        )]
        pub fn $name($($arg: $ty),*) -> Result<$out, ChunkError> {
            Ok($body)
        }
    };
}

split_point!(
    interview,
    /** A practice. */
    fn practice(id: String) -> AnyView {
        view! { <PracticePage id=id /> }.into_any()
    }
);
split_point!(
    interview,
    /** A session's review. */
    fn review(id: String) -> AnyView {
        view! { <ReviewPage id=id /> }.into_any()
    }
);
split_point!(
    interview,
    /** Loads the persona, saves a new session and opens it (see `practice_start`). */
    fn begin_practice(
        store: Store,
        practice: crate::practice_start::NewPractice,
        busy: RwSignal<bool>,
        pressed_on: u32,
    ) -> Task {
        Box::pin(crate::practice_start::begin(
            store, practice, busy, pressed_on,
        ))
    }
);
split_point!(
    manage,
    /** Progress over all sessions. */
    fn history() -> AnyView {
        view! { <HistoryPage /> }.into_any()
    }
);
split_point!(
    manage,
    /** The Data page. */
    fn settings() -> AnyView {
        view! { <SettingsPage /> }.into_any()
    }
);
split_point!(
    manage,
    /** Everyone the user is in touch with. */
    fn people() -> AnyView {
        view! { <PeoplePage /> }.into_any()
    }
);
split_point!(
    manage,
    /** One person. */
    fn person(id: String) -> AnyView {
        view! { <PersonPage id=id /> }.into_any()
    }
);
split_point!(
    manage,
    /** A question plan. */
    fn plan(id: String) -> AnyView {
        view! { <PlanPage id=id /> }.into_any()
    }
);
split_point!(
    manage,
    /** The user's own personas. */
    fn personas() -> AnyView {
        view! { <PersonasPage /> }.into_any()
    }
);
split_point!(
    manage,
    /** The persona editor with its preview chat. */
    fn persona_edit(id: String) -> AnyView {
        view! { <PersonaEditPage id=id /> }.into_any()
    }
);
split_point!(
    interview,
    /** Reads the saved data as the app starts (`crate::saved`). */
    fn load_saved(store: Store) -> Task {
        Box::pin(crate::saved::load(store))
    }
);
split_point!(
    manage,
    /** Decodes the user's own personas (only when some are stored). */
    fn own_personas(store: Store) -> () {
        crate::saved::read_own_personas(store)
    }
);
split_point!(
    manage,
    /** Another tab changed the user's own personas: read them again. */
    fn own_personas_changed(store: Store) -> () {
        crate::personas::reread(store)
    }
);
split_point!(
    manage,
    /** Fetches and checks the personas a deployment's manifest lists. */
    fn hosted_personas(store: Store, manifest: String) -> Task {
        Box::pin(crate::personas::hosted::load_listed(store, manifest))
    }
);
split_point!(
    interview,
    /** Home's lists of saved things: next actions, plans for people, past sessions. */
    fn home_lists(part: crate::pages::home::HomePart) -> AnyView {
        crate::pages::home::lists(part)
    }
);
split_point!(
    interview,
    /** Drops this tab's copy of a session and shows it again from storage. */
    fn reload_session(store: Store, id: String) -> () {
        crate::upkeep::reload_session(store, &id)
    }
);
split_point!(
    manage,
    /** Opens the plan for a person or persona, making it first if there is none. */
    fn plan_open(store: Store, whom: PlanFor, minutes: u32, pressed_on: u32) -> () {
        crate::practice_start::open_plan_now(store, whom, minutes, pressed_on)
    }
);
split_point!(
    interview,
    /** Personas the deployment ships beside the app (`personas/extra/`). */
    fn load_hosted(store: Store) -> Task {
        Box::pin(crate::personas::hosted::load(store))
    }
);
split_point!(
    interview,
    /** Reads every stored session in the background after the first screen. */
    fn check_sessions(store: Store) -> Task {
        Box::pin(crate::upkeep::check_in_background(store))
    }
);
split_point!(
    interview,
    /** Another tab changed Askwell's data (the `storage` event). */
    fn storage_changed(store: Store, key: Option<String>, open: crate::route::Route) -> () {
        crate::upkeep::storage_changed(store, key, open)
    }
);

/// A page from this module as a view: at once in a single-module build, or once its chunk
/// has loaded in a split build; a chunk that cannot load shows why and a Reload button.
#[macro_export]
macro_rules! page {
    ($name:ident($($arg:expr),*)) => {{
        #[cfg(askwell_split)]
        {
            let store = $crate::state::use_store();
            // The placeholder empties <main> at once, so no part of the page before lingers
            // (and keeps focus) while the chunk loads.
            $crate::chunks::when_loaded(Some(("page-loading", "Loading this page…")), Box::pin(async move {
                // Pages read and write the saved lists: never before they are read.
                let page = match store.until_saved().await {
                    Ok(()) => {
                        // The page left is taken down in this task and the new one drawn in
                        // the next: together they were one long task on a phone (NOTES.md
                        // section 11).
                        $crate::tasks::next_urgent_task().await;
                        $crate::chunks::$name($($arg),*).await
                    }
                    Err(why) => Err(why),
                };
                $crate::focus::page_loaded();
                $crate::chunks::shown(page)
            }))
        }
        #[cfg(not(askwell_split))]
        {
            $crate::chunks::shown($crate::chunks::$name($($arg),*))
        }
    }};
}

/// Calls a split point from async code: `chunk!(name(args))` gives its `Result`.
#[macro_export]
macro_rules! chunk {
    ($name:ident($($arg:expr),*)) => {{
        #[cfg(askwell_split)]
        {
            $crate::chunks::$name($($arg),*).await
        }
        #[cfg(not(askwell_split))]
        {
            $crate::chunks::$name($($arg),*)
        }
    }};
}

/// Draws a placeholder (its class and words) or nothing until `load` finishes,
/// then the view it gives; the wait is dropped when the part of the page it sits in goes
/// away. All that the split build needs of Leptos's `Suspense`, in less code. The
/// placeholder holds the space of what comes, so nothing below it jumps when it does.
#[cfg(askwell_split)]
pub fn when_loaded(
    placeholder: Option<(&'static str, &'static str)>,
    load: Pin<Box<dyn Future<Output = AnyView>>>,
) -> AnyView {
    let loaded = RwSignal::new_local(None::<AnyView>);
    // A placeholder without words (a mark for the page's style) has nothing to say.
    let words = placeholder
        .map(|(_, words)| words)
        .filter(|w| !w.is_empty());
    // Untracked: what the page reads as it is made must not redraw the part around it.
    untrack(|| {
        leptos::task::spawn_local_scoped_with_cancellation(async move {
            let view = load.await;
            say_loading(words, "");
            let _ = loaded.try_set(Some(view));
        })
    });
    on_cleanup(move || say_loading(words, ""));
    (move || {
        loaded.track();
        match loaded.try_update_untracked(Option::take).flatten() {
            Some(view) => view,
            None => match placeholder {
                // Its words show after a moment (style/shell.css), and are said then through
                // the one polite status line index.html keeps: a live region made with its
                // words is not announced. Hidden from screen readers, so not heard twice.
                Some((class, words)) => view! {
                    <div class=class aria-hidden="true" on:animationend=move |_| say_loading(Some(words), words)>
                        {words}
                    </div>
                }
                .into_any(),
                None => ().into_any(),
            },
        }
    })
    .into_any()
}

/// Sets the loading status line to `text`, for a placeholder with words (one at a time).
#[cfg(askwell_split)]
fn say_loading(words: Option<&str>, text: &str) {
    if let (Some(line), Some(_)) = (document().get_element_by_id("loading-status"), words) {
        line.set_text_content(Some(text));
    }
}

/// A loaded page, or the reason it could not load.
pub fn shown(page: Result<AnyView, ChunkError>) -> AnyView {
    match page {
        Ok(view) => view,
        Err(why) => view! {
            <section class="page chunk-failed">
                <h1>"This page could not be loaded"</h1>
                <p role="alert">{why.to_string()}</p>
                <button type="button" on:click=|_| reload()>"Reload"</button>
            </section>
        }
        .into_any(),
    }
}

fn reload() {
    if let Some(w) = web_sys::window() {
        let _ = w.location().reload();
    }
}
