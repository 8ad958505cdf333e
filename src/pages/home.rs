use crate::components::persona_picker::PersonaPicker;
use crate::components::session_list::SessionList;
use crate::content::{self, catalog};
use crate::format::now_ms;
use crate::route::{navigate, Route};
use crate::state::{use_store, NoticeKind};
use crate::storage::{self, StorageError};
use askwell_core::interview::{ClockMode, Interview};
use askwell_core::timing::LENGTHS;
use leptos::prelude::*;

/// Start a practice (persona, length, clock) and find past sessions.
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
        if starting.get_untracked() {
            return;
        }
        starting.set(true);
        let persona_id = persona.get_untracked();
        let minutes = length.get_untracked();
        let clock_mode = clock.get_untracked();
        leptos::task::spawn_local(async move {
            let who = match content::load(&persona_id).await {
                Ok(who) => who,
                Err(message) => {
                    store.notify(NoticeKind::Error, message);
                    starting.set(false);
                    return;
                }
            };
            let started = now_ms();
            let new_id = || storage::new_session_id(started);
            let mut interview =
                Interview::new(new_id(), &who.persona, minutes, clock_mode, started);
            let mut index = store.index.get_untracked();
            let mut saved = storage::create_session(&interview, &who.persona.name, &mut index);
            if saved == Err(StorageError::Taken) {
                // A random suffix collided: one more draw is all it takes.
                interview.id = new_id();
                saved = storage::create_session(&interview, &who.persona.name, &mut index);
            }
            if let Err(e) = saved {
                store.notify(NoticeKind::Warning, e.to_string());
            }
            store.index.set(index);
            let id = interview.id.clone();
            crate::pages::hand_over(interview);
            starting.set(false);
            navigate(&Route::Practice(id));
        });
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
                    <button type="submit" class="button primary start-button" prop:disabled=move || starting.get()>
                        {move || if starting.get() { "Starting…" } else { "Start the interview" }}
                    </button>
                </div>
            </form>
            <SessionList />
        </section>
    }
}
