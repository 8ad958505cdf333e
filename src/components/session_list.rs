use crate::components::when::When;
use crate::format::{date_time, minutes};
use crate::route::Route;
use crate::state::use_store;
use askwell_core::interview::{ClockMode, Status};
use leptos::prelude::*;

/// Sessions listed before "Show more".
const PAGE: usize = 20;

/// Past and unfinished sessions, newest first, each linking to its review or back to practice.
#[component]
pub fn SessionList() -> impl IntoView {
    let store = use_store();
    // A long history is shown a page at a time, so Home stays quick.
    let shown = RwSignal::new(PAGE);
    let total = move || store.index.with(|i| i.sessions.len());
    let more = move || total() > shown.get();
    view! {
        <section class="sessions" aria-labelledby="sessions-heading">
            <h2 id="sessions-heading">"Your sessions"</h2>
            <When
                when=move || store.index.with(|i| !i.sessions.is_empty())
                fallback=|| view! {
                    <p class="empty">"No sessions yet. Your practice interviews will be listed here."</p>
                }
            >
                <ul class="session-list">
                    <For
                        each=move || store.index.with(|i| i.sessions.iter().take(shown.get()).cloned().collect::<Vec<_>>())
                        key=|s| (s.id.clone(), s.questions, s.status as u8)
                        children=move |s| {
                            let active = s.status == Status::Active;
                            let href = if active {
                                Route::Practice(s.id.clone()).href()
                            } else {
                                Route::Review(s.id.clone()).href()
                            };
                            let clock = match s.clock {
                                ClockMode::Simulated => "simulated clock",
                                ClockMode::Real => "real time",
                            };
                            view! {
                                <li class="session-item">
                                    <a href=href class="session-link">
                                        <span class="session-persona">{s.persona_name.clone()}</span>
                                        <span class="session-date" dir="auto">{date_time(s.started_at_ms)}</span>
                                        <span class="session-length">
                                            {format!(
                                                "{} planned, {} taken, {} questions, {clock}",
                                                minutes(s.planned_minutes as f64 * 60.0),
                                                minutes(s.actual_s),
                                                s.questions,
                                            )}
                                        </span>
                                        {active.then(|| view! { <span class="badge unfinished">"Unfinished: resume"</span> }.into_any())}
                                    </a>
                                </li>
                            }
                        }
                    />
                </ul>
                <When when=more>
                    <button class="button small" on:click=move |_| shown.update(|n| *n += PAGE)>
                        {move || format!("Show more ({} of {} shown)", shown.get().min(total()), total())}
                    </button>
                </When>
            </When>
        </section>
    }
}
