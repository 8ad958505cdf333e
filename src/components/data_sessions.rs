use crate::components::when::When;
use crate::format::session_label;
use crate::state::{use_store, NoticeKind};
use crate::storage;
use askwell_core::store::SessionIndex;
use leptos::prelude::*;

/// Every saved session with a Delete button each, and Delete everything; both ask once more
/// (a session's review cannot be brought back).
#[component]
pub fn DataSessions() -> impl IntoView {
    let store = use_store();
    let confirming = RwSignal::new(false);
    // The session whose Delete was pressed, asking "Delete for good?".
    let confirming_one: RwSignal<Option<String>> = RwSignal::new(None);
    let status = RwSignal::new(String::new());
    let delete = move |id: String| {
        confirming_one.set(None);
        let mut index = store.index.get_untracked();
        let result = storage::delete_session(&id, &mut index);
        store.index.set(index);
        crate::pages::drop_hand_over(&id);
        match result {
            Ok(()) => status.set("The session was deleted.".into()),
            Err(e) => store.report(&e),
        }
    };
    let delete_all = move |_| {
        confirming.set(false);
        match storage::delete_everything() {
            Ok(()) => {
                store.index.set(SessionIndex::default());
                // People, plans, notes and personas on screen go too, or the next edit
                // anywhere would write them back.
                crate::saved::reread(store);
                status.set("Everything Askwell kept in this browser was deleted.".into());
            }
            Err(e) => store.notify(NoticeKind::Warning, e.to_string()),
        }
    };
    view! {
        <section class="card data-sessions" aria-labelledby="sessions-data-heading">
            <h2 id="sessions-data-heading">"Practice sessions"</h2>
            <When
                when=move || store.index.with(|i| !i.sessions.is_empty())
                fallback=|| view! { <p class="empty">"No practice sessions saved."</p> }
            >
                <ul class="data-list">
                    <For
                        each=move || store.index.get().sessions
                        key=|s| s.id.clone()
                        children=move |s| {
                            let label = session_label(&s.persona_name, &s.id, s.started_at_ms);
                            let aria = ["Delete the session with ", &label].concat();
                            let id = StoredValue::new(s.id.clone());
                            let asking = move || confirming_one.with(|c| c.as_deref() == Some(id.get_value().as_str()));
                            // Keyboard users land on "Yes, delete" when asked.
                            let yes: NodeRef<leptos::html::Button> = NodeRef::new();
                            Effect::new(move |_| {
                                if let (true, Some(b)) = (asking(), yes.get()) {
                                    let _ = b.focus();
                                }
                            });
                            view! {
                                <li>
                                    <span>{label}</span>
                                    <When
                                        when=asking
                                        fallback=move || view! {
                                            <button class="button small danger" aria-label=aria.clone() on:click=move |_| confirming_one.set(Some(id.get_value()))>
                                                "Delete"
                                            </button>
                                        }
                                    >
                                        <span class="confirm-delete" role="group" aria-label="Confirm delete">
                                            <span>"Delete it and its review for good?"</span>
                                            <button node_ref=yes class="button small danger" on:click=move |_| delete(id.get_value())>"Yes, delete"</button>
                                            <button class="button small" on:click=move |_| confirming_one.set(None)>"Cancel"</button>
                                        </span>
                                    </When>
                                </li>
                            }
                        }
                    />
                </ul>
            </When>
            <When
                when=move || confirming.get()
                fallback=move || view! {
                    <button class="button danger" on:click=move |_| confirming.set(true)>"Delete everything…"</button>
                }
            >
                <div class="confirm" role="group" aria-labelledby="delete-all-question">
                    <p id="delete-all-question">
                        "Delete everything Askwell keeps in this browser: sessions, people, plans, notes, \
                         your personas and backups? This cannot be undone: export first if you may \
                         want them."
                    </p>
                    <div class="button-row">
                        <button class="button danger" on:click=delete_all>"Yes, delete everything"</button>
                        <button class="button" on:click=move |_| confirming.set(false)>"Cancel"</button>
                    </div>
                </div>
            </When>
            <p class="hint" role="status">{move || status.get()}</p>
        </section>
    }
}
