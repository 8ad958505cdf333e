use crate::components::question_box::put_in_box;
use crate::route::Route;
use askwell_core::interview::Interview;
use askwell_core::prepare::{asked_from_plan, said_introduction, PlanFor, QuestionPlan};
use leptos::html::Details;
use leptos::prelude::*;

/// The question plan beside the practice box: the introduction and each planned question
/// with a button ("Use it", "Use") that puts it in the question box, to be adapted and sent with
/// Enter or Ask (a button that sent at once, then read "Ask again" in the same place, had
/// questions asked twice by accident), and a tick once it has been asked. Open on a wide
/// screen, folded on a phone (a tap opens it).
#[component]
pub fn PlanBeside(
    /// The plan for this practice's persona.
    plan: impl Fn() -> QuestionPlan + Copy + Send + Sync + 'static,
    /// The running interview (what was asked).
    interview: RwSignal<Interview>,
    /// False while paused or after the end.
    #[prop(into)]
    enabled: Signal<bool>,
    /// What is in the question box ("Use it" puts the introduction or a question there).
    typed: RwSignal<String>,
) -> impl IntoView {
    let asked = Memo::new(move |_| {
        let p = &plan();
        interview.with(|i| asked_from_plan(p, i))
    });
    let done = move || asked.with(|a| a.iter().filter(|x| **x).count());
    let total = move || plan().questions.len();
    let edit_href = move || Route::Plan(plan().id).href();
    // A phone shows the conversation first; the plan is one tap away, and folds again after
    // a question so the reply shows just above the box.
    let wide = || {
        window()
            .inner_width()
            .ok()
            .and_then(|w| w.as_f64())
            .is_none_or(|w| w > 760.0)
    };
    let open = wide();
    let details: NodeRef<Details> = NodeRef::new();
    let fold = move || {
        if !wide() {
            if let Some(d) = details.get_untracked() {
                d.set_open(false);
            }
        }
    };
    // A real person's plan, rehearsed with a persona, says whose it is.
    let store = crate::state::use_store();
    let title = move || {
        let person = match plan().for_whom {
            PlanFor::Person(id) => Some(id),
            PlanFor::Persona(_) => None,
        };
        person
            .and_then(|id| {
                store.prepared.with(|p| {
                    p.people
                        .get(&id)
                        .map(|x| format!("Your plan for {}", x.name()))
                })
            })
            .unwrap_or_else(|| "Your plan".to_string())
    };
    let introduction = move || plan().introduction;
    let intro_said = move || {
        let p = &plan();
        interview.with(|i| said_introduction(p, i))
    };
    // The introduction or a question goes into the box to be adapted, then Enter sends it.
    let use_it = move |text: String| {
        put_in_box(typed, &text);
        fold();
    };
    view! {
        <aside class="plan-beside" aria-labelledby="plan-beside-heading">
            <details prop:open=open node_ref=details>
                <summary>
                    <span id="plan-beside-heading" class="plan-beside-title">{title}</span>
                    <span class="plan-beside-count">{move || format!("{} of {} asked", done(), total())}</span>
                </summary>
                {move || (!introduction().trim().is_empty()).then(|| view! {
                    <div class="plan-beside-intro" class:asked=intro_said>
                        <span class="tick" aria-hidden="true">{move || if intro_said() { "✓" } else { "" }}</span>
                        <span class="plan-beside-text">
                            <strong>"Your introduction"</strong>
                            <span class="hint">{move || if intro_said() { " said" } else { " for the opening" }}</span>
                        </span>
                        <button
                            type="button"
                            class="button small"
                            aria-label="Use it: put your introduction in the question box"
                            prop:disabled=move || !enabled.get()
                            on:click=move |_| use_it(introduction())
                        >
                            "Use it"
                        </button>
                    </div>
                }.into_any())}
                <ol class="plan-beside-list">
                    {move || plan().questions.into_iter().enumerate().map(|(i, q)| {
                        let is_asked = move || asked.with(|a| a.get(i).copied().unwrap_or(false));
                        let text = q.clone();
                        view! {
                            <li class:asked=is_asked>
                                <span class="tick" aria-hidden="true">{move || if is_asked() { "✓" } else { "" }}</span>
                                <span class="plan-beside-text" dir="auto">
                                    {q.clone()}
                                    <span class="visually-hidden">{move || if is_asked() { " (asked)" } else { "" }}</span>
                                </span>
                                <button
                                    type="button"
                                    class="button small"
                                    aria-label={
                                        let q = q.clone();
                                        move || format!("{}: {q}", if is_asked() { "Use again" } else { "Use" })
                                    }
                                    prop:disabled=move || !enabled.get()
                                    on:click=move |_| use_it(text.clone())
                                >
                                    {move || if is_asked() { "Use again" } else { "Use" }}
                                </button>
                            </li>
                        }
                    }.into_any()).collect_view()}
                </ol>
                <p class="plan-beside-foot"><a href=edit_href>"Edit the plan"</a></p>
            </details>
        </aside>
    }
}
