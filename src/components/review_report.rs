use crate::components::persona_card::PersonaCard;
use crate::components::segment_table::SegmentTable;
use crate::components::transcript::Transcript;
use crate::content::Interviewee;
use crate::format::{date_time, minutes};
use askwell_core::interview::Interview;
use leptos::prelude::*;
use std::sync::Arc;

/// After the interview: what was planned against what happened, and the transcript.
#[component]
pub fn ReviewReport(
    /// The finished (or abandoned) interview.
    interview: Interview,
    /// The persona's script.
    who: Arc<Interviewee>,
) -> impl IntoView {
    let actual = interview.actual_seconds(interview.elapsed_s);
    let total: f64 = actual.iter().sum();
    let planned = interview.plan.total_seconds() as f64;
    let (user_words, persona_words) = interview.word_counts();
    let share = 100.0 * user_words as f64 / (user_words + persona_words).max(1) as f64;
    let on_time = total <= planned + 30.0;
    let exchanges = interview.exchanges.clone();
    view! {
        <section class="page review">
            <h1>"Review"</h1>
            <p class="review-meta">
                {format!(
                    "{} · {} planned · {} taken · {} questions",
                    date_time(interview.started_at_ms),
                    minutes(planned),
                    minutes(total),
                    interview.exchanges.len()
                )}
            </p>
            <PersonaCard persona=who.persona.info() />
            <div class="review-grid">
                <section class="card" aria-labelledby="timing-heading">
                    <h2 id="timing-heading">"Timing"</h2>
                    <p class=if on_time { "verdict good" } else { "verdict warn" }>
                        {if on_time {
                            "You ended on time.".to_string()
                        } else {
                            format!("You ran {} over the agreed time.", minutes(total - planned))
                        }}
                    </p>
                    <SegmentTable plan=interview.plan.clone() actual=actual />
                </section>
                <section class="card" aria-labelledby="talk-heading">
                    <h2 id="talk-heading">"Who talked"</h2>
                    <p>
                        {format!("You said {user_words} words and they said {persona_words}: your share was {share:.0}%.")}
                    </p>
                    <p class="hint">"In an informational interview the professional should do most of the talking."</p>
                </section>
            </div>
            <section aria-labelledby="transcript-heading">
                <h2 id="transcript-heading">"Transcript"</h2>
                <Transcript
                    speaker=who.persona.short_name().to_string()
                    greeting=interview.greeting.clone()
                    exchanges=Signal::derive(move || exchanges.clone())
                />
            </section>
            <p class="review-actions">
                <a class="button primary" href="#/">"Practise again"</a>
            </p>
        </section>
    }
}
