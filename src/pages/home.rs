use crate::components::continue_card::continue_card;
use crate::components::next_actions::NextActions;
use crate::components::persona_picker::PersonaPicker;
use crate::components::plan_for_person::PlanForPerson;
use crate::components::plan_start::PlanStart;
use crate::components::session_list::SessionList;
use crate::components::start_bar::StartBar;
use crate::content::catalog;
use crate::practice_start::{start_practice, NewPractice};
use crate::state::use_store;
use askwell_core::interview::ClockMode;
use askwell_core::timing::LENGTHS;
use leptos::prelude::*;

/// What to continue, then: start a practice (persona, length, clock) or plan its questions,
/// see what is due for the people on the list, and find past sessions.
#[component]
pub fn HomePage() -> impl IntoView {
    let store = use_store();
    let first = catalog().first().map(|p| p.id.clone()).unwrap_or_default();
    let persona = RwSignal::new(first);
    let length = RwSignal::new(30u32);
    let clock = RwSignal::new(ClockMode::Simulated);
    // Set by the user's first press, tap or key in the form: from then on the saved data,
    // which can arrive later, no longer picks for them.
    let touched = RwSignal::new(false);
    let touch = move || touched.update_untracked(|t| *t = true);

    let starting = RwSignal::new(false);
    let start = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let practice = NewPractice::with(
            persona.get_untracked(),
            length.get_untracked(),
            clock.get_untracked(),
        );
        start_practice(store, practice, starting);
    };

    // Enter on a radio (a persona, a length, a clock) only chooses it: a form would start
    // the interview at once, which surprised a keyboard user. Start stays the way in.
    let enter_chooses = move |ev: leptos::ev::KeyboardEvent| {
        if !matches!(ev.key().as_str(), "Tab" | "Shift") {
            touch();
        }
        let radio = (ev.key() == "Enter")
            .then(|| ev.target())
            .flatten()
            .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlInputElement>(t).ok())
            .filter(|i| i.type_() == "radio");
        if let Some(radio) = radio {
            ev.prevent_default();
            if !radio.checked() {
                radio.click();
            }
        }
    };

    // In the split build the options and the Start button are drawn a task after the
    // picker: V8 compiles each wasm function on its first call, and drawing all of Home in
    // one task made it a long one (NOTES.md §11).
    let options_drawn = RwSignal::new(!cfg!(askwell_split));
    #[cfg(askwell_split)]
    leptos::task::spawn_local(async move {
        crate::tasks::next_urgent_task().await;
        options_drawn.set(true);
    });

    view! {
        <section class="page home">
            <div class="intro">
                <h1>"Rehearse the conversation before it counts"</h1>
                // On a phone only the first sentence shows (style/main.css): the intro pushed
                // the persona cards down.
                <p class="lead">
                    "Practise an informational interview with a scripted professional, keep to \
                     time, and get a review of how it went."
                    <span class="lead-more">
                        " It is the short conversation in which you ask someone about their work, \
                         their path and their advice."
                    </span>
                </p>
            </div>
            <SavedLists part=HomePart::Due(HomeChoice { persona, length, clock, touched }) />
            <form
                class="start-form"
                on:submit=start
                on:keydown=enter_chooses
                on:click=move |_| touch()
            >
                <PersonaPicker
                    selected=persona
                    on_pick=Callback::new(move |id: String| persona.set(id))
                />
                {move || options_drawn.get().then(|| view! {
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
                                }.into_any())
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
                        // Behind a disclosure: five lines of it stood between the options and Start.
                        <details class="clock-how">
                            <summary>"How does the clock work?"</summary>
                            <p class="hint">
                                "Simulated: time moves as if the call were spoken, your words at 150 a \
                                 minute and each answer as the longer story it sums up (four times its \
                                 written length). A 30-minute interview takes a few minutes to rehearse; \
                                 a talkative interviewee uses the clock faster than a brief one. Real \
                                 time: the clock runs as on a real call."
                            </p>
                        </details>
                    </fieldset>
                    <div class="start-actions">
                        <PlanStart persona=persona minutes=length />
                    </div>
                </div>
                // A child of the form, not of the card above, so that it sticks while the
                // persona cards are in view.
                <StartBar persona=persona minutes=length clock=clock starting=starting />
                }.into_any())}
            </form>
            <SavedLists part=HomePart::Rest />
        </section>
    }
}

/// Home's start form, as the saved lists may preselect it.
#[derive(Clone, Copy)]
pub struct HomeChoice {
    pub persona: RwSignal<String>,
    pub length: RwSignal<u32>,
    pub clock: RwSignal<ClockMode>,
    /// True once the user has pressed, tapped or typed in the form.
    pub touched: RwSignal<bool>,
}

/// The two places on Home that list saved things.
#[derive(Clone, Copy)]
pub enum HomePart {
    /// What to continue, above the form (which it preselects).
    Due(HomeChoice),
    /// What is due for the people on the list, plans for them and past sessions, below it.
    Rest,
}

/// Home's lists of saved things, drawn once the saved data is read (in a split build their
/// code comes with the chunk that reads it, so Home's form shows without waiting for it).
#[component]
fn SavedLists(part: HomePart) -> impl IntoView {
    #[cfg(askwell_split)]
    {
        let store = use_store();
        // A returning user's Continue card comes with the saved data: its space is held from
        // the first paint, so the start form does not jump down under a finger when it comes.
        let space = match part {
            HomePart::Due(_) => crate::storage::has_saved_sessions()
                .then_some(("continue-space", "Finding where you left off…")),
            // Nothing to see, but a mark the footer's style reads (style/main.css): the lists
            // push the footer down, a layout shift for someone scrolled to the bottom.
            HomePart::Rest => Some(("still-coming", "")),
        };
        crate::chunks::when_loaded(
            space,
            Box::pin(async move {
                if store.until_saved().await.is_err() {
                    return ().into_any();
                }
                // Drawing the lists is a task apart from reading what they show.
                crate::tasks::next_task().await;
                match crate::chunk!(home_lists(part)) {
                    Ok(view) => view,
                    Err(why) => {
                        store.notify(crate::state::NoticeKind::Warning, why.to_string());
                        ().into_any()
                    }
                }
            }),
        )
    }
    #[cfg(not(askwell_split))]
    {
        crate::chunks::home_lists(part).unwrap_or_else(|_| ().into_any())
    }
}

/// The views behind [`SavedLists`] (a split point calls this).
pub fn lists(part: HomePart) -> AnyView {
    match part {
        // Only the Continue card, whose space is held, comes above the form: the next
        // actions' height cannot be known before the data is read, and above the form they
        // pushed it down under a finger (0.21 on a phone for someone with people and no
        // practice yet; code review cr43).
        HomePart::Due(choice) => continue_card(choice),
        HomePart::Rest => view! {
            <NextActions />
            <PlanForPerson />
            <SessionList />
        }
        .into_any(),
    }
}
