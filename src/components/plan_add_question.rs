use crate::components::plan_editor::PlanChecker;
use crate::state::{use_store, NoticeKind};
use askwell_core::prepare::{PlanAction, QuestionPlan};
use leptos::prelude::*;

/// Where a new question is written: checked as you type (the same flags and rewrite a
/// practice would give), added with Enter or the button.
#[component]
pub fn PlanAddQuestion(
    /// The plan to add to.
    plan_id: String,
    /// Checks the question being typed.
    checker: PlanChecker,
    /// Where "added" is said politely.
    status: RwSignal<String>,
) -> impl IntoView {
    let store = use_store();
    let text = RwSignal::new(String::new());
    let id_for_check = plan_id.clone();
    let draft_check = Memo::new(move |_| {
        let q = text.get();
        if q.trim().is_empty() {
            return None;
        }
        let alone = QuestionPlan {
            id: id_for_check.clone(),
            for_whom: askwell_core::prepare::PlanFor::Persona(String::new()),
            minutes: 30,
            introduction: String::new(),
            questions: vec![q.trim().to_string()],
        };
        checker(&alone).questions.into_iter().next()
    });
    let add = move || {
        let q = text.get_untracked();
        if q.trim().is_empty() {
            return;
        }
        let id = plan_id.clone();
        match store.change_plans(|p| p.apply(PlanAction::AddQuestion { id, text: q })) {
            Ok(()) => {
                text.set(String::new());
                status.set("Question added to your plan.".to_string());
            }
            Err(why) => store.notify(NoticeKind::Warning, why),
        }
    };
    let add_on_submit = add.clone();
    view! {
        <form class="plan-add" on:submit=move |ev| { ev.prevent_default(); add_on_submit(); }>
            <label for="plan-new-question">"Add a question"</label>
            <div class="question-row">
                <textarea
                    id="plan-new-question"
                    dir="auto"
                    rows="2"
                    maxlength="5000"
                    placeholder="What surprised you most when you started in this role?"
                    prop:value=move || text.get()
                    on:input=move |ev| text.set(event_target_value(&ev))
                    on:keydown=move |ev| {
                        if ev.key() == "Enter" && !ev.shift_key() && !ev.is_composing() {
                            ev.prevent_default();
                            add();
                        }
                    }
                ></textarea>
                <button type="submit" class="button primary">"Add to plan"</button>
            </div>
            <div class="plan-draft-check">
                {move || draft_check.get().map(|q| {
                    if q.notes.is_empty() {
                        view! { <p class="plan-q-ok">"✓ Open and specific: a good question."</p> }.into_any()
                    } else {
                        let rewrite = q.notes.first().map(|n| n.rewrite.clone()).unwrap_or_default();
                        view! {
                            <p class="plan-q-about">
                                {q.notes.iter().map(|n| view! { <span class="flag">{n.flag.label()}</span> }.into_any()).collect_view()}
                            </p>
                            <p class="plan-rewrite rewrite">"Try: "<em>{rewrite}</em></p>
                        }.into_any()
                    }
                })}
            </div>
            <p class="hint">"Enter adds it, Shift+Enter starts a new line. You can still edit or move it."</p>
        </form>
    }
}
