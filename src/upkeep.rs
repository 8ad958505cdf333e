//! Work done out of sight after the first screen: reading every stored session, reminders,
//! and following changes made in another tab. Loaded with the interview chunk in a split
//! build (`crate::chunks`), so none of it weighs on the first screen.

use crate::components::data_usage::{share_used, CROWDED};
use crate::format::now_ms;
use crate::route::Route;
use crate::state::{NoticeKind, Store};
use crate::storage;
use askwell_core::store::{export_reminder, session_key};
use leptos::prelude::*;

/// Another tab changed `key` (None: storage was cleared): show the new lists, and offer to
/// reload the session open here (`open` is the current route).
pub fn storage_changed(store: Store, key: Option<String>, open: Route) {
    if key.as_deref().is_none_or(storage::is_prepared_key) {
        let (prepared, notes) = storage::reload_prepared(now_ms());
        store.prepared.set(prepared);
        notes
            .into_iter()
            .for_each(|n| store.notify(NoticeKind::Warning, n));
    }
    if key.as_deref().is_none_or(storage::is_personas_key) {
        // The persona decoders are in the manage chunk.
        leptos::task::spawn_local(async move {
            if let Err(why) = crate::chunk!(own_personas_changed(store)) {
                store.notify(NoticeKind::Warning, why.to_string());
            }
        });
    }
    if let Some(index) = storage::refresh_after_other_tab() {
        store.index.set(index);
    }
    let (open, practising) = match open {
        Route::Practice(id) => (id, true),
        Route::Review(id) => (id, false),
        _ => return,
    };
    if storage::was_deleted_elsewhere(&open) {
        // The words a failed save gives too, so the two never show as two notices.
        store.notify(
            NoticeKind::Warning,
            storage::StorageError::DeletedElsewhere.to_string(),
        );
    } else if practising
        && key.as_deref() == Some(session_key(&open).as_str())
        && !storage::has_unsaved(&open)
    {
        // The practice follows the other tab at once: the next question here adds to the
        // latest copy (a stale copy could not be saved, and that turn was lost). What is
        // being typed stays (`Store::drafts`). A copy this tab could not save is never
        // dropped unasked: that case offers a reload below.
        reload_session(store, &open);
        store.notify(
            NoticeKind::Info,
            "This practice went on in another tab, so this tab now shows the latest version.",
        );
    } else if key.is_none_or(|k| k == session_key(&open)) {
        store.notify_changed(
            NoticeKind::Info,
            "This session was changed in another tab. Reload it to see the latest version.",
            &open,
        );
    }
}

/// Drops this tab's copy of a session and shows the page again from storage.
pub fn reload_session(store: Store, id: &str) {
    storage::forget_unsaved(id);
    crate::pages::drop_hand_over(id);
    store
        .notices
        .update(|n| n.retain(|x| x.reload.as_deref() != Some(id)));
    if let Some(index) = storage::refresh_after_other_tab() {
        store.index.set(index);
    }
    store.epoch.update(|e| *e += 1);
}

/// Reads every session listed at start, a batch at a time between frames, then says when
/// storage is getting full.
pub async fn check_in_background(store: Store) {
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
/// disk), so after a few sessions Askwell suggests an export now and then. Decided once the
/// sessions are read (`store::export_reminder`); while it shows, its count follows the
/// session list (a fourth session saved makes it say four), and it goes once nothing is
/// due (an import or a restore, sessions deleted) or when dismissed.
fn remind_to_export(store: Store) {
    let due = move || {
        let normal = store.mode.get_untracked() == storage::Mode::Normal;
        let now = now_ms();
        store
            .index
            .try_with(|i| export_reminder(&i.sessions, storage::last_copy(), now))
            .flatten()
            .filter(|_| normal)
    };
    // The reminder's notice and the count it shows; None once it is gone, and from then on
    // the effect reads no signal, so it never runs again.
    Effect::new(move |shown: Option<Option<(u32, usize)>>| {
        let (id, count) = match shown {
            None => return due().and_then(|n| show_reminder(store, n)),
            Some(None) => return None,
            Some(Some(was)) => was,
        };
        let dismissed = !store
            .notices
            .try_with_untracked(|n| n.iter().any(|x| x.id == id))
            .unwrap_or(false);
        if dismissed {
            return None;
        }
        match due() {
            Some(n) if n == count => Some((id, count)),
            now => {
                store.dismiss(id);
                now.and_then(|n| show_reminder(store, n))
            }
        }
    });
}

/// Shows the reminder counting `n` sessions; its notice's id.
fn show_reminder(store: Store, n: usize) -> Option<(u32, usize)> {
    let text = format!(
        "{n} practice sessions are saved only in this browser, which can clear site data. \
         Keep a copy with Export on the Data page."
    );
    store.notify(NoticeKind::Info, text.clone());
    store
        .notices
        .try_with_untracked(|ns| ns.iter().find(|x| x.text == text).map(|x| x.id))
        .flatten()
        .map(|id| (id, n))
}
