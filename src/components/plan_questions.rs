use crate::components::plan_add_question::PlanAddQuestion;
use crate::components::plan_editor::PlanChecker;
use crate::components::plan_question_row::PlanQuestionRow;
use crate::components::when::When;
use askwell_core::prepare::PlanCheck;
use leptos::prelude::*;

/// The planned questions in order, each with its check, then a box to add one.
#[component]
pub fn PlanQuestions(
    /// The plan they belong to.
    plan_id: String,
    /// The plan's check (its questions in order).
    check: Memo<Option<PlanCheck>>,
    /// Checks a question being typed, as a practice would read it.
    checker: PlanChecker,
) -> impl IntoView {
    // Which row is being edited (one at a time).
    let editing = RwSignal::new(None::<usize>);
    let status = RwSignal::new(String::new());
    let undo = RwSignal::new(None);
    let count = Memo::new(move |_| check.with(|c| c.as_ref().map_or(0, |c| c.questions.len())));
    let id_for_rows = plan_id.clone();
    view! {
        <section class="card plan-questions" aria-labelledby="plan-questions-heading">
            <h2 id="plan-questions-heading">
                "Your questions "
                <span class="count">{move || match count.get() {
                    0 => String::new(),
                    1 => "(1)".to_string(),
                    n => format!("({n})"),
                }}</span>
            </h2>
            <When
                when=move || count.get() != 0
                fallback=|| view! {
                    <p class="empty">"No questions yet. About five open questions fill a 30-minute conversation: their work, their path, the field's future, who else to talk to, and where to learn more."</p>
                }
            >
                <ol class="plan-list">
                    {
                        let id = id_for_rows.clone();
                        move || {
                            let n = count.get();
                            check.get().map(|c| {
                                c.questions.into_iter().enumerate().map(|(index, q)| view! {
                                    <PlanQuestionRow
                                        plan_id=id.clone()
                                        index=index
                                        count=n
                                        question=q
                                        editing=editing
                                        status=status
                                        undo=undo
                                    />
                                }.into_any()).collect_view()
                            })
                        }
                    }
                </ol>
            </When>
            <p class="visually-hidden" role="status" aria-live="polite">{move || status.get()}</p>
            <PlanAddQuestion plan_id=plan_id checker=checker status=status />
        </section>
    }
}
