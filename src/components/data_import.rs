use crate::content;
use crate::format::date_time;
use crate::state::use_store;
use crate::storage;
use askwell_core::interview::Interview;
use askwell_core::store::{self, ImportError, ImportFile, ImportPlan, MAX_FILE_BYTES};
use leptos::prelude::*;

/// "Dr. Maya Okafor, Nov 22, 2026, 15:40" for a session in an import preview.
fn line(i: &Interview) -> String {
    let name = content::info(&i.persona_id).map_or(i.persona_id.as_str(), |p| p.name.as_str());
    [name, ", ", &date_time(i.started_at_ms)].concat()
}

/// Import sessions from an export file: the file is checked completely first, then what it
/// would add or replace is shown for the user to confirm or cancel. Nothing is written
/// before Confirm; saved sessions missing from the file are kept.
#[component]
pub fn DataImport() -> impl IntoView {
    let store = use_store();
    let pending: RwSignal<Option<(ImportFile, ImportPlan)>> = RwSignal::new(None);
    let error = RwSignal::new(String::new());
    let done = RwSignal::new(String::new());

    let on_change = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        let Some(file) = input.files().and_then(|f| f.get(0)) else {
            return;
        };
        // The same file may be chosen again after a Cancel.
        input.set_value("");
        pending.set(None);
        error.set(String::new());
        done.set(String::new());
        let bytes = file.size() as usize;
        if bytes > MAX_FILE_BYTES {
            error.set(ImportError::TooLarge { bytes }.to_string());
            return;
        }
        leptos::task::spawn_local(async move {
            let text = wasm_bindgen_futures::JsFuture::from(file.text()).await;
            let Some(text) = text.ok().and_then(|t| t.as_string()) else {
                error.set("This file could not be read. Choose it again.".into());
                return;
            };
            match store::parse_import(&text) {
                Ok(f) => {
                    let plan = store
                        .index
                        .with_untracked(|i| store::plan_import(&i.sessions, &f));
                    pending.set(Some((f, plan)));
                }
                Err(e) => error.set(e.to_string()),
            }
        });
    };

    let confirm = move |_| {
        let Some((file, plan)) = pending.get_untracked() else {
            return;
        };
        let chosen: Vec<Interview> = file
            .sessions
            .into_iter()
            .filter(|s| plan.add.contains(&s.id) || plan.replace.contains(&s.id))
            .collect();
        let mut index = store.index.get_untracked();
        let result = storage::import_sessions(&chosen, &mut index);
        store.index.set(index);
        store.sync_mode();
        pending.set(None);
        done.set(match result {
            Ok(1) => "Imported 1 session.".into(),
            Ok(n) => format!("Imported {n} sessions."),
            Err((n, e)) => format!(
                "Imported {n} of {} sessions, then stopped: {e}",
                chosen.len()
            ),
        });
    };

    let preview = move || {
        pending.with(|p| {
            let (file, plan) = p.as_ref()?;
            let names = |ids: &[String]| {
                file.sessions
                    .iter()
                    .filter(|s| ids.contains(&s.id))
                    .map(|s| view! { <li>{line(s)}</li> })
                    .collect_view()
            };
            let nothing = plan.add.is_empty() && plan.replace.is_empty();
            let add = (!plan.add.is_empty()).then(|| {
                view! { <h3>{format!("Add ({})", plan.add.len())}</h3><ul>{names(&plan.add)}</ul> }
            });
            let replace = (!plan.replace.is_empty()).then(|| {
                view! { <h3>{format!("Replace ({})", plan.replace.len())}</h3><ul>{names(&plan.replace)}</ul> }
            });
            Some(view! {
                <div class="import-preview" role="group" aria-labelledby="import-summary">
                    <p id="import-summary">
                        {if nothing {
                            "Nothing to import: every session in this file is already here.".to_string()
                        } else {
                            plan.describe()
                        }}
                    </p>
                    {add}
                    {replace}
                    <div class="button-row">
                        {(!nothing).then(|| view! {
                            <button class="button primary" on:click=confirm>"Confirm import"</button>
                        })}
                        <button class="button" on:click=move |_| pending.set(None)>"Cancel"</button>
                    </div>
                </div>
            })
        })
    };

    view! {
        <section class="card data-import" aria-labelledby="import-heading">
            <h2 id="import-heading">"Import"</h2>
            <p>"Add sessions from an Askwell export file. You see what will change before anything does."</p>
            <label for="import-file">"Import sessions from a file"</label>
            <input
                type="file"
                id="import-file"
                accept=".json,application/json"
                on:change=on_change
            />
            {preview}
            <Show when=move || !error.with(String::is_empty)>
                <div class="notice error" role="alert">
                    <p>{move || error.get()}</p>
                </div>
            </Show>
            <p class="hint" role="status">{move || done.get()}</p>
        </section>
    }
}
