use crate::format::{date_time, short_date};
use leptos::prelude::*;

/// One finished session on the progress chart.
#[derive(Debug, Clone, PartialEq)]
pub struct ProgressPoint {
    pub id: String,
    /// The session's place among all finished ones, oldest first, from 1: its label on the
    /// chart and in the table, the same whichever interviewee is shown.
    pub number: usize,
    pub started_at_ms: f64,
    pub persona_id: String,
    pub persona_name: String,
    pub score: u8,
    /// 0..1: how close each part of the conversation came to its planned time (the score's
    /// "time per part on plan").
    pub timing_accuracy: f64,
}

/// "#3": how a session is named on the chart and in the table.
pub fn session_number(number: usize) -> String {
    format!("#{number}")
}

/// Scores and time per part on plan across sessions, oldest to newest: an SVG line chart with
/// its scale and session numbers in HTML around it, and a text summary for screen readers.
#[component]
pub fn ProgressChart(
    /// The sessions to draw, oldest first.
    #[prop(into)]
    points: Signal<Vec<ProgressPoint>>,
) -> impl IntoView {
    // The labels are HTML, not SVG text: SVG text grows and shrinks with the drawing (9 px on
    // a phone, 18 px on a laptop), HTML stays at the page's size. So the drawing only needs
    // room for the dots at its edges.
    let (w, h, pad_x, pad_y) = (640.0, 220.0, 10.0, 8.0);
    let x = move |i: usize, n: usize| {
        if n <= 1 {
            w / 2.0
        } else {
            pad_x + i as f64 * (w - 2.0 * pad_x) / (n - 1) as f64
        }
    };
    let y = move |v: f64| h - pad_y - v / 100.0 * (h - 2.0 * pad_y);
    let pct = |v: f64| askwell_core::decimal::fixed(v * 100.0, 2);
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
        let (Some(first), Some(last)) = (p.first(), p.last()) else {
            return "No finished sessions yet.".to_string();
        };
        let span =
            if p.len() > 1 && short_date(first.started_at_ms) == short_date(last.started_at_ms) {
                format!("on {}", short_date(first.started_at_ms))
            } else {
                format!(
                    "from {} to {}",
                    short_date(first.started_at_ms),
                    short_date(last.started_at_ms)
                )
            };
        format!(
            "{} sessions {span}. Score went from {} to {}; time per part on plan from {}% to {}%.",
            p.len(),
            first.score,
            last.score,
            askwell_core::decimal::fixed(first.timing_accuracy * 100.0, 0),
            askwell_core::decimal::fixed(last.timing_accuracy * 100.0, 0)
        )
    };
    view! {
        <figure class="progress-chart">
            <div class="pc-plot">
                // Hidden from screen readers: the chart's summary and the table say it all.
                <div class="pc-y" aria-hidden="true">
                    {[100.0, 50.0, 0.0].into_iter().map(|v| view! {
                        <span style:top=format!("{}%", pct(y(v) / h))>{askwell_core::decimal::fixed(v, 0)}</span>
                    }.into_any()).collect_view()}
                </div>
                <svg viewBox=format!("0 0 {w} {h}") role="img" aria-label=summary>
                    {[0.0, 50.0, 100.0].into_iter().map(|v| view! {
                        <line x1=pad_x x2=w - pad_x y1=y(v) y2=y(v) class="grid-line" />
                    }.into_any()).collect_view()}
                    <polyline class="series score" fill="none"
                        points=move || line(points.get().iter().map(|p| p.score as f64).collect()) />
                    <polyline class="series timing" fill="none"
                        points=move || line(points.get().iter().map(|p| p.timing_accuracy * 100.0).collect()) />
                    {move || {
                        let p = points.get();
                        let n = p.len();
                        p.iter().enumerate().map(|(i, pt)| view! {
                            // A pointer resting on a point names it in full.
                            <g>
                                <title>{format!(
                                    "{}, {}: score {}, time per part on plan {}%",
                                    session_number(pt.number),
                                    date_time(pt.started_at_ms),
                                    pt.score,
                                    askwell_core::decimal::fixed(pt.timing_accuracy * 100.0, 0)
                                )}</title>
                                <circle cx=x(i, n) cy=y(pt.score as f64) r="4" class="dot score" />
                                <circle cx=x(i, n) cy=y(pt.timing_accuracy * 100.0) r="3" class="dot timing" />
                            </g>
                        }.into_any()).collect_view()
                    }}
                </svg>
                // Session numbers, not times: two sessions in the same minute read alike as
                // times. The date is the label's tooltip and in the table.
                <div class="pc-x" aria-hidden="true">
                    {move || {
                        let p = points.get();
                        let n = p.len();
                        labelled(n).into_iter().map(|i| view! {
                            <span style:left=format!("{}%", pct(x(i, n) / w)) title=date_time(p[i].started_at_ms)>
                                {session_number(p[i].number)}
                            </span>
                        }.into_any()).collect_view()
                    }}
                </div>
            </div>
            <figcaption>
                <span class="key score">"Score"</span>
                <span class="key timing">"Time per part on plan (%)"</span>
            </figcaption>
        </figure>
    }
}

/// Which of `n` points get a number under the chart: all of up to eight; past that about seven
/// evenly spaced and always the newest, so on a phone the numbers never run into each other.
fn labelled(n: usize) -> Vec<usize> {
    if n <= 8 {
        return (0..n).collect();
    }
    let step = (n - 1).div_ceil(7);
    let mut out: Vec<usize> = (0..n).step_by(step).collect();
    // The newest replaces an evenly spaced one that would sit too close to it.
    if out
        .last()
        .is_some_and(|&last| last != n - 1 && n - 1 - last < step.div_ceil(2))
    {
        out.pop();
    }
    if out.last() != Some(&(n - 1)) {
        out.push(n - 1);
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn labelled_keeps_first_and_newest_and_few_enough() {
        assert_eq!(super::labelled(0), Vec::<usize>::new());
        assert_eq!(super::labelled(3), [0, 1, 2]);
        assert_eq!(super::labelled(9), [0, 2, 4, 6, 8]);
        assert_eq!(super::labelled(30), [0, 5, 10, 15, 20, 25, 29]);
        assert_eq!(super::labelled(28), [0, 4, 8, 12, 16, 20, 24, 27]);
        for n in 1..200 {
            let l = super::labelled(n);
            assert!(
                l.len() <= 9 && l[0] == 0 && *l.last().unwrap() == n - 1,
                "{n}: {l:?}"
            );
        }
    }
}
