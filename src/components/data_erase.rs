use crate::components::when::When;
use crate::state::{use_store, NoticeKind};
use crate::storage;
use askwell_core::store::SessionIndex;
use leptos::prelude::*;

/// Delete everything Askwell keeps in this browser, behind a confirming step: a card of its
/// own at the end of the Data page (inside the sessions card it read as deleting sessions).
#[component]
pub fn DataErase() -> impl IntoView {
    let store = use_store();
    let confirming = RwSignal::new(false);
    let status = RwSignal::new(String::new());
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
        <section class="card data-erase" aria-labelledby="erase-heading">
            <h2 id="erase-heading">"Erase all Askwell data"</h2>
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
