use crate::components::question_box::put_in_box;
use askwell_core::flags::FlagNote;
use leptos::prelude::*;

/// A flag on a question, as a disclosure: the pill opens to the coach's reason and a rewrite
/// (the review's own note). In a practice, "Ask this instead" puts the rewrite in the question
/// box. Inside the conversation's log, so opening it is what gets it read out.
#[component]
pub fn FlagCoach(
    /// The flag's note: which flag, why, and what to ask instead.
    note: FlagNote,
    /// The question box's text, where "Ask this instead" puts the rewrite, not sent (a
    /// practice only).
    ask: Option<RwSignal<String>>,
) -> impl IntoView {
    let rewrite = note.rewrite.clone();
    view! {
        // The pill opens and closes it (Enter or Space from the keyboard); no Escape handler,
        // whose bindings cost the practice more than its size ceiling had left.
        <details class="flag-coach">
            <summary class="flag">{note.flag.label()}</summary>
            <p>{note.reason}</p>
            // One text, no <em>: each element here is code in every practice's download.
            <p class="rewrite">"Try: "{note.rewrite}</p>
            {ask.map(|typed| view! {
                <button class="button small" on:click=move |_| put_in_box(typed, &rewrite)>"Ask this instead"</button>
            }.into_any())}
        </details>
    }
}
