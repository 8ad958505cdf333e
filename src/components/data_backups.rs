use crate::components::data_export::download;
use crate::components::when::When;
use crate::content;
use crate::format::date_time;
use crate::state::use_store;
use crate::storage::{self, Restored};
use askwell_core::store::{self, session_key, INDEX_KEY, PREFIX};
use leptos::prelude::*;

/// What restoring did, in words.
fn restored_message(r: &Restored) -> String {
    match r {
        Restored::Session { id, renamed: false } => format!(
            "The backup was restored: the session ({id}) is back in your list of sessions, and the backup was removed."
        ),
        Restored::Session { id, renamed: true } => format!(
            "The backup was restored as a separate session ({id}), because a different session with its id is saved here. Both are in your list; delete the one you do not need. The backup was removed."
        ),
        Restored::AlreadyHere { id } => format!(
            "The saved session ({id}) already holds everything in this backup, so nothing was restored. The backup is kept; delete it if you do not need it."
        ),
    }
}

/// A session's backup by its persona and start when it reads ("A session with Dr. Maya
/// Okafor, Dec 4, 2026, 3:32 PM"), else by its id: a raw id tells the user nothing.
fn session_backup(key: &str, id: &str) -> String {
    let session = storage::backup_text(key).and_then(|raw| store::decode_backup(&raw).ok());
    match session {
        Some(i) => {
            let name = content::info(&i.persona_id).map_or(i.persona_id, |p| p.name);
            ["A session with ", &name, ", ", &date_time(i.started_at_ms)].concat()
        }
        None => ["A session Askwell could not read (", id, ")"].concat(),
    }
}

/// Values that could not be read, or copies an import replaced or did not take, set aside, each to restore (sessions),
/// download or delete.
#[component]
pub fn DataBackups() -> impl IntoView {
    let store = use_store();
    let changed = RwSignal::new(0u32);
    let message = RwSignal::new(String::new());
    let list = move || {
        store.index.track();
        changed.track();
        storage::backups()
    };
    view! {
        <section class="card data-backups" aria-labelledby="backups-heading">
            <h2 id="backups-heading">"Backups"</h2>
            <p>"Copies set aside are kept here unchanged, so nothing is lost: saved data Askwell could not read, and copies an import replaced or did not take. Restore a session to put it back in your list."</p>
            <When
                when=move || !list().is_empty()
                fallback=|| view! { <p class="empty">"No backups: everything saved could be read."</p> }
            >
                <ul class="data-list">
                    <For
                        each=list
                        key=|b| b.key.clone()
                        children=move |b| {
                            let what = match b.original.strip_prefix(&session_key("")) {
                                _ if b.original == INDEX_KEY => "The list of sessions".to_string(),
                                Some(id) => session_backup(&b.key, id),
                                None => ["Saved data (", &b.original, ")"].concat(),
                            };
                            let label = format!("{what}, set aside {} ({} bytes)", date_time(b.at_ms), b.bytes);
                            let file = ["askwell-backup-", &b.key[PREFIX.len() + 7..], ".json"].concat();
                            let (k1, k2, k3) = (b.key.clone(), b.key.clone(), b.key.clone());
                            let down = ["Download the backup: ", &label].concat();
                            let del = ["Delete the backup: ", &label].concat();
                            let res = ["Restore the backup: ", &label].concat();
                            let is_session = b.original.starts_with(&session_key(""));
                            view! {
                                <li>
                                    <span>{label}</span>
                                    <span class="button-row">
                                        {is_session.then(|| view! {
                                            <button class="button small" aria-label=res.clone() on:click=move |_| {
                                                let mut index = store.index.get_untracked();
                                                let result = storage::restore_backup(&k3, &mut index);
                                                store.index.set(index);
                                                store.sync_mode();
                                                message.set(match result {
                                                    Ok(r) => restored_message(&r),
                                                    Err(e) => e.to_string(),
                                                });
                                                changed.update(|c| *c += 1);
                                            }>"Restore"</button>
                                        }.into_any())}
                                        <button class="button small" aria-label=down on:click=move |_| {
                                            if let Some(text) = storage::backup_text(&k1) {
                                                download(&file, &text);
                                            }
                                        }>"Download"</button>
                                        <button class="button small danger" aria-label=del on:click=move |_| {
                                            if let Err(e) = storage::delete_backup(&k2) {
                                                store.report(&e);
                                            }
                                            changed.update(|c| *c += 1);
                                        }>"Delete"</button>
                                    </span>
                                </li>
                            }
                        }
                    />
                </ul>
            </When>
            <p class="hint" role="status">{move || message.get()}</p>
        </section>
    }
}
