use crate::format::minutes;
use askwell_core::coach::{SegmentTiming, TimingReview};
use askwell_core::timing::clock_label;
use leptos::prelude::*;

/// "actual 1:42", or "skipped" for a part given no time.
fn actual(s: &SegmentTiming) -> String {
    if s.skipped() {
        "skipped".into()
    } else {
        ["actual ", &clock_label(s.actual_s.round() as i64)].concat()
    }
}

/// Planned against actual minutes per segment as bars. Built from boxes rather than an SVG so
/// its text keeps the page's size on a phone (a scaled SVG drew it at about 9 px). The
/// numbers are also in the table beside it; the chart is one image with a text summary for
/// screen readers.
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
    let summary = timing
        .segments
        .iter()
        .map(|s| {
            format!(
                "{}: planned {}, {}",
                s.segment.label(),
                minutes(s.planned_s),
                actual(s)
            )
        })
        .collect::<Vec<_>>()
        .join("; ");
    // A share of the bar track as a CSS width (set through the CSSOM: the CSP allows no style
    // attributes); a sliver stays visible for a segment never reached.
    let width = move |seconds: f64| {
        format!(
            "{}%",
            askwell_core::decimal::fixed((seconds / longest * 100.0).max(0.5), 1)
        )
    };
    let rows = timing
        .segments
        .iter()
        .map(|s| {
            let over = s.over_s > 60.0;
            view! {
                <div class="tc-row">
                    <span class="tc-label">{s.segment.label()}</span>
                    <span class="tc-bars">
                        <span class="tc-bar tc-planned" style:width=width(s.planned_s)></span>
                        <span class=if over { "tc-bar tc-actual over" } else { "tc-bar tc-actual" } style:width=width(s.actual_s)></span>
                    </span>
                    // Minutes and seconds spent "of" the planned minutes: "1/10" read as a fraction.
                    <span class="tc-value">
                        {if s.skipped() {
                            format!("skipped, {} planned", minutes(s.planned_s))
                        } else {
                            format!("{} of {}", clock_label(s.actual_s.round() as i64), minutes(s.planned_s))
                        }}
                    </span>
                </div>
            }
        }.into_any())
        .collect_view();
    view! {
        <div class="timing-chart" role="img" aria-label=format!("Time per segment. {summary}.")>
            <div aria-hidden="true">
                {rows}
                <div class="tc-legend">
                    <span><span class="tc-key tc-planned"></span>"planned"</span>
                    <span><span class="tc-key tc-actual"></span>"actual"</span>
                </div>
            </div>
        </div>
    }
}
