use crate::components::progress_chart::{session_number, ProgressChart, ProgressPoint};
use crate::components::when::When;
use crate::content;
use crate::format::{date_time, now_ms};
use crate::route::Route;
use crate::state::use_store;
use crate::storage::{self, Read};
use crate::tasks::{now, yield_to_browser, SLICE_MS};
use askwell_core::coach;
use askwell_core::interview::Status;
use askwell_core::small_sort::sort_stable_by;
use askwell_core::store::{FiguresCache, SessionIndex, SessionSummary};
use leptos::prelude::*;

/// Progress across finished sessions: score and timing accuracy over time, overall or for one
/// persona. Figures come from the cache each review leaves; sessions without cached figures
/// are reviewed here in short slices (and cached), so a long history never freezes the page.
#[component]
pub fn HistoryPage() -> impl IntoView {
    let store = use_store();
    let points: RwSignal<Option<Vec<ProgressPoint>>> = RwSignal::new(None);
    let left_out: RwSignal<Vec<String>> = RwSignal::new(Vec::new());
    let progress: RwSignal<(usize, usize)> = RwSignal::new((0, 0));
    let filter = RwSignal::new(String::new());
    let index = store.index.get_untracked();
    leptos::task::spawn_local(async move {
        let (out, skipped) = gather(&index, progress).await;
        left_out.set(skipped);
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
    let loading = move || {
        let (done, of) = progress.get();
        if of == 0 {
            "Adding up your sessions…".to_string()
        } else {
            format!("Adding up your sessions… {done} of {of}")
        }
    };
    view! {
        <section class="page history">
            <h1>"Your progress"</h1>
            <p class="lead">
                "Every finished practice, with its score out of 100 and its time per part on plan: how \
                 close each part of the conversation came to the time you planned for it."
            </p>
            {move || match points.get() {
                None => view! { <p class="loading" role="status">{loading}</p> }.into_any(),
                Some(p) if p.is_empty() && left_out.with(Vec::is_empty) => view! {
                    <p class="empty">"Finish an interview and its score will show here, session by session."</p>
                    <p><a class="button primary" href="#/">"Start a practice"</a></p>
                }.into_any(),
                Some(_) => view! {
                    <div class="history-controls">
                        <label for="persona-filter">"Show"</label>
                        <select id="persona-filter" on:change=move |ev| filter.set(event_target_value(&ev))>
                            <option value="">"All interviewees"</option>
                            {personas().into_iter().map(|(id, name)| view! { <option value=id>{name}</option> }.into_any()).collect_view()}
                        </select>
                    </div>
                    // One point is not a trend: the chart waits for the second practice.
                    <When
                        when=move || shown.with(|p| p.len() > 1)
                        fallback=|| view! {
                            <p class="hint">"After your next practice, a chart here shows how your score and timing move."</p>
                        }
                    >
                        <ProgressChart points=shown />
                    </When>
                    <table class="history-table">
                        <caption class="visually-hidden">"Finished sessions"</caption>
                        <thead><tr>
                            <th scope="col">"Session"</th><th scope="col">"Interviewee"</th>
                            <th scope="col">"Score"</th><th scope="col">"Time per part on plan"</th>
                        </tr></thead>
                        <tbody>
                            {move || shown.get().into_iter().rev().map(|p| view! {
                                <tr>
                                    <td><a href=Route::Review(p.id.clone()).href()>{format!("{} on {}", session_number(p.number), date_time(p.started_at_ms))}</a></td>
                                    <td>{p.persona_name.clone()}</td>
                                    <td>{p.score}</td>
                                    <td>{format!("{}%", askwell_core::decimal::fixed(p.timing_accuracy * 100.0, 0))}</td>
                                </tr>
                            }.into_any()).collect_view()}
                        </tbody>
                    </table>
                    <When when=move || left_out.with(|l| !l.is_empty())>
                        <div class="card left-out">
                            <h2>"Not counted here"</h2>
                            <ul>{move || left_out.get().into_iter().map(|t| view! { <li>{t}</li> }.into_any()).collect_view()}</ul>
                        </div>
                    </When>
                }.into_any(),
            }}
        </section>
    }
}

/// Every finished session's point, oldest first, and a sentence for each session that could
/// not be counted (saved by a newer Askwell, damaged, or its interviewee missing).
async fn gather(
    index: &SessionIndex,
    progress: RwSignal<(usize, usize)>,
) -> (Vec<ProgressPoint>, Vec<String>) {
    let cache = storage::figures();
    let mut fresh = FiguresCache::default();
    let mut out = Vec::new();
    let mut skipped = Vec::new();
    let mut pending: Vec<&SessionSummary> = Vec::new();
    for s in index.sessions.iter().filter(|s| s.status != Status::Active) {
        match cache.get(s) {
            Some(f) => out.push(point(s, f.score, f.timing_accuracy)),
            None => pending.push(s),
        }
    }
    let mut slice_start = now();
    for (done, s) in pending.iter().enumerate() {
        if now() - slice_start > SLICE_MS {
            progress.set((done, pending.len()));
            yield_to_browser().await;
            slice_start = now();
        }
        let what = || {
            [
                "Your session with ",
                &s.persona_name,
                " on ",
                &date_time(s.started_at_ms),
            ]
            .concat()
        };
        let interview = match storage::load_session(&s.id, now_ms()) {
            Ok(Read::Found(i)) => i,
            Ok(Read::Damaged { backup, reason, .. }) => {
                skipped.push(storage::damage_notice(&what(), &backup, &reason));
                continue;
            }
            _ => continue,
        };
        let who = match content::load(&interview.persona_id).await {
            Ok(who) => who,
            // A persona of the user's that was deleted: the session still counts.
            Err(_) if askwell_core::custom::is_custom_id(&interview.persona_id) => {
                content::stand_in(&interview.persona_id, &s.persona_name)
            }
            Err(_) => {
                skipped.push(format!("{}: its interviewee could not be loaded.", what()));
                continue;
            }
        };
        let (score, accuracy) = coach::summary_figures(&coach::review(&interview, &who.persona));
        fresh.put(s, score, accuracy);
        out.push(point(s, score, accuracy));
    }
    if !fresh.sessions.is_empty() {
        storage::save_figures(&fresh, index);
    }
    sort_stable_by(&mut out, |a, b| a.started_at_ms.total_cmp(&b.started_at_ms));
    // Numbered once over all of them, so a session keeps its number when the list is filtered.
    for (i, p) in out.iter_mut().enumerate() {
        p.number = i + 1;
    }
    (out, skipped)
}

fn point(s: &SessionSummary, score: u8, timing_accuracy: f64) -> ProgressPoint {
    ProgressPoint {
        id: s.id.clone(),
        number: 0,
        started_at_ms: s.started_at_ms,
        persona_id: s.persona_id.clone(),
        persona_name: s.persona_name.clone(),
        score,
        timing_accuracy,
    }
}
