use super::{go_to, use_editor};
use crate::components::when::When;
use askwell_core::custom::Severity;
use leptos::prelude::*;

/// Every problem in one list, needed ones first, each a link to its field (the topic is
/// opened when the problem is in one). A long list shows its first few until asked, so a
/// new persona does not open on a wall of to-dos.
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
    const FIRST: usize = 5;
    let show_all = RwSignal::new(false);
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
            }.into_any())
            .collect_view()
    };
    view! {
        <div class="pe-problems" id="pe-problems" tabindex="-1">
            <When when=move || !needed.with(Vec::is_empty)>
                <h3>{move || format!("Still needed before practice ({})", needed.with(Vec::len))}</h3>
                <ul class="needed">
                    {move || {
                        let all = needed.get();
                        let shown = if show_all.get() { all.len() } else { FIRST };
                        list(all.into_iter().take(shown).collect())
                    }}
                </ul>
                <When when=move || { needed.with(Vec::len) > FIRST }>
                    <button type="button" class="link-button" aria-expanded=move || show_all.get().to_string() on:click=move |_| show_all.update(|s| *s = !*s)>
                        {move || if show_all.get() { "Show fewer".to_string() } else { format!("Show all {}", needed.with(Vec::len)) }}
                    </button>
                </When>
            </When>
            <When when=move || !suggested.with(Vec::is_empty)>
                <details class="pe-suggested">
                    <summary>{move || format!("Suggestions ({})", suggested.with(Vec::len))}</summary>
                    <ul>{move || list(suggested.get())}</ul>
                </details>
            </When>
        </div>
    }
}
