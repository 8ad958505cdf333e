use crate::components::when::When;
use crate::focus::focus_soon;
use askwell_core::custom::MAX_LINE_CHARS;
use leptos::prelude::*;

/// A list of texts to write (answers, follow-ups, greetings, lines): one box each, a Remove
/// beside each, and "Add" below. At least `min_items` boxes show, so an empty list still
/// offers one to type in. The whole list goes to `on_change` on every keystroke; the boxes
/// are only redrawn when the number of items changes, so typing never loses focus.
#[component]
pub fn TextList(
    /// Unique prefix of the boxes' ids (`<prefix>-1`, `<prefix>-2`...).
    id_prefix: String,
    /// What one item is called ("Answer"); the boxes are labelled "Answer 1", "Answer 2".
    item_label: String,
    /// The Add button's text.
    add_label: &'static str,
    #[prop(into)] items: Signal<Vec<String>>,
    on_change: Callback<Vec<String>>,
    #[prop(default = 3)] rows: u32,
    #[prop(default = 1)] min_items: usize,
    #[prop(optional)] placeholder: &'static str,
    /// The list's name, added (unseen) to each box's label so that boxes of different lists
    /// are told apart in a screen reader's list of fields ("Line 1, time is up").
    #[prop(optional)]
    list_name: Option<String>,
    /// Id of the problems shown for this list (for screen readers).
    #[prop(optional)]
    described_by: Option<String>,
) -> impl IntoView {
    let count = Memo::new(move |_| items.with(Vec::len).max(min_items));
    let set = move |i: usize, value: String| {
        let mut list = items.get_untracked();
        if list.len() <= i {
            list.resize(i + 1, String::new());
        }
        list[i] = value;
        on_change.run(list);
    };
    let remove_prefix = StoredValue::new(id_prefix.clone());
    let remove = move |i: usize| {
        let mut list = items.get_untracked();
        if i < list.len() {
            list.remove(i);
            on_change.run(list);
            // The box that took its place, else the one before it.
            let at = |n: usize| format!("{}-{n}", remove_prefix.get_value());
            focus_soon(vec![at(i + 1), at(i.max(1))]);
        }
    };
    let prefix = id_prefix.clone();
    let add = move |_| {
        let mut list = items.get_untracked();
        let n = count.get_untracked();
        list.resize(n + 1, String::new());
        on_change.run(list);
        focus_soon(vec![format!("{prefix}-{}", n + 1)]);
    };
    view! {
        <div class="text-list">
            {move || (0..count.get()).map(|i| {
                let id = format!("{id_prefix}-{}", i + 1);
                let label = format!("{item_label} {}", i + 1);
                let remove_label = match &list_name {
                    Some(name) => format!("Remove {}, {name}", label.to_ascii_lowercase()),
                    None => format!("Remove {}", label.to_ascii_lowercase()),
                };
                let label_for = id.clone();
                let described = described_by.clone();
                view! {
                    <div class="text-item">
                        <label for=label_for>
                            {label}
                            {list_name.clone().map(|name| view! { <span class="visually-hidden">{format!(", {name}")}</span> }.into_any())}
                        </label>
                        <textarea
                            id=id
                            dir="auto"
                            rows=rows.to_string()
                            maxlength=MAX_LINE_CHARS.to_string()
                            placeholder=placeholder
                            aria-describedby=described
                            prop:value=move || items.with(|v| v.get(i).cloned().unwrap_or_default())
                            on:input=move |ev| set(i, event_target_value(&ev))
                        ></textarea>
                        <When when=move || { items.with(|v| i < v.len()) && count.get() > min_items }>
                            <button type="button" class="link-button remove" aria-label=remove_label.clone() on:click=move |_| remove(i)>
                                "Remove"
                            </button>
                        </When>
                    </div>
                }
            }.into_any()).collect_view()}
            <button type="button" class="button small add" on:click=add>{add_label}</button>
        </div>
    }
}
