use askwell_core::interview::MAX_QUESTION_CHARS;
use leptos::html::Textarea;
use leptos::prelude::*;

/// Where the user types a question. Enter asks, Shift+Enter starts a new line.
#[component]
pub fn QuestionBox(
    /// False once the interview has ended.
    #[prop(into)]
    enabled: Signal<bool>,
    /// Called with the trimmed question; false keeps it in the box (it was refused).
    on_ask: Callback<String, bool>,
    /// What is in the box: the practice keeps it as the session's draft, and the plan beside
    /// it can put the introduction in.
    text: RwSignal<String>,
) -> impl IntoView {
    let field: NodeRef<Textarea> = NodeRef::new();
    let send = move || {
        let q = text.get_untracked().trim().to_string();
        if q.is_empty() || !enabled.get_untracked() {
            return;
        }
        if !on_ask.run(q) {
            return;
        }
        text.set(String::new());
        if let Some(el) = field.get_untracked() {
            let _ = el.focus();
        }
    };
    // Focus the box when the page opens, so typing can start at once.
    Effect::new(move |_| {
        if let Some(el) = field.get() {
            let _ = el.focus();
        }
    });
    view! {
        <form
            class="question-box"
            on:submit=move |ev| {
                ev.prevent_default();
                send();
            }
        >
            <label for="question">"Your question"</label>
            <div class="question-row">
                <textarea
                    id="question"
                    dir="auto"
                    node_ref=field
                    rows="2"
                    maxlength=MAX_QUESTION_CHARS.to_string()
                    placeholder="Ask about their work, their path, the field, or their advice"
                    prop:value=move || text.get()
                    prop:disabled=move || !enabled.get()
                    on:input=move |ev| {
                        text.set(event_target_value(&ev));
                    }
                    on:keydown=move |ev| {
                        if ev.key() == "Enter" && !ev.shift_key() && !ev.is_composing() {
                            ev.prevent_default();
                            send();
                        }
                    }
                ></textarea>
                <button type="submit" class="button primary" prop:disabled=move || !enabled.get()>
                    "Ask"
                </button>
            </div>
            <p class="hint">"Enter to ask, Shift+Enter for a new line."</p>
            // The box stops taking text at the limit; a paste longer than that is cut without a
            // word from the browser, so say so.
            {move || text.with(|t| t.encode_utf16().count() >= MAX_QUESTION_CHARS).then(|| view! {
                <p class="limit-note" role="status">
                    {format!("A question can be at most {MAX_QUESTION_CHARS} characters: anything past that was not kept.")}
                </p>
            }.into_any())}
        </form>
    }
}

/// Puts a question in the box to be adapted, then sent with Enter, and focuses the box (a
/// plan's "Use", a flag's "Ask this instead"). Words already typed there are kept, the text
/// after them (once).
pub fn put_in_box(typed: RwSignal<String>, text: &str) {
    let text = text.trim();
    typed.update(|t| {
        let mine = t.trim_end();
        if mine.is_empty() {
            *t = text.to_string();
        } else if !mine.ends_with(text) {
            *t = format!("{mine} {text}");
        }
    });
    // Setting a text box's value puts its caret at the end (HTML), so Enter or typing goes on
    // from there.
    request_animation_frame(|| crate::focus::focus_after_dismiss("question"));
}
