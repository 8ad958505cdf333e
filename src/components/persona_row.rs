use crate::components::data_export::download;
use crate::components::when::When;
use crate::personas::{self, share_file_name};
use crate::route::Route;
use crate::state::{use_store, NoticeKind};
use askwell_core::custom::{self, Origin};
use leptos::prelude::*;

/// One of the user's personas in the list: name, role, readiness, and Edit, Export, Delete
/// (Delete asks once more; sessions with the persona keep their reviews).
#[component]
pub fn PersonaRow(
    /// The persona's id.
    id: String,
) -> impl IntoView {
    let store = use_store();
    let key = id.clone();
    let item = Memo::new(move |_| store.personas.with(|l| l.get(&key).cloned()));
    let confirming = RwSignal::new(false);
    let status = RwSignal::new(String::new());
    // Keyboard users stay where they were: on "Yes, delete" when asked, on Delete after Cancel.
    let yes_button: NodeRef<leptos::html::Button> = NodeRef::new();
    let delete_button: NodeRef<leptos::html::Button> = NodeRef::new();
    Effect::new(move |before: Option<bool>| {
        let now = confirming.get();
        if before.is_some_and(|b| b != now) {
            let target = if now {
                yes_button.get_untracked()
            } else {
                delete_button.get_untracked()
            };
            if let Some(button) = target {
                let _ = button.focus();
            }
        }
        now
    });
    let edit_href = Route::PersonaEdit(id.clone()).href();

    let export = move |_| {
        let Some(c) = item.get_untracked() else {
            return;
        };
        let name = share_file_name(&c.persona.id);
        status.set(if download(&name, &custom::to_file(&c.persona)) {
            format!("Downloaded {name}.")
        } else {
            "The browser refused the download. Try again, or another browser.".into()
        });
    };
    let id_for_delete = StoredValue::new(id.clone());
    let delete = move |_| {
        let id = id_for_delete.get_value();
        let name = item.with_untracked(|c| c.as_ref().map(|c| display_name(&c.persona.name)));
        match personas::change(store, |l| Ok(l.remove(&id))) {
            Ok(_) => {
                crate::focus::focus_page_heading();
                store.notify(
                    NoticeKind::Info,
                    format!(
                        "Deleted {}. Sessions with this persona keep their reviews.",
                        name.unwrap_or_default()
                    ),
                );
            }
            Err(why) => status.set(why),
        }
    };

    move || {
        item.get().map(|c| {
            let edit_href = edit_href.clone();
            let name = display_name(&c.persona.name);
            let about = [c.persona.role.as_str(), c.persona.organization.as_str()]
                .iter()
                .filter(|s| !s.trim().is_empty())
                .copied()
                .collect::<Vec<_>>()
                .join(", ");
            let progress = custom::completeness(&c.persona);
            let ready = progress.ready;
            // Where it came from, in words a reader needs no key for ("Written here" was
            // cryptic, a design review).
            let origin = match &c.origin {
                Origin::Written => "Written by you".to_string(),
                Origin::Copied { from } => copied_from(store, from),
                Origin::Imported => "Imported".to_string(),
                Origin::Hosted => "From your organisation".to_string(),
            };
            let delete_label = format!("Delete {name}");
            let export_label = format!("Export {name}");
            let edit_label = format!("Edit {name}");
            view! {
                <li class="persona-row">
                    <div class="persona-row-main">
                        <a class="persona-name" href=edit_href.clone() aria-label=edit_label>{name.clone()}</a>
                        <span class="persona-role">{about}</span>
                        <span class="persona-meta">
                            <span class="badge" class:ready=ready class:not-ready=!ready>
                                {if ready { "Ready to practise" } else { "Draft" }}
                            </span>
                            // "7 of 26 topics answered · next: add a name"
                            {(!ready).then(|| view! { <span class="hint">{progress.summary()}</span> })}
                        </span>
                        <span class="hint">{origin}</span>
                    </div>
                    <div class="persona-row-actions">
                        <a class="button small" href=edit_href.clone()>"Edit"</a>
                        <button class="button small" aria-label=export_label on:click=export>"Export"</button>
                        <When
                            when=move || confirming.get()
                            fallback=move || view! {
                                <button node_ref=delete_button class="button small danger" aria-label=delete_label.clone() on:click=move |_| confirming.set(true)>"Delete"</button>
                            }
                        >
                            <span class="confirm-delete" role="group" aria-label="Confirm delete">
                                <span>"Delete for good?"</span>
                                <button node_ref=yes_button class="button small danger" on:click=delete>"Yes, delete"</button>
                                <button class="button small" on:click=move |_| confirming.set(false)>"Cancel"</button>
                            </span>
                        </When>
                    </div>
                    <p class="hint persona-row-status" role="status">{move || status.get()}</p>
                </li>
            }
        })
    }
}

/// "Your copy of Rosa Delgado": the persona it was copied from, by name, wherever it is
/// (shipped, hosted or the user's); by id no longer means anything to the reader.
fn copied_from(store: crate::state::Store, from: &str) -> String {
    let name = untrack(|| {
        personas::offered(store)
            .into_iter()
            .find(|(p, _)| p.id == from)
            .map(|(p, _)| p.name)
            .or_else(|| {
                store
                    .personas
                    .with(|l| l.get(from).map(|c| c.persona.name.clone()))
            })
    });
    match name {
        Some(name) => format!("Your copy of {}", display_name(&name)),
        None => "Copied".into(),
    }
}

/// The name as lists show it ("Unnamed persona" while it has none).
pub fn display_name(name: &str) -> String {
    if name.trim().is_empty() {
        "Unnamed persona".into()
    } else {
        name.to_string()
    }
}
