use super::{capitalized, go_to, use_editor};
use askwell_core::custom::Coverage;
use leptos::prelude::*;

/// How far the persona is written: "7 of 26 topics answered · next: add a name" (the step a
/// button to its field; core's `Completeness::next` picks it), one cell per topic with a
/// legend (none, answered, complete), and how many suggestions are left. It opened on "Not
/// ready yet: 25 things are still needed" over unlabelled cells (a design review).
#[component]
pub fn CompletenessMeter() -> impl IntoView {
    let editor = use_editor();
    let c = editor.completeness;
    // A closure over the completeness memo, not a memo of its own (each new memo type is
    // more code, some of it in the first screen's module).
    let next = move || c.with(|c| c.next.clone());
    let go_next = move |_| {
        if let Some(field) = c.with_untracked(|c| c.next.as_ref().map(|n| n.0)) {
            go_to(editor, field);
        }
    };
    view! {
        <div class="pe-meter" class:ready=move || c.with(|c| c.ready)>
            <p class="pe-meter-state" role="status">
                {move || if c.with(|c| c.ready) {
                    "Ready to practise: it is on Home.".to_string()
                } else {
                    c.with(|c| c.answered())
                }}
                {move || next().map(|(_, step)| view! {
                    " · next: "
                    <button type="button" class="link-button pe-next" on:click=go_next>{step}</button>
                })}
            </p>
            <ol class="pe-meter-cells" aria-hidden="true">
                {move || c.with(|c| c.topics.iter().map(|t| {
                    view! { <li class=cell(t.state) title=capitalized(t.topic.label())></li> }
                }.into_any()).collect_view())}
            </ol>
            // The cells are for eyes (the line above says the same): this says what they mean.
            <p class="pe-meter-legend" aria-hidden="true">
                <span class=cell(Coverage::Done)></span>"Complete"
                <span class=cell(Coverage::One)></span>"Answered"
                <span class=cell(Coverage::Missing)></span>"Not yet"
            </p>
            <p class="pe-meter-detail">
                {move || match c.with(|c| c.suggested) {
                    0 => String::new(),
                    1 => "1 suggestion to make it richer.".into(),
                    n => format!("{n} suggestions to make it richer."),
                }}
            </p>
        </div>
    }
}

/// A cell's classes for a topic's coverage.
fn cell(state: Coverage) -> &'static str {
    match state {
        Coverage::Missing => "cell missing",
        Coverage::One => "cell one",
        Coverage::Done => "cell done",
    }
}
