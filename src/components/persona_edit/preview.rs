use super::{capitalized, use_editor};
use crate::components::when::When;
use crate::content::engine_safe;
use crate::format::now_ms;
use askwell_core::conversation::ReplyKind;
use askwell_core::interview::{Action, ClockMode, Exchange, Interview, MAX_QUESTION_CHARS};
use leptos::prelude::*;

/// A try-out chat beside the editor: the persona as it stands answers, and each reply says
/// which topic the question was understood as, so the author sees what a student will get.
/// Nothing here is saved; "Start over" begins again with the latest wording.
#[component]
pub fn PersonaPreview() -> impl IntoView {
    let editor = use_editor();
    let fresh = move || {
        let persona = engine_safe(editor.persona.get_untracked());
        Interview::new("preview", &persona, 60, ClockMode::Simulated, now_ms())
    };
    let interview = RwSignal::new(fresh());
    let text = RwSignal::new(String::new());
    let refusal = RwSignal::new(None::<String>);
    let send = move || {
        let question = text.get_untracked().trim().to_string();
        if question.is_empty() {
            return;
        }
        // The latest wording, made safe to run (a topic with no answer says so).
        let persona = engine_safe(editor.persona.get_untracked());
        let matcher = persona.matcher();
        let mut outcome = Ok(false);
        interview.update(|i| {
            outcome = i.try_apply(
                &persona,
                &matcher,
                Action::Ask {
                    text: question,
                    now_s: 0.0,
                },
            );
        });
        refusal.set(outcome.err().map(|r| r.to_string()));
        text.set(String::new());
    };
    let exchanges = move || interview.with(|i| i.exchanges.clone());
    let ended = move || interview.with(|i| !i.is_active());
    view! {
        <section class="card pe-preview" aria-labelledby="pe-preview-heading">
            <div class="pe-preview-head">
                <h2 id="pe-preview-heading">"Try it"</h2>
                <button type="button" class="button small" on:click=move |_| {
                    interview.set(fresh());
                    refusal.set(None);
                }>"Start over"</button>
            </div>
            <p class="hint">"Ask what a student would. Nothing here is saved as a practice."</p>
            <div role="log" aria-live="polite" aria-label="Try-out conversation">
                <ol class="pe-preview-turns">
                    <li class="turn persona"><p>{move || interview.with(|i| i.greeting.clone())}</p></li>
                    {move || exchanges().into_iter().map(|e| turn(e).into_any()).collect_view()}
                </ol>
            </div>
            <When when=ended>
                <p class="hint" role="status">"This try-out has ended. Start over to ask more."</p>
            </When>
            {move || refusal.get().map(|t| view! { <div class="notice warning" role="alert"><p>{t}</p></div> }.into_any())}
            <form class="pe-preview-ask" on:submit=move |ev| { ev.prevent_default(); send(); }>
                <label for="pe-preview-question">"Try a question"</label>
                <div class="question-row">
                    <textarea
                        id="pe-preview-question"
                        dir="auto"
                        rows="2"
                        maxlength=MAX_QUESTION_CHARS.to_string()
                        placeholder="What does a typical day look like for you?"
                        prop:value=move || text.get()
                        on:input=move |ev| text.set(event_target_value(&ev))
                        on:keydown=move |ev| {
                            if ev.key() == "Enter" && !ev.shift_key() && !ev.is_composing() {
                                ev.prevent_default();
                                send();
                            }
                        }
                    ></textarea>
                    <button type="submit" class="button primary" prop:disabled=ended>"Ask"</button>
                </div>
            </form>
        </section>
    }
}

fn turn(e: Exchange) -> impl IntoView {
    let understood = match e.kind {
        ReplyKind::Clarify => format!(
            "Not sure: asked which you meant (first guess: {})",
            e.topic.label()
        ),
        ReplyKind::Rephrase => "Not understood: asked you to rephrase".to_string(),
        ReplyKind::FollowUp => format!(
            "Understood as: {} (follow-up)",
            capitalized(e.topic.label())
        ),
        _ => format!("Understood as: {}", capitalized(e.topic.label())),
    };
    view! {
        <li class="turn user"><p dir="auto">{e.question}</p></li>
        <li class="turn persona">
            <p>{e.reply}</p>
            <p class="pe-understood">{understood}</p>
        </li>
    }
}
