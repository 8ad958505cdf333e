use crate::state::{use_store, NoticeKind};
use leptos::prelude::*;

/// Messages the user must see (damaged data set aside, failed saves), each dismissible.
/// Announced politely; errors assertively.
#[component]
pub fn Notices() -> impl IntoView {
    let store = use_store();
    view! {
        <div class="notices" role="region" aria-label="Messages">
            <For
                each=move || store.notices.get()
                key=|n| n.id
                children=move |n| {
                    let id = n.id;
                    let reload = n.reload.clone().map(|sid| view! {
                        <button class="button small" on:click=move |_| reload_session(store, sid.clone())>
                            "Reload this session"
                        </button>
                    }.into_any());
                    let (class, role) = match n.kind {
                        NoticeKind::Info => ("notice info", "status"),
                        NoticeKind::Warning => ("notice warning", "status"),
                        NoticeKind::Error => ("notice error", "alert"),
                    };
                    view! {
                        <div class=class role=role>
                            <p>{n.text.clone()}</p>
                            {reload}
                            <button
                                class="link-button"
                                aria-label="Dismiss this message"
                                on:click=move |_| {
                                    store.dismiss(id);
                                    // To the page's heading, the next thing after the
                                    // messages, which shows a focus ring (main shows none).
                                    crate::focus::focus_page_heading();
                                }
                            >
                                "Dismiss"
                            </button>
                        </div>
                    }
                }
            />
        </div>
    }
}

/// "Reload this session": its code is in the interview chunk with the decoders it needs.
fn reload_session(store: crate::state::Store, id: String) {
    leptos::task::spawn_local(async move {
        if let Err(why) = crate::chunk!(reload_session(store, id)) {
            store.notify(NoticeKind::Warning, why.to_string());
        }
    });
}
