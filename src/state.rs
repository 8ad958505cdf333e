//! The app's shared state: the session index and the notices shown to the user, in one
//! `Store` provided through context.

use askwell_core::store::SessionIndex;
use leptos::prelude::*;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NoticeKind {
    Info,
    Warning,
    Error,
}

/// Something the user must be told (a damaged value kept aside, a failed save).
#[derive(Debug, Clone, PartialEq)]
pub struct Notice {
    pub id: u32,
    pub kind: NoticeKind,
    pub text: String,
}

#[derive(Clone, Copy)]
pub struct Store {
    pub index: RwSignal<SessionIndex>,
    pub notices: RwSignal<Vec<Notice>>,
    next_notice: StoredValue<u32>,
}

impl Store {
    pub fn new(index: SessionIndex) -> Store {
        Store {
            index: RwSignal::new(index),
            notices: RwSignal::new(Vec::new()),
            next_notice: StoredValue::new(1),
        }
    }

    pub fn notify(&self, kind: NoticeKind, text: impl Into<String>) {
        let text = text.into();
        // The same message twice in a row helps nobody.
        if self
            .notices
            .with_untracked(|n| n.iter().any(|x| x.text == text))
        {
            return;
        }
        let id = self.next_notice.get_value();
        self.next_notice.set_value(id + 1);
        self.notices.update(|n| n.push(Notice { id, kind, text }));
    }

    pub fn dismiss(&self, id: u32) {
        self.notices.update(|n| n.retain(|x| x.id != id));
    }
}

pub fn provide_store(store: Store) {
    provide_context(store);
}

pub fn use_store() -> Store {
    expect_context::<Store>()
}
