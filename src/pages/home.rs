use crate::components::next_actions::NextActions;
use crate::components::persona_picker::PersonaPicker;
use crate::components::plan_for_person::PlanForPerson;
use crate::components::plan_start::PlanStart;
use crate::components::session_list::SessionList;
use crate::content::catalog;
use crate::practice_start::start_practice;
use crate::state::use_store;
use askwell_core::interview::ClockMode;
use askwell_core::timing::LENGTHS;
use leptos::prelude::*;

/// What is due next, then: start a practice (persona, length, clock) or plan its questions,
/// and find past sessions.
#[component]
pub fn HomePage() -> impl IntoView {
    let store = use_store();
    let first = catalog().first().map(|p| p.id.clone()).unwrap_or_default();
    let persona = RwSignal::new(first);
    let length = RwSignal::new(30u32);
    let clock = RwSignal::new(ClockMode::Simulated);

    let starting = RwSignal::new(false);
    let start = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        start_practice(
            store,
            persona.get_untracked(),
            length.get_untracked(),
            clock.get_untracked(),
            starting,
        );
    };

    view! {
        <section class="page home">
            <div class="intro">
                <h1>"Rehearse the conversation before it counts"</h1>
                <p class="lead">
                    "An informational interview is a short conversation where you ask someone about \
                     their work, their path and their advice. Practise one here with a scripted \
                     professional, keep to time, and get a review of how it went."
                </p>
            </div>
            <NextActions />
            <form class="start-form" on:submit=start>
                <PersonaPicker
                    selected=persona
                    on_pick=Callback::new(move |id: String| persona.set(id))
                />
                <div class="start-options">
                    <fieldset>
                        <legend>"Agreed length"</legend>
                        <div class="choice-row">
                            {LENGTHS
                                .into_iter()
                                .map(|m| {
                                    let id = format!("length-{m}");
                                    let label_for = id.clone();
                                    view! {
                                        <label class="choice" for=label_for>
                                            <input
                                                type="radio"
                                                name="length"
                                                id=id
                                                prop:checked=move || length.get() == m
                                                on:change=move |_| length.set(m)
                                            />
                                            {format!("{m} min")}
                                        </label>
                                    }
                                })
                                .collect_view()}
                        </div>
                    </fieldset>
                    <fieldset>
                        <legend>"Clock"</legend>
                        <div class="choice-row">
                            <label class="choice" for="clock-simulated">
                                <input
                                    type="radio"
                                    name="clock"
                                    id="clock-simulated"
                                    prop:checked=move || clock.get() == ClockMode::Simulated
                                    on:change=move |_| clock.set(ClockMode::Simulated)
                                />
                                "Simulated"
                            </label>
                            <label class="choice" for="clock-real">
                                <input
                                    type="radio"
                                    name="clock"
                                    id="clock-real"
                                    prop:checked=move || clock.get() == ClockMode::Real
                                    on:change=move |_| clock.set(ClockMode::Real)
                                />
                                "Real time"
                            </label>
                        </div>
                        <p class="hint">
                            {move || match clock.get() {
                                ClockMode::Simulated => "Time moves as if every word were spoken aloud (150 words a minute), so a 30-minute interview takes a few minutes to rehearse.",
                                ClockMode::Real => "Time runs as on a real call.",
                            }}
                        </p>
                    </fieldset>
                    <div class="start-actions">
                        <button type="submit" class="button primary start-button" prop:disabled=move || starting.get()>
                            {move || if starting.get() { "Starting…" } else { "Start the interview" }}
                        </button>
                        <PlanStart persona=persona minutes=length />
                    </div>
                </div>
            </form>
            <PlanForPerson />
            <SessionList />
        </section>
    }
}
