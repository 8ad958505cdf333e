use crate::state::{use_store, NoticeKind};
use askwell_core::prepare::{check_introduction, PlanAction, INTRODUCTION_MAX_SECONDS};
use leptos::prelude::*;

/// A short self-introduction for the opening: its spoken length at 150 words a minute and
/// whether it says who you are and why you asked, checked as you type and saved as you go.
#[component]
pub fn PlanIntroduction(
    /// The plan it belongs to.
    plan_id: String,
    /// The saved introduction (the box keeps its own copy while you type, so trimming on
    /// save never moves the cursor).
    initial: String,
) -> impl IntoView {
    let store = use_store();
    let text = RwSignal::new(initial);
    let check = Memo::new(move |_| text.with(|t| check_introduction(t)));
    let save = move |value: String| {
        text.set(value.clone());
        let id = plan_id.clone();
        if let Err(why) =
            store.change_plans(|p| p.apply(PlanAction::SetIntroduction { id, text: value }))
        {
            store.notify(NoticeKind::Warning, why);
        }
    };
    let share = move || {
        let s = check.with(|c| c.spoken_seconds) as f64 / INTRODUCTION_MAX_SECONDS as f64;
        format!("{}%", askwell_core::decimal::fixed(s.min(1.0) * 100.0, 0))
    };
    view! {
        <section class="card plan-intro" aria-labelledby="plan-intro-heading">
            <h2 id="plan-intro-heading">"Your introduction"</h2>
            <label for="plan-intro-text" class="hint">
                "Two or three sentences for the opening: who you are, what you are exploring, and why you asked them."
            </label>
            <textarea
                id="plan-intro-text"
                dir="auto"
                rows="3"
                maxlength="5000"
                placeholder="I'm a second-year biology student exploring careers in …"
                prop:value=move || text.get()
                on:input=move |ev| save(event_target_value(&ev))
            ></textarea>
            <div class="intro-meter-row">
                <div class="intro-meter" aria-hidden="true">
                    <span class:over=move || check.with(|c| c.spoken_seconds > INTRODUCTION_MAX_SECONDS) style:width=share></span>
                </div>
                <span class="intro-time">
                    {move || check.with(|c| format!("{} words · {} s of {INTRODUCTION_MAX_SECONDS} s aloud", c.words, c.spoken_seconds))}
                </span>
            </div>
            <p class="intro-check" class:ok=move || check.with(|c| c.passed)>
                {move || check.with(|c| c.hint.clone())}
            </p>
        </section>
    }
}
