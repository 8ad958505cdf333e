pub mod history;
pub mod home;
pub mod not_found;
pub mod practice;
pub mod review;
pub mod settings;

use crate::format::now_ms;
use crate::state::{NoticeKind, Store};
use crate::storage::{self, Read};
use askwell_core::interview::Interview;
use std::cell::RefCell;

thread_local! {
    /// The session last created or changed, handed to the next page directly so practice
    /// works even when the browser blocks storage.
    static HANDED_OVER: RefCell<Option<Interview>> = const { RefCell::new(None) };
}

/// Passes a new or changed interview to the next page without a storage round trip.
pub fn hand_over(interview: Interview) {
    HANDED_OVER.with(|h| *h.borrow_mut() = Some(interview));
}

/// Forgets the hand-over of this session, so the next load reads storage.
pub fn drop_hand_over(id: &str) {
    HANDED_OVER.with(|h| {
        let mut h = h.borrow_mut();
        if h.as_ref().is_some_and(|i| i.id == id) {
            *h = None;
        }
    });
}

/// The session with this id, from the hand-over or from storage. Problems are told to the
/// user through the store.
pub fn load_interview(id: &str, store: Store) -> Option<Interview> {
    if let Some(i) = HANDED_OVER
        .with(|h| h.borrow().clone())
        .filter(|i| i.id == id)
    {
        return Some(i);
    }
    match storage::load_session(id, now_ms()) {
        Ok(Read::Found(i)) => Some(i),
        Ok(Read::Missing) => None,
        Ok(Read::Damaged { backup, reason, .. }) => {
            store.notify(
                NoticeKind::Warning,
                storage::damage_notice("This session", &backup, &reason),
            );
            None
        }
        Err(e) => {
            store.report(&e);
            None
        }
    }
}

/// What a session page shows when its session is not saved in this browser.
pub fn session_missing(
    title: &'static str,
    text: &'static str,
    link: &'static str,
) -> leptos::prelude::AnyView {
    use leptos::prelude::*;
    view! {
        <section class="page narrow">
            <h1>{title}</h1>
            <p>{text}</p>
            <p><a class="button" href="#/">{link}</a></p>
        </section>
    }
    .into_any()
}
