use super::{capitalized, use_editor};
use askwell_core::custom::Coverage;
use leptos::prelude::*;

/// How far the persona is written: one cell per topic (missing, enough, complete), whether it
/// can be practised, and how many needed and suggested things are left.
#[component]
pub fn CompletenessMeter() -> impl IntoView {
    let editor = use_editor();
    let c = editor.completeness;
    let summary = move || {
        c.with(|c| {
            let (missing, one, done) = c.counts();
            let total = missing + one + done;
            let answered = format!("{} of {total} topics answered", one + done);
            let state = if c.ready {
                "Ready to practise: it is on Home.".to_string()
            } else {
                match c.needed {
                    1 => "Not ready yet: 1 thing is still needed.".to_string(),
                    n => format!("Not ready yet: {n} things are still needed."),
                }
            };
            let suggested = match c.suggested {
                0 => String::new(),
                1 => "1 suggestion to make it richer.".into(),
                n => format!("{n} suggestions to make it richer."),
            };
            (state, answered, suggested)
        })
    };
    view! {
        <div class="pe-meter" class:ready=move || c.with(|c| c.ready)>
            <p class="pe-meter-state" role="status">{move || summary().0}</p>
            <ol class="pe-meter-cells" aria-hidden="true">
                {move || c.with(|c| c.topics.iter().map(|t| {
                    let class = match t.state {
                        Coverage::Missing => "cell missing",
                        Coverage::One => "cell one",
                        Coverage::Done => "cell done",
                    };
                    view! { <li class=class title=capitalized(t.topic.label())></li> }
                }.into_any()).collect_view())}
            </ol>
            <p class="pe-meter-detail">
                {move || {
                    let (_, answered, suggested) = summary();
                    if suggested.is_empty() { answered } else { format!("{answered} · {suggested}") }
                }}
            </p>
        </div>
    }
}
