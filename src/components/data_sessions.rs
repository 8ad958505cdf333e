use crate::components::when::When;
use crate::format::session_label;
use crate::state::use_store;
use leptos::prelude::*;

/// Every saved session with a Delete button each, which asks once more (a session's review
/// cannot be brought back). Deleting everything is a card of its own (`DataErase`): it
/// erases far more than sessions.
#[component]
pub fn DataSessions() -> impl IntoView {
    let store = use_store();
    // The session whose Delete was pressed, asking "Delete for good?".
    let confirming_one: RwSignal<Option<String>> = RwSignal::new(None);
    let status = RwSignal::new(String::new());
    let delete = move |id: String| {
        confirming_one.set(None);
        if store.delete_session(&id) {
            status.set("The session was deleted.".into());
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
            <p class="hint" role="status">{move || status.get()}</p>
        </section>
    }
}
