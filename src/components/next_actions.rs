use crate::components::data_export::download_as;
use crate::components::when::When;
use crate::format::{date_time, now_ms};
use crate::route::Route;
use crate::state::use_store;
use askwell_core::prepare::{due_actions, ics_file_name, to_ics, DueAction, DueKind};
use leptos::prelude::*;

/// What to do next for the people on the list (write to them, thank them, follow up),
/// oldest first, each with a calendar file to download. Hidden when nothing is pending.
#[component]
pub fn NextActions() -> impl IntoView {
    let store = use_store();
    // Read once per change of the list: due times are whole hours apart, so the page does
    // not need a ticking clock to stay right.
    let actions = Memo::new(move |_| {
        store
            .prepared
            .with(|p| due_actions(&p.people, &p.logs, now_ms()))
    });
    let status = RwSignal::new(String::new());
    view! {
        <When when=move || actions.with(|a| !a.is_empty())>
            <section class="card next-actions" aria-labelledby="next-actions-heading">
                <h2 id="next-actions-heading">"Next actions"</h2>
                <ol class="action-list">
                    {move || actions.get().into_iter().map(|a| view! { <ActionRow action=a status=status /> }.into_any()).collect_view()}
                </ol>
                <p class="hint" role="status">{move || status.get()}</p>
            </section>
        </When>
    }
}

/// One pending action: what, for whom (a link to the person), when, and "Add to calendar".
#[component]
fn ActionRow(
    action: DueAction,
    /// Where the download's outcome is said.
    status: RwSignal<String>,
) -> impl IntoView {
    let when = date_time(action.due_at_ms);
    let (badge, due_text) = match (action.due_now, action.kind) {
        (true, _) => ("due now", format!("since {when}")),
        (false, DueKind::Talk) => ("coming up", format!("On {when}")),
        (false, _) => ("coming up", format!("Due {when}")),
    };
    let kind = match action.kind {
        DueKind::Contact => "contact",
        DueKind::Talk => "talk",
        DueKind::ThankYou => "thank-you",
        DueKind::FollowUp => "follow-up",
        DueKind::TellReferrer => "tell-referrer",
    };
    let href = Route::Person(action.person_id.clone()).href();
    let title = action.title.clone();
    let due_now = action.due_now;
    let detail = action.detail.clone();
    let add = move |_| {
        let file = ics_file_name(&action);
        let text = to_ics(&action, now_ms());
        status.set(if download_as(&file, &text, "text/calendar") {
            format!("Downloaded {file}. Open it to add the reminder to your calendar.")
        } else {
            "The browser refused the download. Try again, or another browser.".to_string()
        });
    };
    view! {
        <li class=format!("action {kind}") class:due-now=due_now>
            <div class="action-main">
                <a class="action-title" href=href>{title.clone()}</a>
                <span class="action-when">
                    <span class="badge action-badge">{badge}</span>
                    " "{due_text}
                </span>
                <p class="action-detail">{detail}</p>
            </div>
            <button
                type="button"
                class="button small"
                aria-label=format!("Add to calendar: {title}")
                on:click=add
            >
                "Add to calendar"
            </button>
        </li>
    }
}
