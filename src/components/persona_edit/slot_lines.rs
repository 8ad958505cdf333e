use askwell_core::custom::{has_slots, line_parts, LinePart};
use leptos::prelude::*;

/// Under the lines that ask which of two things was meant: how to write the two topics
/// (`{a}` and `{b}`), and each line as a student will read it, the two places shown as
/// "first topic" and "second topic" chips instead of template braces (a design review).
/// Plain text nodes only: the lines are the author's words.
#[component]
pub fn SlotLines(
    /// The lines as written, `{a}` and `{b}` included.
    #[prop(into)]
    lines: Signal<Vec<String>>,
) -> impl IntoView {
    let readable = move || {
        lines.with(|all| {
            all.iter()
                .filter(|l| has_slots(l))
                .map(|l| view! { <li>{parts(l)}</li> }.into_any())
                .collect_view()
        })
    };
    view! {
        <div class="pe-slot-lines">
            <p class="hint">
                <code>"{a}"</code>" is the "<span class="badge slot">"first topic"</span>", "
                <code>"{b}"</code>" the "<span class="badge slot">"second topic"</span>":"
            </p>
            <ul>{readable}</ul>
        </div>
    }
}

/// One line as words and chips.
fn parts(line: &str) -> AnyView {
    line_parts(line)
        .into_iter()
        .map(|part| match (part, part.slot_name()) {
            (LinePart::Text(words), _) => words.to_string().into_any(),
            (_, Some(name)) => view! { <span class="badge slot">{name}</span> }.into_any(),
            (_, None) => ().into_any(),
        })
        .collect_view()
        .into_any()
}
