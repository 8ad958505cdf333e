use super::{go_to, use_editor};
use askwell_core::custom::Severity;
use leptos::prelude::*;

/// Every problem in one list, needed ones first, each a link to its field (the topic is
/// opened when the problem is in one).
#[component]
pub fn ProblemSummary() -> impl IntoView {
    let editor = use_editor();
    let needed = Memo::new(move |_| {
        editor.problems.with(|all| {
            all.iter()
                .filter(|p| p.severity == Severity::Needed)
                .cloned()
                .collect::<Vec<_>>()
        })
    });
    let suggested = Memo::new(move |_| {
        editor.problems.with(|all| {
            all.iter()
                .filter(|p| p.severity == Severity::Suggested)
                .cloned()
                .collect::<Vec<_>>()
        })
    });
    let list = move |items: Vec<askwell_core::custom::Problem>| {
        items
            .into_iter()
            .map(|p| {
                let field = p.field;
                view! {
                    <li>
                        <button type="button" class="link-button" on:click=move |_| go_to(editor, field)>
                            {p.message}
                        </button>
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <div class="pe-problems" id="pe-problems" tabindex="-1">
            <Show when=move || !needed.with(Vec::is_empty)>
                <h3>"Still needed before practice"</h3>
                <ul class="needed">{move || list(needed.get())}</ul>
            </Show>
            <Show when=move || !suggested.with(Vec::is_empty)>
                <details class="pe-suggested">
                    <summary>{move || format!("Suggestions ({})", suggested.with(Vec::len))}</summary>
                    <ul>{move || list(suggested.get())}</ul>
                </details>
            </Show>
        </div>
    }
}
