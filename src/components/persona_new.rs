use crate::components::when::When;
use crate::content;
use crate::personas::{self, fresh_id};
use crate::route::{navigate, Route};
use crate::state::use_store;
use askwell_core::custom::{self, Origin};
use leptos::prelude::*;

/// Start a persona: blank (only the field's own topics left to write) or as a copy of one
/// that exists (shipped, hosted, or one of the user's), then open it in the editor.
#[component]
pub fn PersonaNew() -> impl IntoView {
    let store = use_store();
    let error = RwSignal::new(String::new());
    let busy = RwSignal::new(false);
    let first = content::catalog()
        .first()
        .map(|p| p.id.clone())
        .unwrap_or_default();
    let source = RwSignal::new(first);

    let create = move |_| {
        let id = fresh_id(store, "");
        match personas::put(store, custom::blank(id.clone()), Origin::Written) {
            Ok(_) => navigate(&Route::PersonaEdit(id)),
            Err(why) => error.set(why),
        }
    };
    let copy = move |_| {
        if busy.get_untracked() {
            return;
        }
        busy.set(true);
        let from = source.get_untracked();
        leptos::task::spawn_local(async move {
            // The page may be gone by now (the copy opened): try_set ignores a disposed signal.
            if let Err(why) = personas::copy_and_edit(store, from).await {
                error.try_set(why);
            }
            busy.try_set(false);
        });
    };

    view! {
        <section class="card persona-new" aria-labelledby="new-heading">
            <h2 id="new-heading">"Start a persona"</h2>
            <div class="persona-new-row">
                <div>
                    <button class="button primary" on:click=create>"New persona"</button>
                    <p class="hint">"Greetings, closings and conversation lines come written; you add the profile and the answers about the work."</p>
                </div>
                <div class="persona-copy">
                    <label for="copy-from">"Or copy someone"</label>
                    <div class="persona-copy-row">
                        <select
                            id="copy-from"
                            on:change=move |ev| source.set(event_target_value(&ev))
                            prop:value=move || source.get()
                        >
                            {move || personas::offered(store).into_iter().map(|(p, _)| {
                                let label = format!("{}, {}", p.name, p.role);
                                view! { <option value=p.id.clone()>{label}</option> }
                            }.into_any()).collect_view()}
                        </select>
                        <button class="button" on:click=copy prop:disabled=move || busy.get()>"Make a copy"</button>
                    </div>
                </div>
            </div>
            <When when=move || !error.with(String::is_empty)>
                <div class="notice error" role="alert"><p>{move || error.get()}</p></div>
            </When>
        </section>
    }
}
