use crate::components::when::When;
use crate::personas::{self, readiness};
use crate::state::use_store;
use askwell_core::custom::{self, FileError, Origin, MAX_FILE_BYTES};
use askwell_core::Persona;
use leptos::prelude::*;

/// Import one persona from a share file: the file is checked completely first, then who it
/// is is shown (name, role, organization, field, readiness) and nothing is stored until the
/// user confirms. A draft comes in as a draft, as it was exported. A refused file is
/// explained in one sentence and changes nothing.
#[component]
pub fn PersonaImport() -> impl IntoView {
    let store = use_store();
    let pending: RwSignal<Option<Persona>> = RwSignal::new(None);
    let error = RwSignal::new(String::new());
    let done = RwSignal::new(String::new());

    let on_change = move |ev: leptos::ev::Event| {
        let Some(file) = crate::file_input::take_picked(&ev) else {
            return;
        };
        pending.set(None);
        error.set(String::new());
        done.set(String::new());
        if file.size() as usize > MAX_FILE_BYTES {
            error.set(FileError::TooLarge.to_string());
            return;
        }
        leptos::task::spawn_local(async move {
            let Some(text) = crate::file_input::text_of(file).await else {
                error.set(
                    "This file could not be read. Nothing was changed; choose it again.".into(),
                );
                return;
            };
            match custom::draft_from_file(&text) {
                Ok(p) => pending.set(Some(p)),
                Err(e) => error.set(e.to_string()),
            }
        });
    };

    let confirm = move |_| {
        let Some(p) = pending.get_untracked() else {
            return;
        };
        let name = p.name.clone();
        let ready = custom::is_ready(&p);
        // Replacing one of the user's personas: keep the stored list as a backup first.
        if store.personas.with_untracked(|l| l.get(&p.id).is_some()) {
            crate::storage::keep_copy(crate::storage::PERSONAS_KEY, crate::format::now_ms());
        }
        match personas::put(store, p, Origin::Imported) {
            Ok(_) => {
                pending.set(None);
                done.set(if ready {
                    format!("Imported {name}. They are on Home now, ready to practise.")
                } else {
                    format!("Imported {name} as a draft: open it from the list to finish it, and it appears on Home once it is ready.")
                });
            }
            Err(why) => error.set(why),
        }
    };

    let preview = move || {
        pending.get().map(|p| {
            let replaces = store.personas.with(|l| l.get(&p.id).is_some());
            view! {
                <div class="import-preview persona-import-preview" role="group" aria-labelledby="persona-import-who">
                    <p id="persona-import-who" class="persona-name">{p.name.clone()}</p>
                    <dl class="persona-facts">
                        <dt>"Role"</dt><dd>{p.role.clone()}</dd>
                        <dt>"Organization"</dt><dd>{p.organization.clone()}</dd>
                        <dt>"Field"</dt><dd>{p.field.clone()}</dd>
                        <dt>"Readiness"</dt><dd>{readiness(&p)}</dd>
                    </dl>
                    {replaces.then(|| view! {
                        <p class="hint">"You already keep a persona with this id: importing replaces it with the file's version."</p>
                    }.into_any())}
                    <div class="button-row">
                        <button class="button primary" on:click=confirm>
                            {if replaces { "Replace mine with this one" } else { "Import this persona" }}
                        </button>
                        <button class="button" on:click=move |_| pending.set(None)>"Cancel"</button>
                    </div>
                </div>
            }
        })
    };

    view! {
        <section class="card persona-import" aria-labelledby="persona-import-heading">
            <h2 id="persona-import-heading">"Import a persona"</h2>
            <p>"Add a persona someone shared with you (a file ending in .askwell-persona.json). You see who it is before anything is saved."</p>
            <label for="persona-file">"Import a persona from a file"</label>
            <input type="file" id="persona-file" accept=".json,application/json" on:change=on_change />
            {preview}
            <When when=move || !error.with(String::is_empty)>
                <div class="notice error" role="alert"><p>{move || error.get()}</p></div>
            </When>
            <p class="hint" role="status">{move || done.get()}</p>
        </section>
    }
}
