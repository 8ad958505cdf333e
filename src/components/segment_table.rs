use crate::format::minutes;
use askwell_core::timing::{clock_label, TimingPlan};
use askwell_core::Segment;
use leptos::prelude::*;

/// Planned against actual minutes per segment, as a table with bars.
#[component]
pub fn SegmentTable(
    /// The agreed plan.
    plan: TimingPlan,
    /// Seconds spent per segment, in `Segment::ALL` order.
    actual: [f64; 6],
) -> impl IntoView {
    let longest = Segment::ALL
        .iter()
        .map(|s| (plan.planned(*s) as f64).max(actual[s.index()]))
        .fold(1.0, f64::max);
    let total_actual: f64 = actual.iter().sum();
    view! {
        <table class="segment-table">
            <caption>"Planned and actual time per segment"</caption>
            <thead>
                <tr>
                    <th scope="col">"Segment"</th>
                    <th scope="col">"Planned"</th>
                    <th scope="col">"Actual (m:ss)"</th>
                    <th scope="col"><span class="visually-hidden">"Comparison"</span></th>
                </tr>
            </thead>
            <tbody>
                {Segment::ALL
                    .into_iter()
                    .map(|s| {
                        let planned = plan.planned(s) as f64;
                        let spent = actual[s.index()];
                        let over = spent > planned + 30.0;
                        view! {
                            <tr class:over=over>
                                <th scope="row">{s.label()}</th>
                                <td>{minutes(planned)}</td>
                                <td>{clock_label(spent.round() as i64)}{over.then_some(" (over)")}</td>
                                <td class="bars" aria-hidden="true">
                                    <span class="bar planned" style:width=format!("{}%", askwell_core::decimal::fixed(planned / longest * 100.0, 1))></span>
                                    <span class="bar actual" style:width=format!("{}%", askwell_core::decimal::fixed(spent / longest * 100.0, 1))></span>
                                </td>
                            </tr>
                        }
                    }.into_any())
                    .collect_view()}
            </tbody>
            <tfoot>
                <tr>
                    <th scope="row">"Total"</th>
                    <td>{minutes(plan.total_seconds() as f64)}</td>
                    <td>{clock_label(total_actual.round() as i64)}</td>
                    <td></td>
                </tr>
            </tfoot>
        </table>
    }
}
