use crate::components::when::When;
use crate::format::{date_time, minutes};
use crate::route::Route;
use crate::state::use_store;
use askwell_core::interview::{ClockMode, Status};
use askwell_core::store::restored_copy_at;
use leptos::prelude::*;

/// "16 lines": every line the user typed, counted as the review's header does (the
/// introduction and the thanks are not questions).
fn lines(n: u32) -> String {
    if n == 1 {
        "1 line".into()
    } else {
        format!("{n} lines")
    }
}

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
                                                "{} planned, {} taken, {} from you, {clock}{}",
                                                minutes(s.planned_minutes as f64 * 60.0),
                                                minutes(s.actual_s),
                                                lines(s.questions),
                                                // Tells it apart from the session it was restored beside.
                                                restored_copy_at(&s.id).map_or_else(String::new, |at| format!(
                                                    "; restored from a backup set aside {}",
                                                    date_time(at as f64)
                                                )),
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
