//! Reading the saved data as the app starts. In a split build this runs in the `upkeep`
//! chunk, fetched while Home's form is first drawn, so the decoders for every stored record
//! stay out of the first download; until it is done `Store::saved` is `Loading` and nothing
//! may write a list. Other builds read it before the first render, as before.

use crate::format::now_ms;
use crate::state::{NoticeKind, Saved, Store};
use crate::storage;
use leptos::prelude::*;

/// Starts reading the saved data into `store`.
pub fn start(store: Store) {
    #[cfg(askwell_split)]
    leptos::task::spawn_local(async move {
        match crate::chunk!(load_saved(store)) {
            Ok(task) => {
                // The chunk was just instantiated, and its first calls compile on the main
                // thread: reading comes in a task of its own, so neither is a long task.
                crate::tasks::yield_to_browser().await;
                task.await
            }
            Err(why) => {
                store.set_saved(Saved::Unreachable);
                store.notify(NoticeKind::Error, why.to_string());
            }
        }
    });
    #[cfg(not(askwell_split))]
    load(store);
}

/// Reads sessions, people, plans, notes and the user's own personas, and tells the user what
/// could not be read (it is kept aside, never overwritten).
pub fn load(store: Store) {
    let (index, mut problems) = storage::load_index(now_ms());
    let (prepared, more) = storage::load_prepared(now_ms());
    problems.extend(more);
    let (personas, more) = storage::load_personas(now_ms());
    problems.extend(more);
    store.index.set(index);
    store.prepared.set(prepared);
    store.personas.set(personas);
    crate::personas::register(store);
    store.sync_mode();
    for p in problems {
        store.notify(NoticeKind::Warning, p);
    }
    store.set_saved(Saved::Ready);
}
