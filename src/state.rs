//! The app's shared state: the session index, the storage mode and the notices shown to the
//! user, in one `Store` provided through context.

use crate::storage::{self, Mode};
use askwell_core::custom::CustomPersonas;
use askwell_core::prepare::{Logs, People, Plans, Prepared};
use askwell_core::store::SessionIndex;
use askwell_core::{Persona, PersonaInfo};
use leptos::prelude::*;

/// Whether the saved data (sessions, people, plans, notes, own personas) has been read yet.
/// In a split build it is read by a chunk fetched as the app starts, so Home's form shows
/// before it; nothing that writes a list may run before `Ready`, or it would write an empty
/// list over the stored one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Saved {
    Loading,
    Ready,
    /// The chunk that reads it could not be fetched (offline before a first full visit).
    Unreachable,
}

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
    /// A session the notice offers to reload from storage (changed in another tab).
    pub reload: Option<String>,
}

#[derive(Clone, Copy)]
pub struct Store {
    pub index: RwSignal<SessionIndex>,
    pub notices: RwSignal<Vec<Notice>>,
    /// How storage may be used: shown as a banner when not `Normal`.
    pub mode: RwSignal<Mode>,
    /// Bumped to show the open page again from storage (a session reloaded).
    pub epoch: RwSignal<u32>,
    /// People, question plans and conversation notes (issue 10's records).
    pub prepared: RwSignal<Prepared>,
    /// The user's own personas, drafts included (`crate::personas` changes them).
    pub personas: RwSignal<CustomPersonas>,
    /// Personas the deployment hosts in `personas/extra/`, once fetched.
    pub hosted: RwSignal<Vec<Persona>>,
    /// The user's own personas that are ready to practise with (kept by
    /// `personas::register`, so Home's picker needs no persona checks of its own).
    pub ready_own: RwSignal<Vec<PersonaInfo>>,
    /// Whether the fields above hold what is stored yet.
    pub saved: RwSignal<Saved>,
    /// A question being typed, by session id: kept while the practice page is drawn again
    /// (reloaded from storage) or left and opened again in this tab, and in the tab's
    /// sessionStorage for a reload (`storage::keep_draft`).
    pub drafts: StoredValue<Vec<(String, String)>>,
    next_notice: StoredValue<u32>,
    /// Tasks waiting for `saved` to leave `Loading`.
    waiting: StoredValue<Vec<std::task::Waker>>,
    /// How many tries to read the saved data have failed: a task retries only a failure it
    /// did not wait through, so one failure is not tried again by every task that waited.
    failures: StoredValue<u32>,
}

/// The future of [`Store::until_saved`] and [`Store::until_ready`] (`Send`, so any of
/// Leptos's spawners may await it). If a try before it was made could not fetch the chunk
/// that reads the data, it tries once more: the connection may be back, and without a new
/// try nothing would work until a reload. A try that fails while it waits is not tried again.
pub struct UntilSaved {
    store: Store,
    retried: bool,
    /// `Store::failures` when it was made.
    seen: Option<u32>,
    /// Waits for whoever reads the data next, however long that takes; never tries itself.
    passive: bool,
}

impl std::future::Future for UntilSaved {
    type Output = Result<(), crate::chunks::ChunkError>;

    fn poll(
        mut self: std::pin::Pin<&mut Self>,
        cx: &mut std::task::Context<'_>,
    ) -> std::task::Poll<Self::Output> {
        use std::task::Poll;
        let mut saved = self.store.saved.try_get_untracked();
        let failures = self.store.failures.try_get_value();
        let waited_through = failures != self.seen;
        if saved == Some(Saved::Unreachable) && self.passive {
            saved = Some(Saved::Loading);
        } else if saved == Some(Saved::Unreachable) && !self.retried && !waited_through {
            self.retried = true;
            self.store.saved.set(Saved::Loading);
            crate::saved::start(self.store);
            // Loading while the chunk is fetched again; a build without chunks reads at once.
            saved = self.store.saved.try_get_untracked();
        }
        match saved {
            Some(Saved::Ready) => Poll::Ready(Ok(())),
            Some(Saved::Loading) => {
                let waker = cx.waker().clone();
                match self.store.waiting.try_update_value(|w| w.push(waker)) {
                    Some(()) => Poll::Pending,
                    None => Poll::Ready(Err(crate::chunks::ChunkError)),
                }
            }
            _ => Poll::Ready(Err(crate::chunks::ChunkError)),
        }
    }
}

impl Default for Store {
    fn default() -> Store {
        Store::new()
    }
}

impl Store {
    /// A store with nothing read yet (`saved` is `Loading`): see `crate::saved`.
    pub fn new() -> Store {
        Store {
            index: RwSignal::new(SessionIndex::default()),
            prepared: RwSignal::new(Prepared::default()),
            personas: RwSignal::new(CustomPersonas::default()),
            hosted: RwSignal::new(Vec::new()),
            ready_own: RwSignal::new(Vec::new()),
            saved: RwSignal::new(Saved::Loading),
            drafts: StoredValue::new(Vec::new()),
            waiting: StoredValue::new(Vec::new()),
            failures: StoredValue::new(0),
            notices: RwSignal::new(Vec::new()),
            mode: RwSignal::new(storage::mode()),
            epoch: RwSignal::new(0),
            next_notice: StoredValue::new(1),
        }
    }

    /// The question being typed in session `id` (empty when none): this tab's, from memory,
    /// or after a reload from the tab's sessionStorage.
    pub fn draft(&self, id: &str) -> String {
        self.drafts
            .with_value(|d| d.iter().find(|(k, _)| k == id).map(|(_, t)| t.clone()))
            .or_else(|| storage::draft(id))
            .unwrap_or_default()
    }

    /// Keeps (or, when empty, forgets) the question being typed in session `id`, in memory
    /// and in the tab's sessionStorage (silently not there when the browser refuses).
    pub fn keep_draft(&self, id: &str, text: &str) {
        self.drafts.update_value(|d| {
            d.retain(|(k, _)| k != id);
            if !text.is_empty() {
                d.push((id.to_string(), text.to_string()));
            }
        });
        storage::keep_draft(id, text);
    }

    pub fn notify(&self, kind: NoticeKind, text: impl Into<String>) {
        self.push(kind, text.into(), None);
    }

    /// As `notify`, but a notice already shown with the same words is said anew (moved to the
    /// end, so the status region reads it again): a retry that failed too.
    pub fn notify_again(&self, kind: NoticeKind, text: impl Into<String>) {
        let text = text.into();
        self.notices.update(|n| n.retain(|x| x.text != text));
        self.push(kind, text, None);
    }

    /// Tells the user a session changed elsewhere and offers to reload it.
    pub fn notify_changed(&self, kind: NoticeKind, text: impl Into<String>, id: &str) {
        self.push(kind, text.into(), Some(id.to_string()));
    }

    fn push(&self, kind: NoticeKind, text: String, reload: Option<String>) {
        self.sync_mode();
        // The same message twice helps nobody.
        if self
            .notices
            .with_untracked(|n| n.iter().any(|x| x.text == text))
        {
            return;
        }
        let id = self.next_notice.get_value();
        self.next_notice.set_value(id + 1);
        self.notices.update(|n| {
            n.push(Notice {
                id,
                kind,
                text,
                reload,
            })
        });
    }

    /// Deletes session `id` from storage and the list on screen (and a practice handed over
    /// for it); a failure is reported. True when it was deleted.
    pub fn delete_session(&self, id: &str) -> bool {
        let mut index = self.index.get_untracked();
        let result = storage::delete_session(id, &mut index);
        self.index.set(index);
        crate::pages::drop_hand_over(id);
        match result {
            Ok(()) => true,
            Err(e) => {
                self.report(&e);
                false
            }
        }
    }

    /// Reports a failed write: a stale copy offers a reload, the rest is a warning.
    pub fn report(&self, e: &storage::StorageError) {
        match e {
            storage::StorageError::Stale { id } => {
                self.notify_changed(NoticeKind::Warning, e.to_string(), id)
            }
            _ => self.notify(NoticeKind::Warning, e.to_string()),
        }
    }

    /// Copies the storage module's mode into the signal.
    pub fn sync_mode(&self) {
        let m = storage::mode();
        if self.mode.get_untracked() != m {
            self.mode.set(m);
        }
    }

    /// Waits until the saved data has been read; `Err` when it cannot be (its chunk could
    /// not be fetched, or the app was unmounted meanwhile).
    pub fn until_saved(&self) -> UntilSaved {
        UntilSaved {
            store: *self,
            retried: false,
            seen: self.failures.try_get_value(),
            passive: false,
        }
    }

    /// Waits until the saved data has been read, through failed tries, until a page or Start
    /// reads it again; `Err` only when the app was unmounted. For work out of sight, which
    /// must neither fetch again nor tell the user again.
    pub fn until_ready(&self) -> UntilSaved {
        UntilSaved {
            passive: true,
            ..self.until_saved()
        }
    }

    /// Records how reading the saved data went and wakes whatever waits for it.
    pub fn set_saved(&self, saved: Saved) {
        if saved == Saved::Unreachable {
            self.failures.update_value(|n| *n += 1);
        }
        self.saved.set(saved);
        if let Some(waiting) = self.waiting.try_update_value(std::mem::take) {
            waiting.into_iter().for_each(std::task::Waker::wake);
        }
    }

    /// Changes the list of people through its reducer and saves it. A refused change
    /// (`Err`, a sentence for the user) changes nothing; a failed save is reported.
    pub fn change_people(
        &self,
        change: impl FnOnce(&mut People) -> Result<bool, String>,
    ) -> Result<(), String> {
        let mut people = self.prepared.with_untracked(|p| p.people.clone());
        if change(&mut people)? {
            if let Err(e) = storage::save_people(&people) {
                self.report(&e);
            }
            self.prepared.update(|p| p.people = people);
        }
        Ok(())
    }

    /// As `change_people`, for the question plans.
    pub fn change_plans(
        &self,
        change: impl FnOnce(&mut Plans) -> Result<bool, String>,
    ) -> Result<(), String> {
        let mut plans = self.prepared.with_untracked(|p| p.plans.clone());
        if change(&mut plans)? {
            if let Err(e) = storage::save_plans(&plans) {
                self.report(&e);
            }
            self.prepared.update(|p| p.plans = plans);
        }
        Ok(())
    }

    /// As `change_people`, for the conversation notes.
    pub fn change_logs(
        &self,
        change: impl FnOnce(&mut Logs) -> Result<bool, String>,
    ) -> Result<(), String> {
        let mut logs = self.prepared.with_untracked(|p| p.logs.clone());
        if change(&mut logs)? {
            if let Err(e) = storage::save_logs(&logs) {
                self.report(&e);
            }
            self.prepared.update(|p| p.logs = logs);
        }
        Ok(())
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
