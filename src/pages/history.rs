use crate::components::progress_chart::{ProgressChart, ProgressPoint};
use crate::content;
use crate::format::{date_time, now_ms};
use crate::route::Route;
use crate::state::use_store;
use crate::storage::{self, Read};
use askwell_core::coach;
use askwell_core::interview::Status;
use leptos::prelude::*;

/// Progress across finished sessions: score and timing accuracy over time, overall or for one
/// persona.
#[component]
pub fn HistoryPage() -> impl IntoView {
    let store = use_store();
    let points: RwSignal<Option<Vec<ProgressPoint>>> = RwSignal::new(None);
    let filter = RwSignal::new(String::new());
    let summaries = store.index.get_untracked().sessions;
    leptos::task::spawn_local(async move {
        let mut out = Vec::new();
        for s in summaries.iter().filter(|s| s.status != Status::Active) {
            let Ok(Read::Found(interview)) = storage::load_session(&s.id, now_ms()) else {
                continue;
            };
            let Ok(who) = content::load(&interview.persona_id).await else {
                continue;
            };
            let (score, timing_accuracy) =
                coach::summary_figures(&coach::review(&interview, &who.persona));
            out.push(ProgressPoint {
                id: s.id.clone(),
                started_at_ms: s.started_at_ms,
                persona_id: s.persona_id.clone(),
                persona_name: s.persona_name.clone(),
                score,
                timing_accuracy,
            });
        }
        out.sort_by(|a, b| a.started_at_ms.total_cmp(&b.started_at_ms));
        points.set(Some(out));
    });
    let shown = Signal::derive(move || {
        let f = filter.get();
        points
            .get()
            .unwrap_or_default()
            .into_iter()
            .filter(|p| f.is_empty() || p.persona_id == f)
            .collect::<Vec<_>>()
    });
    let personas = move || {
        let mut seen: Vec<(String, String)> = Vec::new();
        for p in points.get().unwrap_or_default() {
            if !seen.iter().any(|(id, _)| *id == p.persona_id) {
                seen.push((p.persona_id.clone(), p.persona_name.clone()));
            }
        }
        seen
    };
    view! {
        <section class="page history">
            <h1>"Your progress"</h1>
            {move || match points.get() {
                None => view! { <p class="loading" role="status">"Adding up your sessions…"</p> }.into_any(),
                Some(p) if p.is_empty() => view! {
                    <p class="empty">"Finish an interview and its score will show here, session by session."</p>
                    <p><a class="button primary" href="#/">"Start a practice"</a></p>
                }.into_any(),
                Some(_) => view! {
                    <div class="history-controls">
                        <label for="persona-filter">"Show"</label>
                        <select id="persona-filter" on:change=move |ev| filter.set(event_target_value(&ev))>
                            <option value="">"All interviewees"</option>
                            {personas().into_iter().map(|(id, name)| view! { <option value=id>{name}</option> }).collect_view()}
                        </select>
                    </div>
                    <ProgressChart points=shown />
                    <table class="history-table">
                        <caption class="visually-hidden">"Finished sessions"</caption>
                        <thead><tr>
                            <th scope="col">"Date"</th><th scope="col">"Interviewee"</th>
                            <th scope="col">"Score"</th><th scope="col">"Timing accuracy"</th>
                        </tr></thead>
                        <tbody>
                            {move || shown.get().into_iter().rev().map(|p| view! {
                                <tr>
                                    <td><a href=Route::Review(p.id.clone()).href()>{date_time(p.started_at_ms)}</a></td>
                                    <td>{p.persona_name.clone()}</td>
                                    <td>{p.score}</td>
                                    <td>{format!("{:.0}%", p.timing_accuracy * 100.0)}</td>
                                </tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                }.into_any(),
            }}
        </section>
    }
}
