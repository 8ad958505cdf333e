use askwell_core::coach::TimingReview;
use askwell_core::timing::clock_label;
use leptos::prelude::*;

/// Planned against actual minutes per segment as an SVG bar chart. The numbers are also in
/// the table beside it; the chart carries a text summary for screen readers.
#[component]
pub fn TimingChart(
    /// The timing part of the review.
    timing: TimingReview,
) -> impl IntoView {
    let longest = timing
        .segments
        .iter()
        .map(|s| s.planned_s.max(s.actual_s))
        .fold(60.0, f64::max);
    let row_h = 34.0;
    let label_w = 86.0;
    let bar_w = 300.0;
    let height = row_h * timing.segments.len() as f64 + 28.0;
    let summary = timing
        .segments
        .iter()
        .map(|s| {
            format!(
                "{}: planned {:.1} min, actual {:.1} min",
                s.segment.label(),
                s.planned_s / 60.0,
                s.actual_s / 60.0
            )
        })
        .collect::<Vec<_>>()
        .join("; ");
    let rows = timing
        .segments
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let y = 8.0 + i as f64 * row_h;
            let planned = s.planned_s / longest * bar_w;
            let actual = s.actual_s / longest * bar_w;
            let over = s.over_s > 60.0;
            view! {
                <g>
                    <text x="0" y=y + 15.0 class="chart-label">{s.segment.label()}</text>
                    <rect x=label_w y=y width=planned.max(1.0) height="10" rx="3" class="chart-planned" />
                    <rect x=label_w y=y + 12.0 width=actual.max(1.0) height="10" rx="3"
                        class=if over { "chart-actual over" } else { "chart-actual" } />
                    <text x=label_w + actual.max(planned) + 6.0 y=y + 21.0 class="chart-value">
                        // Minutes and seconds spent "of" the planned minutes: "1/10" read as a fraction.
                        {format!("{} of {:.0} min", clock_label(s.actual_s.round() as i64), s.planned_s / 60.0)}
                    </text>
                </g>
            }
        })
        .collect_view();
    view! {
        <svg
            class="timing-chart"
            viewBox=format!("0 0 {} {height}", label_w + bar_w + 120.0)
            role="img"
            aria-label=format!("Time per segment. {summary}.")
        >
            {rows}
            <g class="chart-legend">
                <rect x=label_w y=height - 14.0 width="12" height="8" rx="2" class="chart-planned" />
                <text x=label_w + 16.0 y=height - 7.0 class="chart-label">"planned"</text>
                <rect x=label_w + 86.0 y=height - 14.0 width="12" height="8" rx="2" class="chart-actual" />
                <text x=label_w + 102.0 y=height - 7.0 class="chart-label">"actual"</text>
            </g>
        </svg>
    }
}
