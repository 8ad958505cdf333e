use crate::components::when::When;
use crate::state::{use_store, NoticeKind};
use askwell_core::prepare::{PlanAction, QuestionCheck};
use leptos::prelude::*;
use leptos::wasm_bindgen::JsCast;

/// One planned question: its text, what it asks about, the coach's flags with a rewrite,
/// and buttons to edit, move and remove it.
#[component]
pub fn PlanQuestionRow(
    /// The plan it belongs to.
    plan_id: String,
    /// Its place in the plan (from 0).
    index: usize,
    /// How many questions the plan has (for the move buttons).
    count: usize,
    /// The question as checked.
    question: QuestionCheck,
    /// The row being edited, if any.
    editing: RwSignal<Option<usize>>,
    /// Where the result of an action is said politely.
    status: RwSignal<String>,
    /// The question last replaced by its suggested rewrite, with its old wording: shown with
    /// Undo until the plan changes again (plans keep no history of their own).
    undo: RwSignal<Option<(usize, String)>>,
) -> impl IntoView {
    let store = use_store();
    let act = move |action: PlanAction, said: String| {
        undo.set(None);
        match store.change_plans(|p| p.apply(action)) {
            Ok(()) => status.set(said),
            Err(why) => store.notify(NoticeKind::Warning, why),
        }
    };
    let number = index + 1;
    let (is_first, is_last) = (index == 0, number == count);
    let about = match (question.segment, question.outcome) {
        (Some(s), Some(o)) => format!("{} · {}", s.label(), o.label()),
        (Some(s), None) => s.label().to_string(),
        _ => "Off the interview's topics".to_string(),
    };
    let good = question.notes.is_empty();
    let rewrite = question.notes.first().map(|n| n.rewrite.clone());
    let draft = RwSignal::new(question.text.clone());
    let (id_edit, id_up, id_down, id_remove, id_use) = (
        plan_id.clone(),
        plan_id.clone(),
        plan_id.clone(),
        plan_id.clone(),
        plan_id,
    );
    // "Use this" and Undo: the rewrite in, or the old wording back, as one edit each.
    let replace = move |text: String, then: &str| {
        let id = id_use.clone();
        act(
            PlanAction::EditQuestion { id, index, text },
            format!("Question {number} saved."),
        );
        focus_later(format!("plan-q-{index}-{then}"));
    };
    let save_edit = move || {
        let text = draft.get_untracked();
        act(
            PlanAction::EditQuestion {
                id: id_edit.clone(),
                index,
                text,
            },
            format!("Question {number} saved."),
        );
        editing.set(None);
        focus_later(format!("plan-q-{index}-edit"));
    };
    let move_to = move |id: String, to: usize, which: &'static str| {
        act(
            PlanAction::MoveQuestion {
                id,
                from: index,
                to,
            },
            format!("Question {number} is now number {}.", to + 1),
        );
        // A button disabled at the new place cannot hold focus: use its neighbour.
        let which = if to == 0 {
            "down"
        } else if to + 1 == count {
            "up"
        } else {
            which
        };
        focus_later(format!("plan-q-{to}-{which}"));
    };
    let text = question.text.clone();
    let label_text = text.clone();
    view! {
        <li class="plan-q" class:flagged=!good>
            <div class="plan-q-top">
                <span class="plan-q-number" aria-hidden="true">{number}</span>
                <When
                    when=move || editing.get() == Some(index)
                    fallback={
                        let text = text.clone();
                        move || view! { <p class="plan-q-text" dir="auto">{text.clone()}</p> }
                    }
                >
                    <form class="plan-q-edit" on:submit={
                        let save = save_edit.clone();
                        move |ev: leptos::ev::SubmitEvent| { ev.prevent_default(); save(); }
                    }>
                        <label class="visually-hidden" for=format!("plan-q-{index}-text")>{format!("Question {number}")}</label>
                        <textarea
                            id=format!("plan-q-{index}-text")
                            dir="auto"
                            rows="2"
                            maxlength="5000"
                            prop:value=move || draft.get()
                            on:input=move |ev| draft.set(event_target_value(&ev))
                            on:keydown={
                                let save = save_edit.clone();
                                move |ev: leptos::ev::KeyboardEvent| {
                                    if ev.key() == "Enter" && !ev.shift_key() && !ev.is_composing() {
                                        ev.prevent_default();
                                        save();
                                    } else if ev.key() == "Escape" {
                                        editing.set(None);
                                        focus_later(format!("plan-q-{index}-edit"));
                                    }
                                }
                            }
                        ></textarea>
                        <div class="button-row">
                            <button type="submit" class="button small primary">"Save"</button>
                            <button type="button" class="button small" on:click=move |_| { editing.set(None); focus_later(format!("plan-q-{index}-edit")); }>"Cancel"</button>
                        </div>
                    </form>
                </When>
            </div>
            <p class="plan-q-about">
                {if good { view! { <span class="plan-q-ok">"✓ Open and specific"</span> }.into_any() } else { ().into_any() }}
                {question.notes.iter().map(|n| view! { <span class="flag">{n.flag.label()}</span> }.into_any()).collect_view()}
                <span class="plan-q-topic">{about}</span>
            </p>
            {question.notes.iter().map(|n| view! { <p class="plan-note">{n.reason.clone()}</p> }.into_any()).collect_view()}
            {rewrite.map(|r| {
                let (text, old, replace) = (r.clone(), question.text.clone(), replace.clone());
                view! {
                    <p class="plan-rewrite rewrite">"Try: "<em dir="auto">{r}</em><br/>
                        <button type="button" class="button small" id=format!("plan-q-{index}-use")
                            aria-label=format!("Use this for question {number}")
                            on:click=move |_| {
                                replace(text.clone(), "undo");
                                undo.set(Some((index, old.clone())));
                            }
                        >"Use this"</button>
                    </p>
                }.into_any()
            })}
            {move || undo.get().filter(|(i, _)| *i == index).map(|(_, old)| {
                let (text, replace) = (old.clone(), replace.clone());
                view! {
                    <p class="plan-rewrite">"Was: "<span dir="auto">{old}</span><br/>
                        <button type="button" class="button small" id=format!("plan-q-{index}-undo")
                            aria-label=format!("Undo question {number}")
                            on:click=move |_| replace(text.clone(), "use")
                        >"Undo"</button>
                    </p>
                }.into_any()
            })}
            <div class="plan-q-actions" role="group" aria-label=format!("Question {number}: {label_text}")>
                <button type="button" class="link-button" id=format!("plan-q-{index}-edit")
                    on:click=move |_| { draft.set(question.text.clone()); editing.set(Some(index)); focus_later(format!("plan-q-{index}-text")); }
                >"Edit"</button>
                <button type="button" class="link-button" id=format!("plan-q-{index}-up")
                    aria-label=format!("Move up question {number}") prop:disabled=is_first
                    on:click=move |_| move_to(id_up.clone(), index.saturating_sub(1), "up")
                >"Move up"</button>
                <button type="button" class="link-button" id=format!("plan-q-{index}-down")
                    aria-label=format!("Move down question {number}") prop:disabled=is_last
                    on:click=move |_| move_to(id_down.clone(), index + 1, "down")
                >"Move down"</button>
                <button type="button" class="link-button danger-link"
                    aria-label=format!("Remove question {number}")
                    on:click=move |_| { act(PlanAction::RemoveQuestion { id: id_remove.clone(), index }, format!("Question {number} removed.")); focus_later("plan-new-question".to_string()); }
                >"Remove"</button>
            </div>
        </li>
    }
}

/// Focuses the element with this id after the list has been drawn again.
fn focus_later(id: String) {
    request_animation_frame(move || {
        if let Some(el) = document().get_element_by_id(&id) {
            if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
                let _ = el.focus();
            }
        }
    });
}
