use crate::components::when::When;
use crate::content;
use crate::format::{date_time, now_ms};
use crate::state::use_store;
use crate::storage::{self, ImportDone, Read};
use askwell_core::interview::Interview;
use askwell_core::store::{
    self, BothSides, ImportError, ImportFile, ImportPlan, Newer, MAX_FILE_BYTES,
};
use leptos::prelude::*;

/// "Dr. Maya Okafor, Nov 22, 2026, 15:40" for a session in an import preview.
fn line(i: &Interview) -> String {
    let name = content::info(&i.persona_id).map_or_else(|| i.persona_id.clone(), |p| p.name);
    [name.as_str(), ", ", &date_time(i.started_at_ms)].concat()
}

/// A session's size as the review's header gives it: every line the user typed, the
/// introduction and the thanks included, so not "questions".
fn lines_from_you(n: usize) -> String {
    if n == 1 {
        "1 line from you".into()
    } else {
        format!("{n} lines from you")
    }
}

/// What happens to a session saved both here and in the file, in words.
fn verdict(b: &BothSides, use_file: bool) -> String {
    let counts = format!(
        "Here: {} · file: {}. ",
        lines_from_you(b.here_questions),
        lines_from_you(b.file_questions)
    );
    let which = match b.newer {
        Newer::File => "The file's copy is newer. ",
        Newer::Here => "The copy here is newer. ",
        Newer::Neither | Newer::Same => "Each copy has lines the other lacks. ",
    };
    let what = match (use_file, b.newer) {
        (true, _) => "The file's copy will replace it; the copy here is kept as a backup.",
        (false, Newer::Neither) => {
            "The copy here is kept; the file's copy is kept as a backup you can restore."
        }
        (false, _) => "The copy here is kept.",
    };
    [counts.as_str(), which, what].concat()
}

/// What an import did, in sentences.
fn report(d: &ImportDone) -> String {
    let n = |k: usize, one: &str, many: &str| {
        if k == 1 {
            format!("1 {one}")
        } else {
            format!("{k} {many}")
        }
    };
    let mut out = format!("Imported {}.", n(d.written, "session", "sessions"));
    if d.replaced_kept > 0 {
        out += &format!(
            " {} replaced here {} kept as a backup.",
            n(d.replaced_kept, "copy", "copies"),
            if d.replaced_kept == 1 { "is" } else { "are" }
        );
    }
    if d.restored > 0 {
        out += &format!(
            " Restored {} from the file's backups.",
            n(d.restored, "session", "sessions")
        );
    }
    if d.personas_written > 0 {
        out += &format!(
            " Added or updated {} of your own.",
            n(d.personas_written, "persona", "personas")
        );
    }
    if d.prepared_added > 0 {
        out += &format!(
            " Added {} that were not here.",
            n(
                d.prepared_added,
                "person, plan or note",
                "people, plans or notes"
            )
        );
    }
    // Said as what was kept: a session, or other saved data.
    let kept = [
        (d.kept_sessions > 0).then(|| n(d.kept_sessions, "session", "sessions")),
        (d.kept_other > 0).then(|| n(d.kept_other, "other saved item", "other saved items")),
    ];
    let kept: Vec<String> = kept.into_iter().flatten().collect();
    if !kept.is_empty() {
        let as_what = if d.kept_sessions + d.kept_other == 1 {
            "a backup"
        } else {
            "backups"
        };
        out += &format!(
            " Kept {} from the file as {as_what} (listed under Backups).",
            kept.join(" and ")
        );
    }
    out
}

/// The copy saved here of a session, if this tab can read one.
fn saved_copy(id: &str) -> Option<Interview> {
    match storage::load_session(id, now_ms()) {
        Ok(Read::Found(i)) => Some(i),
        _ => None,
    }
}

/// Import sessions from an export file: the file is checked completely first, then what it
/// would do is shown (for a session saved both here and in the file: which copy is newer,
/// and what will happen) for the user to confirm or cancel. The newer copy is kept by
/// default; nothing is written before Confirm; saved sessions missing from the file are
/// kept.
#[component]
pub fn DataImport() -> impl IntoView {
    let store = use_store();
    let pending: RwSignal<Option<(ImportFile, ImportPlan)>> = RwSignal::new(None);
    // What went wrong, in plain words naming the file, and the technical detail for
    // "Details" (`ImportError::for_file`).
    let error: RwSignal<(String, Option<String>)> = RwSignal::new(Default::default());
    // The file's name, for an error after "I edited it: check it anyway".
    let picked = RwSignal::new(String::new());
    let done = RwSignal::new(String::new());
    // The text of a file refused only for its checksum, until the user decides.
    let edited: RwSignal<Option<String>> = RwSignal::new(None);

    let on_change = move |ev: leptos::ev::Event| {
        let Some(file) = crate::file_input::picked(&ev) else {
            return;
        };
        pending.set(None);
        error.set(Default::default());
        edited.set(None);
        done.set(String::new());
        let name = file.name();
        picked.set(name.clone());
        let bytes = file.size() as usize;
        if bytes > MAX_FILE_BYTES {
            error.set(ImportError::TooLarge { bytes }.for_file(&name));
            return;
        }
        leptos::task::spawn_local(async move {
            let Some(text) = crate::file_input::text_of(file).await else {
                let why = ["'", &name, "' could not be read. Choose it again."].concat();
                error.set((why, None));
                return;
            };
            match store::parse_import(&text) {
                Ok(f) => {
                    let plan = store::plan_import(saved_copy, &f);
                    pending.set(Some((f, plan)));
                }
                Err(e) => {
                    if e == ImportError::ChecksumMismatch {
                        edited.set(Some(text));
                    }
                    error.set(e.for_file(&name));
                }
            }
        });
    };

    // A file edited by hand (a name corrected) fails only its checksum: the user may still
    // take it, through the same checks and preview.
    let import_edited = move |_| {
        let Some(text) = edited.get_untracked() else {
            return;
        };
        edited.set(None);
        error.set(Default::default());
        match store::parse_edited_import(&text) {
            Ok(f) => {
                let plan = store::plan_import(saved_copy, &f);
                pending.set(Some((f, plan)));
            }
            Err(e) => error.set(e.for_file(&picked.get_untracked())),
        }
    };

    let confirm = move |_| {
        let Some((file, plan)) = pending.get_untracked() else {
            return;
        };
        let mut index = store.index.get_untracked();
        let result = storage::apply_import(&file, &plan, &mut index);
        store.index.set(index);
        // People, plans, notes and the user's own personas may have come with the file: the
        // lists on screen are read again, or the next edit would write the old ones back.
        crate::saved::reread(store);
        pending.set(None);
        done.set(match result {
            Ok(d) => report(&d),
            Err((d, e)) => format!("{} Then the import stopped: {e}", report(&d)),
        });
    };

    let choose = move |id: String, use_file: bool| {
        pending.update(|p| {
            if let Some((_, plan)) = p {
                plan.use_file_copy(&id, use_file);
            }
        })
    };

    let preview = move || {
        pending.with(|p| {
            let (file, plan) = p.as_ref()?;
            let names = |ids: &[String]| {
                file.sessions
                    .iter()
                    .filter(|s| ids.contains(&s.id))
                    .map(|s| view! { <li>{line(s)}</li> }.into_any())
                    .collect_view()
            };
            // Personas of the user's own in the file, as the merge would take them.
            let personas = store
                .personas
                .get_untracked()
                .merge_imported(&file.personas);
            let persona_line = personas.describe();
            // People, plans and notes in the file that are not here (a removed person comes
            // back; one kept on both sides keeps the copy here).
            let prepared_new = store.prepared.get_untracked().merge_missing(&file.prepared);
            let nothing = plan.is_empty() && !personas.changed() && prepared_new == 0;
            let prepared_line = (prepared_new > 0).then(|| {
                let what = if prepared_new == 1 {
                    "1 person, plan or note".to_string()
                } else {
                    format!("{prepared_new} people, plans or notes")
                };
                view! { <p class="import-prepared">{format!("It also adds {what} not here.")}</p> }
            });
            let add = (!plan.add.is_empty()).then(|| {
                view! { <h3>{format!("Add ({})", plan.add.len())}</h3><ul>{names(&plan.add)}</ul> }
            });
            let both = (!plan.both.is_empty()).then(|| {
                let rows = plan
                    .both
                    .iter()
                    .filter_map(|b| {
                        let s = file.sessions.iter().find(|s| s.id == b.id)?;
                        let use_file = plan.replace.contains(&b.id);
                        let id = b.id.clone();
                        let label = ["Use the file's copy of ", &line(s)].concat();
                        Some(view! {
                            <li class="import-both">
                                // A full stop between the session and the verdict on it.
                                <span>{line(s)}". "</span>
                                <span class="hint">{verdict(b, use_file)}</span>
                                <label>
                                    <input
                                        type="checkbox"
                                        aria-label=label
                                        prop:checked=use_file
                                        on:change=move |ev| choose(id.clone(), event_target_checked(&ev))
                                    />
                                    " Use the file's copy"
                                </label>
                            </li>
                        })
                    })
                    .collect_view();
                view! { <h3>{format!("Saved here and in the file ({})", plan.both.len())}</h3><ul>{rows}</ul> }
            });
            let restore = (!plan.restore.is_empty()).then(|| {
                let rows = plan
                    .restore
                    .iter()
                    .map(|r| view! { <li>{line(&r.session)}</li> }.into_any())
                    .collect_view();
                view! { <h3>{format!("Restore from the file's backups ({})", plan.restore.len())}</h3><ul>{rows}</ul> }
            });
            Some(view! {
                <div class="import-preview" role="group" aria-labelledby="import-summary">
                    <p id="import-summary">
                        {if nothing {
                            "Nothing to import: everything in this file is already here.".to_string()
                        } else {
                            plan.describe()
                        }}
                    </p>
                    {(!persona_line.is_empty()).then(|| view! { <p class="import-personas">{persona_line}</p> }.into_any())}
                    {prepared_line}
                    {add}
                    {both}
                    {restore}
                    <div class="button-row">
                        {(!nothing).then(|| view! {
                            <button class="button primary" on:click=confirm>"Confirm import"</button>
                        }.into_any())}
                        <button class="button" on:click=move |_| pending.set(None)>"Cancel"</button>
                    </div>
                </div>
            })
        })
    };

    view! {
        <section class="card data-import" aria-labelledby="import-heading">
            <h2 id="import-heading">"Import"</h2>
            <p>"Add what an Askwell export file holds: sessions, people, plans, notes and personas. You see what will change before anything does."</p>
            <label for="import-file">"Import from a file"</label>
            <input
                type="file"
                id="import-file"
                accept=".json,application/json"
                on:change=on_change
                // The failed file's name stays in the input; a new pick starts empty.
                on:click=crate::file_input::clear_on_click
            />
            {preview}
            <When when=move || !error.with(|e| e.0.is_empty())>
                <div class="notice error" role="alert">
                    <p>{move || error.with(|e| e.0.clone())}</p>
                    {move || error.with(|e| e.1.clone()).map(|detail| view! {
                        <details class="import-details">
                            <summary>"Details"</summary>
                            <p>{detail}</p>
                        </details>
                    })}
                    <When when=move || edited.with(Option::is_some)>
                        <p>"If you edited it yourself, you can still import it: it is checked like any other file, and you see what will change first."</p>
                        <button class="button" on:click=import_edited>"I edited it: check it anyway"</button>
                    </When>
                </div>
            </When>
            <p class="hint" role="status">{move || done.get()}</p>
        </section>
    }
}
