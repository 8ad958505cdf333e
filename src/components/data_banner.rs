use crate::state::use_store;
use crate::storage::{Mode, StorageError, NEWER_NOTICE};
use leptos::prelude::*;

/// A banner that stays while storage cannot be used normally: blocked (running in memory)
/// or read-only (a newer Askwell saved the data).
#[component]
pub fn DataBanner() -> impl IntoView {
    let store = use_store();
    move || {
        let text = match store.mode.get() {
            Mode::Normal => return None,
            Mode::Memory => StorageError::Unavailable.to_string(),
            Mode::ReadOnly => NEWER_NOTICE.to_string(),
        };
        Some(view! {
            <div class="notices">
                <div class="notice warning data-banner" role="status"><p>{text}</p></div>
            </div>
        })
    }
}
