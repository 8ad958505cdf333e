//! The question being typed in a practice (and a conversation's notes not saved yet, under
//! `log:<person id>`), kept in sessionStorage: it belongs to this tab (two tabs on one
//! practice each keep their own) and survives a reload or the browser discarding the tab.
//! A convenience only, so every failure is silent.

const DRAFT_PREFIX: &str = "askwell.draft.";

fn tab() -> Option<web_sys::Storage> {
    web_sys::window()?.session_storage().ok()?
}

/// The question kept for session `id` in this tab, if any.
pub fn draft(id: &str) -> Option<String> {
    tab()?.get_item(&format!("{DRAFT_PREFIX}{id}")).ok()?
}

/// Keeps `text` as the question being typed in session `id`, or forgets it when empty. A
/// write the browser refuses (storage full) forgets the older text rather than keep it.
pub fn keep_draft(id: &str, text: &str) {
    let Some(s) = tab() else {
        return;
    };
    let key = format!("{DRAFT_PREFIX}{id}");
    if text.is_empty() || s.set_item(&key, text).is_err() {
        let _ = s.remove_item(&key);
    }
}

/// Forgets every question this tab kept (Delete everything).
pub fn forget_drafts() {
    let Some(s) = tab() else {
        return;
    };
    let keys: Vec<String> = (0..s.length().unwrap_or(0))
        .filter_map(|i| s.key(i).ok().flatten())
        .filter(|k| k.starts_with(DRAFT_PREFIX))
        .collect();
    for k in keys {
        let _ = s.remove_item(&k);
    }
}
