use crate::format::{axis_labels, short_date};
use leptos::prelude::*;

/// One finished session on the progress chart.
#[derive(Debug, Clone, PartialEq)]
pub struct ProgressPoint {
    pub id: String,
    pub started_at_ms: f64,
    pub persona_id: String,
    pub persona_name: String,
    pub score: u8,
    /// 0..1: how closely the segments kept to their plan (the score's "segments on plan").
    pub timing_accuracy: f64,
}

/// Scores and segments on plan across sessions, oldest to newest, as an SVG line chart with
/// the dates along the bottom and a text summary for screen readers.
#[component]
pub fn ProgressChart(
    /// The sessions to draw, oldest first.
    #[prop(into)]
    points: Signal<Vec<ProgressPoint>>,
) -> impl IntoView {
    let (w, h, pad) = (640.0, 220.0, 34.0);
    let x = move |i: usize, n: usize| {
        if n <= 1 {
            w / 2.0
        } else {
            pad + i as f64 * (w - 2.0 * pad) / (n - 1) as f64
        }
    };
    let y = move |v: f64| h - pad - v / 100.0 * (h - 2.0 * pad);
    let line = move |values: Vec<f64>| {
        let n = values.len();
        values
            .iter()
            .enumerate()
            .map(|(i, v)| {
                format!(
                    "{},{}",
                    askwell_core::decimal::fixed(x(i, n), 1),
                    askwell_core::decimal::fixed(y(*v), 1)
                )
            })
            .collect::<Vec<_>>()
            .join(" ")
    };
    let summary = move || {
        let p = points.get();
        match (p.first(), p.last()) {
            (Some(first), Some(last))
                if p.len() > 1 && short_date(first.started_at_ms) == short_date(last.started_at_ms) =>
            {
                format!(
                    "{} sessions on {}. Score went from {} to {}; segments on plan from {}% to {}%.",
                    p.len(),
                    short_date(first.started_at_ms),
                    first.score,
                    last.score,
                    askwell_core::decimal::fixed(first.timing_accuracy * 100.0, 0),
                    askwell_core::decimal::fixed(last.timing_accuracy * 100.0, 0)
                )
            }
            (Some(first), Some(last)) => format!(
                "{} sessions from {} to {}. Score went from {} to {}; segments on plan from {}% to {}%.",
                p.len(),
                short_date(first.started_at_ms),
                short_date(last.started_at_ms),
                first.score,
                last.score,
                askwell_core::decimal::fixed(first.timing_accuracy * 100.0, 0),
                askwell_core::decimal::fixed(last.timing_accuracy * 100.0, 0)
            ),
            _ => "No finished sessions yet.".to_string(),
        }
    };
    view! {
        <figure class="progress-chart">
            <svg viewBox=format!("0 0 {w} {h}") role="img" aria-label=summary>
                {[0.0, 50.0, 100.0].into_iter().map(|v| view! {
                    <line x1=pad x2=w - pad y1=y(v) y2=y(v) class="grid-line" />
                    <text x="4" y=y(v) + 4.0 class="chart-label">{askwell_core::decimal::fixed(v, 0)}</text>
                }.into_any()).collect_view()}
                <polyline class="series score" fill="none"
                    points=move || line(points.get().iter().map(|p| p.score as f64).collect()) />
                <polyline class="series timing" fill="none"
                    points=move || line(points.get().iter().map(|p| p.timing_accuracy * 100.0).collect()) />
                // The first, last and middle dates: enough to read the span without crowding.
                // Shown ones on the same day also get their time, so they do not read alike.
                {move || {
                    let p = points.get();
                    let n = p.len();
                    let mut shown = vec![0, n / 2, n.saturating_sub(1)];
                    shown.dedup();
                    shown.retain(|i| *i < n);
                    let times: Vec<f64> = shown.iter().map(|&i| p[i].started_at_ms).collect();
                    shown.into_iter().zip(axis_labels(&times)).map(|(i, label)| {
                        let anchor = if i == 0 && n > 1 { "start" } else if i + 1 == n && n > 1 { "end" } else { "middle" };
                        let x = if n > 1 && i == 0 { pad - 6.0 } else if n > 1 && i + 1 == n { w - pad + 6.0 } else { x(i, n) };
                        view! {
                            <text x=x y=h - 8.0 text-anchor=anchor class="chart-label">{label}</text>
                        }
                    }.into_any()).collect_view()
                }}
                {move || {
                    let p = points.get();
                    let n = p.len();
                    p.iter().enumerate().map(|(i, pt)| view! {
                        <circle cx=x(i, n) cy=y(pt.score as f64) r="4" class="dot score" />
                        <circle cx=x(i, n) cy=y(pt.timing_accuracy * 100.0) r="3" class="dot timing" />
                    }.into_any()).collect_view()
                }}
            </svg>
            <figcaption>
                <span class="key score">"Score"</span>
                <span class="key timing">"Segments on plan (%)"</span>
            </figcaption>
        </figure>
    }
}
