//! Reading the saved data as the app starts. In a split build this runs in the `interview`
//! chunk, fetched while Home's form is first drawn, so the decoders for every stored record
//! stay out of the first download; until it is done `Store::saved` is `Loading` and nothing
//! may write a list. The user's own personas are decoded by the `manage` chunk, fetched only
//! when some are stored. Other builds read it all before the first render.

use crate::format::now_ms;
use crate::state::{NoticeKind, Saved, Store};
use crate::storage;
use leptos::prelude::*;

/// Starts reading the saved data into `store`.
pub fn start(store: Store) {
    #[cfg(askwell_split)]
    leptos::task::spawn_local(async move {
        // Asking for the chunk's files is a few ms of work: not in the task that mounts.
        crate::tasks::next_task().await;
        match crate::chunk!(load_saved(store)) {
            Ok(task) => {
                // The chunk was just instantiated, and its first calls compile on the main
                // thread: reading comes in a task of its own, so neither is a long task.
                crate::tasks::yield_to_browser().await;
                task.await
            }
            Err(why) => unreachable_now(store, why),
        }
    });
    #[cfg(not(askwell_split))]
    {
        read_records(store);
        if let Err(why) = crate::chunks::own_personas(store) {
            return unreachable_now(store, why);
        }
        store.set_saved(Saved::Ready);
        tell_settled();
    }
}

/// Tells offline.js that Home and a practice's code are here: on a first visit the service
/// worker fetches the rest of the app (about 1 MB gzip) only then, so on a slow connection it
/// does not share the line with what the page still needs. A split build calls it from the
/// interview chunk, so the first screen does not carry it.
fn tell_settled() {
    if let Some(window) = web_sys::window() {
        if let Ok(event) = web_sys::Event::new("askwell:settled") {
            let _ = window.dispatch_event(&event);
        }
    }
}

/// The work of [`start`] in a split build (the interview chunk).
pub async fn load(store: Store) {
    tell_settled();
    read_records(store);
    if storage::may_have_personas() {
        // Without them, a later save of the list would write over the stored one.
        if let Err(why) = crate::chunk!(own_personas(store)) {
            return unreachable_now(store, why);
        }
    }
    store.set_saved(Saved::Ready);
}

/// After the Data page replaced what is stored (an import, Delete everything): every list on
/// screen is read again, so no page writes the old lists back over the new ones.
pub fn reread(store: Store) {
    read_records(store);
    read_own_personas(store);
}

/// Sessions, people, plans and notes; what could not be read is kept aside, never
/// overwritten, and the user is told.
fn read_records(store: Store) {
    let (index, mut problems) = storage::load_index(now_ms());
    let (prepared, more) = storage::load_prepared(now_ms());
    problems.extend(more);
    store.index.set(index);
    store.prepared.set(prepared);
    store.sync_mode();
    tell(store, problems);
}

/// The user's own personas, registered so practice and Home find them (the manage chunk).
pub fn read_own_personas(store: Store) {
    let (personas, problems) = storage::load_personas(now_ms());
    store.personas.set(personas);
    crate::personas::register(store);
    store.sync_mode();
    tell(store, problems);
}

fn tell(store: Store, problems: Vec<String>) {
    for p in problems {
        store.notify(NoticeKind::Warning, p);
    }
}

fn unreachable_now(store: Store, why: crate::chunks::ChunkError) {
    // Said before the waiting tasks wake: one of them may tell the same words, which then
    // add nothing.
    store.notify_again(NoticeKind::Error, why.to_string());
    store.set_saved(Saved::Unreachable);
}
