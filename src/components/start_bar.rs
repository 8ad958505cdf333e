use crate::personas::offered;
use crate::state::use_store;
use askwell_core::interview::ClockMode;
use leptos::prelude::*;

/// Home's start bar: who, how long and which clock, then "Start the interview". It sticks to
/// the bottom of the screen while the form is in view (style/main.css), so starting needs no
/// scrolling past the persona cards (a design review, 2026-12-05).
#[component]
pub fn StartBar(
    // Home's own signals, not `Signal`s: each new `Signal<T>` costs the first screen code.
    /// The chosen persona id.
    persona: RwSignal<String>,
    /// The agreed length in minutes.
    minutes: RwSignal<u32>,
    /// The chosen clock.
    clock: RwSignal<ClockMode>,
    /// True while the practice is being made (the button then says so).
    starting: RwSignal<bool>,
) -> impl IntoView {
    let store = use_store();
    // One text, drawn by one closure: each reactive part of a view costs the first screen
    // its own copy of Leptos's drawing code (NOTES.md §1).
    let summary = move || {
        let id = persona.get();
        let name = offered(store)
            .into_iter()
            .find(|(p, _)| p.id == id)
            .map(|(p, _)| p.name)
            .unwrap_or_default();
        let clock = match clock.get() {
            ClockMode::Simulated => "simulated clock",
            ClockMode::Real => "real-time clock",
        };
        format!("{name} · {} min · {clock}", minutes.get())
    };
    view! {
        <div class="start-bar">
            <p class="start-summary">{summary}</p>
            <button type="submit" class="button primary start-button" prop:disabled=move || starting.get()>
                {move || if starting.get() { "Starting…" } else { "Start the interview" }}
            </button>
        </div>
    }
}
