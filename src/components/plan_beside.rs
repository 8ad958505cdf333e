use crate::route::Route;
use askwell_core::interview::Interview;
use askwell_core::prepare::{asked_from_plan, PlanFor, QuestionPlan};
use leptos::html::Details;
use leptos::prelude::*;

/// The question plan beside the practice box: each planned question with an Ask button that
/// puts it through the same path as typing it, and a tick once it has been asked. Open on a
/// wide screen, folded on a phone (a tap opens it).
#[component]
pub fn PlanBeside(
    /// The plan for this practice's persona.
    #[prop(into)]
    plan: Signal<QuestionPlan>,
    /// The running interview (what was asked).
    #[prop(into)]
    interview: Signal<Interview>,
    /// False while paused or after the end.
    #[prop(into)]
    enabled: Signal<bool>,
    /// The question box's own action: asks `text`, false when refused.
    on_ask: Callback<String, bool>,
) -> impl IntoView {
    let asked = Memo::new(move |_| plan.with(|p| interview.with(|i| asked_from_plan(p, i))));
    let done = move || asked.with(|a| a.iter().filter(|x| **x).count());
    let total = move || plan.with(|p| p.questions.len());
    let edit_href = move || Route::Plan(plan.with(|p| p.id.clone())).href();
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
    let ask = move |text: String| {
        if on_ask.run(text) && !wide() {
            if let Some(d) = details.get_untracked() {
                d.set_open(false);
            }
        }
    };
    // A real person's plan, rehearsed with a persona, says whose it is.
    let store = crate::state::use_store();
    let title = move || {
        let person = plan.with(|p| match &p.for_whom {
            PlanFor::Person(id) => Some(id.clone()),
            PlanFor::Persona(_) => None,
        });
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
    let introduction = move || plan.with(|p| p.introduction.clone());
    let intro_said = move || {
        let intro = introduction();
        interview.with(|i| {
            i.exchanges
                .iter()
                .any(|e| e.question.trim() == intro.trim())
        })
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
                            aria-label="Say your introduction"
                            prop:disabled=move || !enabled.get()
                            on:click=move |_| ask(introduction())
                        >
                            "Say it"
                        </button>
                    </div>
                })}
                <ol class="plan-beside-list">
                    {move || plan.with(|p| p.questions.clone()).into_iter().enumerate().map(|(i, q)| {
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
                                        move || if is_asked() { format!("Ask again: {q}") } else { format!("Ask: {q}") }
                                    }
                                    prop:disabled=move || !enabled.get()
                                    on:click=move |_| ask(text.clone())
                                >
                                    {move || if is_asked() { "Ask again" } else { "Ask" }}
                                </button>
                            </li>
                        }
                    }).collect_view()}
                </ol>
                <p class="plan-beside-foot"><a href=edit_href>"Edit the plan"</a></p>
            </details>
        </aside>
    }
}
