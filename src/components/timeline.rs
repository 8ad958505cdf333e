use askwell_core::timing::{clock_label, TimingPlan};
use askwell_core::Segment;
use leptos::prelude::*;

/// The six segments as blocks sized by their planned share, the current one (the topic of the
/// last question) highlighted, a marker where the clock is (explained by a legend under the
/// blocks), and the current segment's remaining time.
#[component]
pub fn Timeline(
    /// The agreed plan (it changes when the user extends the time).
    plan: impl Fn() -> TimingPlan + Copy + Send + Sync + 'static,
    /// Seconds spent so far per segment, in `Segment::ALL` order.
    actual: impl Fn() -> [f64; 6] + Copy + Send + Sync + 'static,
    /// The segment the conversation is in.
    current: impl Fn() -> Segment + Copy + Send + Sync + 'static,
    /// Interview clock, seconds from the start.
    clock_s: impl Fn() -> f64 + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let total = move || plan().total_seconds() as f64;
    // Blocks are drawn at their planned share but at least this much of the track, so the
    // names of the one- and two-minute segments fit; the marker follows the same drawing.
    const MIN_SHARE: f64 = 0.1;
    let marker = move || {
        let x = plan().display_position(clock_s(), MIN_SHARE);
        // Kept inside the track at the end: at 100% its 2 px would fall past the right edge.
        format!(
            "min({}%, 100% - 2px)",
            askwell_core::decimal::fixed(x * 100.0, 2)
        )
    };
    let segment_left = move || {
        let s = current();
        plan().planned(s) as f64 - actual()[s.index()]
    };
    let overall_left = move || total() - clock_s();
    view! {
        <section class="timeline" aria-labelledby="timeline-heading">
            <h2 id="timeline-heading" class="visually-hidden">"Timing"</h2>
            <div class="timeline-summary">
                <p class="segment-now">
                    <span class="label">"Now: "</span>
                    <strong>{move || current().label()}</strong>
                    <span class="segment-hint">{move || current().hint()}</span>
                </p>
                <p class="clocks">
                    <span class={move || if segment_left() < 0.0 { "time over" } else { "time" }}>
                        {move || {
                            let left = segment_left();
                            if left >= 0.0 {
                                format!("{} left in {}", clock_label(left.round() as i64), current().label())
                            } else {
                                format!("{} over in {}", clock_label((-left).round() as i64), current().label())
                            }
                        }}
                    </span>
                    <span class="time overall">
                        {move || {
                            let left = overall_left();
                            if left >= 0.0 {
                                format!("{} left of {} min", clock_label(left.round() as i64), total() as i64 / 60)
                            } else {
                                format!("{} past the agreed {} min", clock_label((-left).round() as i64), total() as i64 / 60)
                            }
                        }}
                    </span>
                </p>
            </div>
            // Phones only (style/plan.css), in place of the summary above: one line.
            <p class="timeline-line">
                {move || {
                    let left = segment_left();
                    format!(
                        "{} · {} {} · {} of {} min",
                        current().label(),
                        clock_label(left.abs().round() as i64),
                        if left >= 0.0 { "left" } else { "over" },
                        clock_label(clock_s().round() as i64),
                        total() as i64 / 60
                    )
                }}
            </p>
            <div class="timeline-track" aria-hidden="true">
                {Segment::ALL
                    .into_iter()
                    .map(|s| {
                        let planned = move || plan().planned(s) as f64;
                        let grow = move || askwell_core::decimal::fixed(plan().display_shares(MIN_SHARE)[s.index()], 3);
                        view! {
                            <div
                                class="timeline-block"
                                class:current=move || current() == s
                                class:over={move || actual()[s.index()] > planned() + 0.5}
                                style:flex-grow=grow
                            >
                                <span class="block-label">{s.label()}</span>
                                <span class="block-time">
                                    {move || clock_label(actual()[s.index()].round() as i64)}
                                    // Dropped in a narrow block (Opening, Closing): style/main.css.
                                    <span class="of">{move || format!(" of {}m", askwell_core::decimal::fixed(planned() / 60.0, 0))}</span>
                                </span>
                                <span
                                    class="block-fill"
                                    style:width=move || askwell_core::decimal::fixed((actual()[s.index()] / planned() * 100.0).min(100.0), 1) + "%"
                                ></span>
                            </div>
                        }
                    }.into_any())
                    .collect_view()}
                <div class="timeline-marker" style:left=marker></div>
            </div>
            // A legend, not a caption on the marker: a caption long enough to say what it
            // means ran past the card at either end (design review d43 P2-2). For eyes: the
            // times above say the same in words.
            <p class="timeline-legend" aria-hidden="true">
                <span class="legend-mark"></span>
                "Where the clock is in your plan"
            </p>
        </section>
    }
}
