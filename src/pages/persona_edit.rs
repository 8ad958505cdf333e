use crate::components::persona_edit::lines::LinesSection;
use crate::components::persona_edit::meter::CompletenessMeter;
use crate::components::persona_edit::nuggets::NuggetsSection;
use crate::components::persona_edit::preview::PersonaPreview;
use crate::components::persona_edit::problems::ProblemSummary;
use crate::components::persona_edit::profile::ProfileSection;
use crate::components::persona_edit::topics::TopicsSection;
use crate::components::persona_edit::{provide_editor, Editor};
use crate::components::persona_row::display_name;
use crate::components::when::When;
use crate::personas::{self, EditSaved};
use crate::state::{use_store, Store};
use askwell_core::Persona;
use leptos::prelude::*;
use std::cell::{Cell, RefCell};
use std::time::Duration;

thread_local! {
    /// The edited persona not yet written, and the number of the last edit: a save runs a
    /// moment after typing stops, when the page is left, and when the tab is hidden.
    static UNSAVED: RefCell<Option<Persona>> = const { RefCell::new(None) };
    static EDITS: Cell<u32> = const { Cell::new(0) };
}

/// How long typing may pause before the draft is written.
const SAVE_AFTER: Duration = Duration::from_millis(400);

/// Writes the edited persona now, if anything is waiting. When it could not be stored it
/// stays waiting (unless a newer edit already is), so the next save retries.
fn flush(store: Store) -> EditSaved {
    let Some(p) = UNSAVED.with(|u| u.borrow_mut().take()) else {
        return EditSaved::Stored;
    };
    let saved = personas::save_edit(store, &p);
    if saved != EditSaved::Stored {
        UNSAVED.with(|u| {
            u.borrow_mut().get_or_insert(p);
        });
    }
    saved
}

/// The editor of one of the user's personas: the completeness meter and what is still
/// needed at the top, the profile, topics, hidden details and lines, and a try-out chat
/// beside them (below on a phone). Every change is saved as you type; Undo steps back one
/// change (Ctrl+Z too, outside text fields).
#[component]
pub fn PersonaEditPage(
    /// Persona id from the route.
    id: String,
) -> impl IntoView {
    let store = use_store();
    let Some((stored, first_origin)) = store
        .personas
        .with_untracked(|l| l.get(&id).map(|c| (c.persona.clone(), c.origin.clone())))
    else {
        return not_yours(store, id).into_any();
    };
    let editor = Editor::new(stored);
    provide_editor(editor);

    let saving = RwSignal::new(false);
    let failed = RwSignal::new(false);
    // Deleted in another tab while open here: nothing is written until the user restores it.
    let deleted_here = RwSignal::new(false);
    let persona_id = id.clone();
    let deleted = Memo::new(move |_| {
        deleted_here.get() || store.personas.with(|l| l.get(&persona_id).is_none())
    });
    // How it was made (written, copied, imported), kept if it has to be restored.
    let origin = StoredValue::new(first_origin);
    let restore = move |_| {
        UNSAVED.with(|u| u.borrow_mut().take());
        let persona = editor.persona.get_untracked();
        if let Ok(stored) = personas::put(store, persona, origin.get_value()) {
            deleted_here.set(false);
            failed.set(!stored);
        }
    };
    Effect::new(move |first: Option<()>| {
        let persona = editor.persona.get();
        if first.is_none() {
            return;
        }
        UNSAVED.with(|u| *u.borrow_mut() = Some(persona));
        let edit = EDITS.with(|e| {
            e.set(e.get() + 1);
            e.get()
        });
        saving.set(true);
        set_timeout(
            move || {
                if EDITS.with(Cell::get) == edit {
                    let saved = flush(store);
                    let _ = saving.try_set(false);
                    let _ = failed.try_set(saved == EditSaved::NotStored);
                    let _ = deleted_here.try_set(saved == EditSaved::Deleted);
                }
            },
            SAVE_AFTER,
        );
    });
    on_cleanup(move || {
        flush(store);
        // A "New persona" left as it came, nothing typed, is not kept as a stray "Unnamed
        // persona" in the list (a design review, 2026-12-05).
        let untouched = editor.persona.try_with_untracked(|p| {
            (*p == askwell_core::custom::blank(p.id.clone())).then(|| p.id.clone())
        });
        if let (Some(Some(id)), askwell_core::custom::Origin::Written) = (
            untouched,
            origin
                .try_get_value()
                .unwrap_or(askwell_core::custom::Origin::Imported),
        ) {
            let _ = personas::change(store, |l| Ok(l.remove(&id)));
        }
    });
    let hidden = window_event_listener(leptos::ev::pagehide, move |_| {
        flush(store);
    });
    let keys = window_event_listener(leptos::ev::keydown, move |ev| {
        let undo_keys = (ev.ctrl_key() || ev.meta_key()) && !ev.shift_key() && ev.key() == "z";
        if undo_keys && !in_text_field(&ev) && editor.draft.with_untracked(|d| d.can_undo()) {
            ev.prevent_default();
            editor.undo();
        }
    });
    on_cleanup(move || {
        hidden.remove();
        keys.remove();
    });

    let title = move || editor.persona.with(|p| display_name(&p.name));
    view! {
        <section class="page persona-editor">
            <div class="pe-head">
                <div>
                    <p class="eyebrow"><a href="#/personas">"Your personas"</a></p>
                    <h1>{title}</h1>
                </div>
                <div class="pe-head-actions">
                    <span class="pe-saved hint" role="status">
                        {move || if deleted.get() {
                            "Not saved: this persona was deleted in another tab."
                        } else if saving.get() {
                            "Saving…"
                        } else if failed.get() {
                            "Not saved: see the notice above. Your changes stay in this tab; export the persona from Your personas to keep a copy."
                        } else {
                            "All changes saved in this browser"
                        }}
                    </span>
                    // Only once there is something to undo: a new persona opened on a large
                    // disabled button (a design review). Undoing the last change hides it, so
                    // focus goes to the heading rather than the page's end. `hidden` (one
                    // attribute closure) rather than a `When` and its children.
                    <button
                        type="button"
                        class="button"
                        prop:hidden=move || !editor.draft.with(|d| d.can_undo())
                        on:click=move |_| {
                            editor.undo();
                            if !editor.draft.with_untracked(|d| d.can_undo()) {
                                crate::focus::focus_page_heading();
                            }
                        }
                    >"Undo last change"</button>
                </div>
            </div>
            {move || deleted.get().then(|| view! {
                <div class="notice warning" role="alert">
                    <p>"This persona was deleted in another tab, so your changes here are not saved. Restore it to keep it with these changes, or go back to your personas."</p>
                    <p class="button-row pe-deleted-actions">
                        <button type="button" class="button primary" on:click=restore>"Restore it"</button>
                        <a class="button" href="#/personas">"Back to your personas"</a>
                    </p>
                </div>
            }.into_any())}
            <CompletenessMeter />
            <ProblemSummary />
            {move || editor.refusal.get().map(|t| view! {
                <div class="notice warning" role="alert"><p>{t}</p></div>
            }.into_any())}
            <div class="pe-layout">
                <div class="pe-main">
                    <ProfileSection />
                    <TopicsSection />
                    <NuggetsSection />
                    <LinesSection />
                </div>
                <aside class="pe-side" aria-label="Try the persona">
                    <PersonaPreview />
                </aside>
            </div>
        </section>
    }
    .into_any()
}

/// The editor opened on a persona that is not the user's: a shipped or hosted one can be
/// copied and the copy edited; anything else is not in this browser.
fn not_yours(store: Store, id: String) -> impl IntoView {
    let hosted = store
        .hosted
        .with_untracked(|h| h.iter().any(|p| p.id == id));
    let shipped = crate::content::catalog().iter().any(|p| p.id == id);
    let error = RwSignal::new(String::new());
    let copy = move |_| {
        let from = id.clone();
        leptos::task::spawn_local(async move {
            if let Err(why) = personas::copy_and_edit(store, from).await {
                error.try_set(why);
            }
        });
    };
    if hosted || shipped {
        let whose = if hosted {
            "This persona comes from your organisation"
        } else {
            "This is one of the personas that come with Askwell"
        };
        view! {
            <section class="page narrow">
                <h1>"This persona cannot be changed here"</h1>
                <p>{format!("{whose}, so it stays as it is. Make a copy to change it: the copy is yours, saved in this browser.")}</p>
                <p class="button-row">
                    <button type="button" class="button primary" on:click=copy>"Make a copy"</button>
                    <a class="button" href="#/personas">"Back to your personas"</a>
                </p>
                <When when=move || !error.with(String::is_empty)>
                    <div class="notice error" role="alert"><p>{move || error.get()}</p></div>
                </When>
            </section>
        }
        .into_any()
    } else {
        view! {
            <section class="page narrow">
                <h1>"Persona not found"</h1>
                <p>"This persona is not saved in this browser. It may have been deleted, or made in another browser: export it there and import the file here."</p>
                <p><a class="button" href="#/personas">"Back to your personas"</a></p>
            </section>
        }
        .into_any()
    }
}

/// True when a key press happens in a field (which has its own undo).
fn in_text_field(ev: &web_sys::KeyboardEvent) -> bool {
    use wasm_bindgen::JsCast;
    ev.target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .is_some_and(|el| {
            matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
                || el.has_attribute("contenteditable")
        })
}
