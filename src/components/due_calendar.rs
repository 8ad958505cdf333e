use crate::components::data_export::download_as;
use crate::components::when::When;
use crate::format::{date_time, now_ms};
use crate::state::use_store;
use askwell_core::prepare::{due_actions, ics_file_name, to_ics};
use leptos::prelude::*;

/// What is due for one person (write to them, the thank-you, later notes), oldest first,
/// each downloadable as a calendar file (`.ics`), so a reminder works without a server.
#[component]
pub fn DueCalendar(
    /// The person's id.
    #[prop(into)]
    person_id: Signal<String>,
) -> impl IntoView {
    let store = use_store();
    let status = RwSignal::new(String::new());
    let due = move || {
        let id = person_id.get();
        store.prepared.with(|p| {
            due_actions(&p.people, &p.logs, now_ms())
                .into_iter()
                .filter(|a| a.person_id == id)
                .collect::<Vec<_>>()
        })
    };
    view! {
        <section class="card due-calendar" aria-labelledby="due-heading">
            <h2 id="due-heading">"Reminders"</h2>
            <When when=move || !due().is_empty() fallback=|| view! { <p class="hint">"Nothing is due for this person right now."</p> }>
                <ul class="due-list">
                    {move || due().into_iter().map(|a| {
                        let file = ics_file_name(&a);
                        let title = a.title.clone();
                        let (due_now, due_at, detail, heading) = (a.due_now, a.due_at_ms, a.detail.clone(), a.title.clone());
                        let download = move |_| {
                            let text = to_ics(&a, now_ms());
                            status.set(if download_as(&file, &text, "text/calendar") {
                                format!("Downloaded {file}. Open it to add the reminder to your calendar.")
                            } else {
                                "The browser refused the download. Try again, or another browser.".into()
                            });
                        };
                        view! {
                            <li class:now=due_now>
                                <span class="due-title">{heading}</span>
                                <span class="due-when">{if due_now { format!("Due now (since {})", date_time(due_at)) } else { format!("Due {}", date_time(due_at)) }}</span>
                                <span class="due-detail">{detail}</span>
                                <button type="button" class="button small" on:click=download aria-label=format!("Add to calendar: {title}")>
                                    "Add to calendar (.ics)"
                                </button>
                            </li>
                        }
                    }.into_any()).collect_view()}
                </ul>
            </When>
            <p class="hint" role="status" aria-live="polite">{move || status.get()}</p>
        </section>
    }
}
