pub mod history;
pub mod home;
pub mod not_found;
pub mod people;
pub mod person;
pub mod persona_edit;
pub mod personas;
pub mod plan;
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

/// The session with this id, from the hand-over or from storage. `Err(None)`: not stored
/// here; `Err(Some(sentence))`: stored but not readable by this build (damaged, or saved by
/// a newer Askwell), said in words for the page. Problems are also told through the store.
pub fn load_interview(id: &str, store: Store) -> Result<Interview, Option<String>> {
    if let Some(i) = HANDED_OVER
        .with(|h| h.borrow().clone())
        .filter(|i| i.id == id)
    {
        return Ok(i);
    }
    match storage::load_session(id, now_ms()) {
        Ok(Read::Found(i)) => Ok(i),
        Ok(Read::Missing) => Err(None),
        Ok(Read::Damaged { backup, reason, .. }) => {
            let text = storage::damage_notice("This session", &backup, &reason);
            store.notify(NoticeKind::Warning, text.clone());
            Err(Some(text))
        }
        Err(e) => {
            store.report(&e);
            Err(Some(e.to_string()))
        }
    }
}

/// What a session page shows when its session cannot be opened: `why` when it is stored
/// but unreadable, else `text` (not stored in this browser).
pub fn session_missing(
    title: &'static str,
    text: &'static str,
    why: Option<String>,
    link: &'static str,
) -> leptos::prelude::AnyView {
    use leptos::prelude::*;
    let text = why.unwrap_or_else(|| text.to_string());
    view! {
        <section class="page narrow">
            <h1>{title}</h1>
            <p>{text}</p>
            <p><a class="button" href="#/">{link}</a></p>
        </section>
    }
    .into_any()
}
