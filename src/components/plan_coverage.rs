use askwell_core::prepare::PlanCheck;
use leptos::prelude::*;

/// Beside the questions: the time they take against the agreed length, the five outcomes
/// they aim at, and how they spread over the segments.
#[component]
pub fn PlanCoverage(
    /// The plan's check.
    check: Memo<Option<PlanCheck>>,
) -> impl IntoView {
    // With no questions the estimate is the opening and closing alone: "About 4 of 30
    // minutes" read as if something were planned.
    let estimate = move || {
        check.with(|c| {
            (c.as_ref())
                .filter(|c| !c.questions.is_empty())
                .map(|c| c.estimate.clone())
        })
    };
    let hint = move || check.with(|c| c.as_ref().map(|c| c.estimate.hint.clone()));
    let fill = move || {
        estimate().map_or("0%".to_string(), |e| {
            let share = e.estimated_minutes as f64 / e.agreed_minutes.max(1) as f64;
            format!(
                "{}%",
                askwell_core::decimal::fixed(share.min(1.0) * 100.0, 0)
            )
        })
    };
    let covered = move || {
        check.with(|c| {
            c.as_ref()
                .map_or(0, |c| c.outcomes.iter().filter(|(_, hit)| *hit).count())
        })
    };
    view! {
        <section class="card plan-time" aria-labelledby="plan-time-heading">
            <h2 id="plan-time-heading">"Time"</h2>
            <p class="plan-time-figure">
                {move || estimate().map_or("Add questions to see how long this runs".to_string(), |e| format!("About {} of {} minutes", e.estimated_minutes, e.agreed_minutes))}
            </p>
            <div class="meter" aria-hidden="true">
                <span class:over=move || estimate().is_some_and(|e| !e.fits) style:width=fill></span>
            </div>
            <p class="hint plan-time-hint">{hint}</p>
        </section>
        <section class="card plan-outcomes" aria-labelledby="plan-outcomes-heading">
            <h2 id="plan-outcomes-heading">
                "Outcomes "<span class="count">{move || format!("{} of 5", covered())}</span>
            </h2>
            <ul class="checklist">
                {move || check.with(|c| c.as_ref().map(|c| c.outcomes.iter().map(|(o, hit)| {
                    let hit = *hit;
                    view! {
                        <li class=if hit { "ok" } else { "missed" }>
                            <span class="mark" aria-hidden="true">{if hit { "✓" } else { "○" }}</span>
                            <span>
                                {o.label()}
                                <span class="visually-hidden">{if hit { ": covered" } else { ": no question yet" }}</span>
                            </span>
                        </li>
                    }
                }.into_any()).collect_view()))}
            </ul>
        </section>
        <section class="card plan-segments" aria-labelledby="plan-segments-heading">
            <h2 id="plan-segments-heading">"Segments"</h2>
            <ul class="segment-strip">
                {move || check.with(|c| c.as_ref().map(|c| c.segments.iter().map(|(s, n)| {
                    let n = *n;
                    view! {
                        <li class:empty-segment=n == 0>
                            <span class="segment-count">{n}</span>
                            <span class="segment-name">{s.label()}</span>
                            <span class="visually-hidden">{if n == 1 { " question" } else { " questions" }}</span>
                        </li>
                    }
                }.into_any()).collect_view()))}
            </ul>
            <p class="hint">"Opening and closing are yours to run: the introduction and your thanks do not need planned questions."</p>
        </section>
    }
}
