use crate::components::later::Later;
use crate::components::persona_card::PersonaCard;
use crate::components::review_details::ReviewDetails;
use crate::content::Interviewee;
use crate::format::{date_time, minutes};
use crate::state::use_store;
use crate::storage;
use askwell_core::coach;
use askwell_core::interview::{Interview, Status};
use askwell_core::store::{FiguresCache, SessionSummary};
use leptos::prelude::*;
use std::sync::Arc;

/// After the interview: the score, what to do next time and listening, then (a task later,
/// `ReviewDetails`) timing, the five outcomes, the questions, etiquette, and the transcript
/// with flags and nuggets marked.
#[component]
pub fn ReviewReport(
    /// The finished (or abandoned) interview.
    interview: Interview,
    /// The persona's script.
    who: Arc<Interviewee>,
) -> impl IntoView {
    let store = use_store();
    let review = Arc::new(coach::review(&interview, &who.persona));
    if interview.status != Status::Active {
        // Kept for History, so it never has to review this session again.
        let (score, accuracy) = coach::summary_figures(&review);
        let mut fresh = FiguresCache::default();
        fresh.put(
            &SessionSummary::of(&interview, &who.persona.name),
            score,
            accuracy,
        );
        storage::save_figures(&fresh, &store.index.get_untracked());
    }
    let t = &review.timing;
    let meta = format!(
        "{} · {} planned · {} taken · {} lines from you",
        date_time(interview.started_at_ms),
        minutes(t.planned_s),
        minutes(t.actual_s),
        interview.exchanges.len()
    );
    // Straight into a new practice with the same person, length and clock.
    let starting = RwSignal::new(false);
    let again = {
        // The same question plan too, when it was a real person's.
        let practice = crate::practice_start::NewPractice {
            persona_id: interview.persona_id.clone(),
            minutes: interview.plan.minutes,
            clock: interview.clock,
            question_plan: interview.question_plan.clone(),
        };
        Callback::new(move |()| {
            crate::practice_start::start_practice(store, practice.clone(), starting)
        })
    };
    // For the details, a task later (`Later` draws its children from a closure, which takes
    // the interview itself: the top of the page no longer needs it).
    let (later_who, later_review) = (who.clone(), review.clone());
    view! {
        <section class="page review">
            <h1>"Review"</h1>
            <p class="review-meta">
                {meta}
            </p>
            <PersonaCard persona=who.persona.info() />
            <p class="review-again">
                <button type="button" class="button small" on:click=move |_| again.run(()) prop:disabled=move || starting.get()>
                    "Practise again"
                </button>
            </p>

            // The score beside what to change next time and the share of the words: the two
            // together are about as tall as the score, so neither side leaves a hole.
            <div class="review-top">
                <section class="card score-card" aria-labelledby="score-heading">
                    <h2 id="score-heading">"Score"</h2>
                    <p class="score"><span class="score-number">{review.score.total}</span>" / 100"</p>
                    // One plain sentence per part; the points and how they were counted are
                    // folded under "How is this scored?".
                    <ul class="score-parts">
                        {review.score.parts.iter().map(|p| view! {
                            <li>
                                <span class="part-name">{p.name.clone()}</span>
                                <span class="part-bar" aria-hidden="true">
                                    <span style:width=format!("{}%", askwell_core::decimal::fixed(100.0 * p.points as f64 / p.max.max(1) as f64, 0))></span>
                                </span>
                                <span class="part-says">{p.says.clone()}</span>
                            </li>
                        }.into_any()).collect_view()}
                    </ul>
                    <details class="score-how">
                        <summary>"How is this scored?"</summary>
                        <ul>
                            {review.score.parts.iter().map(|p| view! {
                                <li><strong>{format!("{} {}/{}", p.name, p.points, p.max)}</strong>": "{p.why.clone()}</li>
                            }.into_any()).collect_view()}
                        </ul>
                    </details>
                </section>
                <section class="card next-time" aria-labelledby="next-heading">
                    <h2 id="next-heading">"Next time"</h2>
                    {if review.next_time.is_empty() {
                        view! { <p>"Nothing to change: keep doing exactly this."</p> }.into_any()
                    } else {
                        view! {
                            <ol>{review.next_time.iter().map(|tip| view! { <li>{tip.text.clone()}</li> }.into_any()).collect_view()}</ol>
                        }.into_any()
                    }}
                </section>
                <section class="card" aria-labelledby="listening-heading">
                    <h2 id="listening-heading">"Listening"</h2>
                    <p class=if review.listening.healthy { "verdict good" } else { "verdict warn" }>
                        // Rounded as the score rounds it, so the two never differ by one.
                        {format!("Your share of the words: {}%", coach::pct(review.listening.user_share))}
                    </p>
                    <p>{review.listening.detail.clone()}</p>
                    <ul class="shares">
                        {review.listening.segments.iter().filter(|s| s.user_words + s.persona_words > 0).map(|s| view! {
                            <li>{format!("{}: {}%", s.segment.label(), askwell_core::decimal::fixed(s.user_share * 100.0, 0))}</li>
                        }.into_any()).collect_view()}
                    </ul>
                </section>
            </div>

            // The rest after the first paint: the score shows first (`ReviewDetails`), and
            // the browser styles the two parts in two frames.
            <Later after_paint=true>
                <ReviewDetails
                    interview=interview.clone()
                    who=later_who.clone()
                    review=later_review.clone()
                    again=again
                    starting=starting
                />
            </Later>
        </section>
    }
}
