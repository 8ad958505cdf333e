use crate::components::about_me::AboutMeEditor;
use crate::state::{use_store, NoticeKind};
use askwell_core::prepare::{
    check_introduction, draft_introduction, PlanAction, INTRODUCTION_MAX_SECONDS,
};
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
    /// The role of the person the plan is for, as far as known (the introduction drafted
    /// from About me, offered while the box is empty, names it).
    role: String,
    /// Their organization, as far as known.
    organization: String,
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
    // Redrawn only when the box turns empty or not, so typing keeps About me's form as it is.
    let empty = Memo::new(move |_| text.with(|t| t.trim().is_empty()));
    let box_ref = NodeRef::<leptos::html::Textarea>::new();
    let use_draft = save.clone();
    let offer = move || {
        let use_draft = use_draft.clone();
        let draft = store
            .prepared
            .with(|p| draft_introduction(&p.people.me, &role, &organization));
        empty.get().then(|| match draft {
            Some(d) => view! {
                <p class="intro-start">
                    <button type="button" class="button small" on:click=move |_| {
                        use_draft(d.clone());
                        // The button goes with the empty box: focus moves to the words it wrote.
                        if let Some(el) = box_ref.get() {
                            let _ = el.focus();
                        }
                    }>
                        "Start from About me"
                    </button>
                </p>
            }
            .into_any(),
            None => view! {
                <div class="intro-start">
                    <p class="hint">"Or say who you are and what you are exploring below, and Askwell drafts a first version."</p>
                    <AboutMeEditor />
                </div>
            }
            .into_any(),
        })
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
                node_ref=box_ref
                dir="auto"
                rows="3"
                maxlength="5000"
                placeholder="I'm a second-year biology student exploring careers in …"
                prop:value=move || text.get()
                on:input=move |ev| save(event_target_value(&ev))
            ></textarea>
            {offer}
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
