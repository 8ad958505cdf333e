use crate::personas::{offered, Source};
use crate::state::use_store;
use askwell_core::PersonaInfo;
use leptos::prelude::*;

/// A radio group of interviewees, each with field, temperament and bio: the shipped ones,
/// then the user's own ready ones ("Yours") and the deployment's hosted ones ("From your
/// organisation").
#[component]
pub fn PersonaPicker(
    /// The chosen persona id.
    #[prop(into)]
    selected: Signal<String>,
    /// Called with a persona id when the user picks one.
    on_pick: Callback<String>,
) -> impl IntoView {
    let store = use_store();
    view! {
        <fieldset class="persona-picker">
            <legend>"Who would you like to talk to?"</legend>
            // Phones only (style/main.css): the cards are a row, and only the first shows.
            <p class="hint persona-swipe-hint" aria-hidden="true">
                // Plain text, not a count: a reactive text costs the first screen (NOTES.md §1).
                "Swipe sideways to see every interviewee."
            </p>
            <div class="persona-grid">
                {move || {
                    offered(store)
                        .into_iter()
                        .map(|(p, source)| option(p, source, selected, on_pick).into_any())
                        .collect_view()
                }}
            </div>
            // The chosen one's whole bio (each card shows a taste): here, not in its card, so
            // choosing resizes no card; folded, as it repeated the card's start above Start.
            <details class="persona-chosen">
                <summary>"Read the whole bio"</summary>
                <p>
                    {move || {
                        let id = selected.get();
                        let chosen = offered(store).into_iter().find(|(p, _)| p.id == id);
                        chosen.map(|(p, _)| p.bio).unwrap_or_default()
                    }}
                </p>
            </details>
            <p class="hint persona-picker-more">
                "Want someone from another field? "
                <a href="#/personas">"Write your own persona"</a>
                ", or import one a friend or your career office shared."
            </p>
        </fieldset>
    }
}

fn option(
    p: PersonaInfo,
    source: Source,
    selected: Signal<String>,
    on_pick: Callback<String>,
) -> impl IntoView {
    let id = p.id.clone();
    let id_for_check = id.clone();
    let input_id = format!("persona-{}", p.id);
    let label_for = input_id.clone();
    view! {
        <label class="persona-option" for=label_for>
            <input
                type="radio"
                name="persona"
                id=input_id
                value=id.clone()
                prop:checked=move || selected.get() == id_for_check
                on:change=move |ev| {
                    on_pick.run(id.clone());
                    bring_into_view(&ev);
                }
            />
            <span class="persona-option-body">
                <span class="persona-name">{p.name.clone()}</span>
                <span class="persona-role">{p.role.clone()}", "{p.organization.clone()}</span>
                <span class="persona-meta">
                    {source.badge().map(|b| view! { <span class="badge source">{b}</span> }.into_any())}
                    <span class="badge">{p.field.clone()}</span>
                    <span class=format!("badge temperament {}", p.temperament.id())>
                        {p.temperament.describe()}
                    </span>
                </span>
                <span class="persona-bio">{p.bio.clone()}</span>
            </span>
        </label>
    }
}

/// On a phone the personas are a row that scrolls sideways: an arrow key that picks a card
/// mostly out of view (its radio already showing) scrolls the row to show the whole card.
fn bring_into_view(ev: &leptos::ev::Event) {
    use wasm_bindgen::JsCast;
    if let Some(input) = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
    {
        show_card(&input);
    }
}

/// Scrolls the phone's persona row to show the card whose radio has this id (a persona
/// picked for the user, as Home's "Continue" does); false when there is no such radio.
pub fn show_picked(input_id: &str) -> bool {
    let input = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(input_id));
    input.map(|input| show_card(&input)).is_some()
}

fn show_card(input: &web_sys::Element) {
    let Some(card) = input.closest(".persona-option").ok().flatten() else {
        return;
    };
    let Some(row) = card.closest(".persona-grid").ok().flatten() else {
        return;
    };
    let (c, r) = (
        card.get_bounding_client_rect(),
        row.get_bounding_client_rect(),
    );
    // The row's side padding (style/main.css) is kept as a margin.
    const EDGE_PX: f64 = 14.0;
    if c.left() < r.left() || c.right() > r.right() {
        row.scroll_by_with_x_and_y(c.left() - r.left() - EDGE_PX, 0.0);
    }
}
