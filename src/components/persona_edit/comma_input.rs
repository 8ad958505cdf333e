use super::use_editor;
use leptos::prelude::*;

/// A text box for a list written with commas (a nugget's keywords, a topic's vocabulary).
/// Every keystroke is applied, so text typed just before the tab closes is saved, yet the box
/// keeps the text as typed ("mentor, " stays while the next word comes): it is rewritten only
/// when the list changes from elsewhere (Undo) or the edit is refused, so it never shows a
/// value that is not the persona's.
#[component]
pub fn CommaInput(
    /// The input's id (its label points to it).
    id: String,
    placeholder: &'static str,
    /// The list as the persona holds it.
    #[prop(into)]
    items: Signal<Vec<String>>,
    /// Also splits at line breaks (pasted lists).
    #[prop(optional)]
    split_lines: bool,
    /// Gets the list on every keystroke.
    on_change: Callback<Vec<String>>,
) -> impl IntoView {
    let editor = use_editor();
    let parse = move |text: &str| -> Vec<String> {
        text.split(|c| c == ',' || (split_lines && c == '\n'))
            .map(|s| s.trim().to_string())
            .filter(|s| !s.is_empty())
            .collect()
    };
    let text = RwSignal::new(items.get_untracked().join(", "));
    // A change made elsewhere (Undo) shows; the user's own typing is left as it is.
    Effect::new(move |_| {
        let list = items.get();
        if text.with_untracked(|t| parse(t)) != list {
            text.set(list.join(", "));
        }
    });
    view! {
        <input
            id=id
            type="text"
            dir="auto"
            placeholder=placeholder
            prop:value=move || text.get()
            on:input=move |ev| {
                let typed = event_target_value(&ev);
                on_change.run(parse(&typed));
                if editor.refusal.with_untracked(Option::is_some) {
                    // Refused (too many, too long): show what is kept, not what was typed.
                    text.set(items.get_untracked().join(", "));
                } else {
                    text.set(typed);
                }
            }
        />
    }
}
