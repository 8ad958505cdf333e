use crate::components::talk_time::TalkTime;
use crate::components::when::When;
use crate::format::{date_time, now_ms};
use crate::state::use_store;
use askwell_core::prepare::{PeopleAction, Person, Stage};
use leptos::prelude::*;

/// Where things stand with a person: the six stages in order, each reached one with its
/// date, and a button to move to any stage (forward records today; back is a correction and
/// forgets the later dates).
#[component]
pub fn StageControls(
    /// The person as stored now.
    #[prop(into)]
    person: Signal<Person>,
) -> impl IntoView {
    let store = use_store();
    let status = RwSignal::new(String::new());
    let move_to = move |stage: Stage| {
        let p = person.get_untracked();
        let back = stage < p.stage();
        let id = p.id.clone();
        match store.change_people(|people| {
            people.apply(PeopleAction::MoveToStage {
                id,
                stage,
                at_ms: now_ms(),
            })
        }) {
            Ok(()) => status.set(if back {
                format!(
                    "Moved back to \u{201c}{}\u{201d}; the later dates were cleared.",
                    stage.label()
                )
            } else {
                format!("Moved to \u{201c}{}\u{201d} today.", stage.label())
            }),
            Err(e) => status.set(e),
        }
    };
    view! {
        <section class="card stage-controls" aria-labelledby="stage-heading">
            <h2 id="stage-heading">"Where things stand"</h2>
            <ol class="stages">
                {Stage::ALL.into_iter().map(|s| {
                    let reached = move || person.with(|p| p.reached_at(s).filter(|_| p.stage() >= s));
                    let current = move || person.with(|p| p.stage() == s);
                    view! {
                        <li
                            class="stage"
                            class:reached=move || reached().is_some()
                            class:current=current
                            aria-current=move || current().then_some("step")
                        >
                            <button
                                type="button"
                                class="stage-button"
                                prop:disabled=current
                                on:click=move |_| move_to(s)
                            >
                                <span class="stage-dot" aria-hidden="true"></span>
                                // The name read out contains the words shown (WCAG 2.5.3); the rest is unseen.
                                <span class="stage-name">
                                    {move || (!current()).then(|| view! { <span class="visually-hidden">"Move to "</span> }.into_any())}
                                    {s.label()}
                                    {move || current().then(|| view! { <span class="visually-hidden">" (now)"</span> }.into_any())}
                                </span>
                                <span class="stage-date">{move || reached().map(date_time).unwrap_or_default()}</span>
                            </button>
                        </li>
                    }
                }.into_any()).collect_view()}
            </ol>
            <p class="hint" role="status" aria-live="polite">{move || status.get()}</p>
            <When when=move || person.with(|p| p.stage() == Stage::Scheduled)>
                <TalkTime person=person />
            </When>
        </section>
    }
}
