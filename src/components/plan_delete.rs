use crate::components::when::When;
use crate::route::{navigate, Route};
use crate::state::{use_store, NoticeKind};
use askwell_core::prepare::PlanAction;
use leptos::prelude::*;

/// Deletes the plan after one confirming step, then goes Home. Practice sessions made with
/// it are kept (they never depended on it).
#[component]
pub fn PlanDelete(
    /// The plan to delete.
    plan_id: String,
) -> impl IntoView {
    let store = use_store();
    let asking = RwSignal::new(false);
    let delete = move |_| {
        let id = plan_id.clone();
        match store.change_plans(|p| p.apply(PlanAction::Delete { id })) {
            Ok(()) => {
                store.notify(
                    NoticeKind::Info,
                    "The question plan was deleted. Your practice sessions are kept.",
                );
                navigate(&Route::Home);
            }
            Err(why) => store.notify(NoticeKind::Warning, why),
        }
    };
    view! {
        <div class="plan-delete">
            <When
                when=move || asking.get()
                fallback=move || view! {
                    <button type="button" class="link-button" on:click=move |_| asking.set(true)>
                        "Delete this plan"
                    </button>
                }
            >
                <p role="status">"Delete this plan and its questions? Your practice sessions stay."</p>
                <div class="button-row">
                    <button type="button" class="button small danger" on:click=delete.clone()>"Yes, delete it"</button>
                    <button type="button" class="button small" on:click=move |_| asking.set(false)>"Keep it"</button>
                </div>
            </When>
        </div>
    }
}
