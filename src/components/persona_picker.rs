use crate::personas::{offered, Source};
use crate::state::use_store;
use askwell_core::persona::short_name;
use askwell_core::PersonaInfo;
use leptos::prelude::*;

/// A radio group of interviewees, each with field, temperament (its "style") and bio, the
/// chosen one's bio unfolding in its card: the shipped ones,
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
            // Narrow screens only (style/main.css): the cards are a row, and only the first shows.
            // "Scroll", not "Swipe": a zoomed laptop has this row too, under a mouse, with no
            // scrollbar to drag, hence the buttons (design review d43 P2-9).
            // One handler for both buttons (a handler each cost the first screen 0.3 KiB).
            <div class="persona-swipe-hint" on:click=scroll_row>
                <p class="hint" aria-hidden="true">
                    // Plain text, not a count: a reactive text costs the first screen (NOTES.md §1).
                    "Scroll sideways to see every interviewee."
                </p>
                <button type="button" class="button row-step" aria-label="Previous interviewees">"‹"</button>
                <button type="button" class="button row-step" aria-label="Next interviewees">"›"</button>
            </div>
            <div class="persona-grid">
                {move || {
                    let all = offered(store);
                    let count = all.len();
                    all.into_iter()
                        .enumerate()
                        .map(|(at, (p, source))| {
                            let place = format!("{} of {count}", at + 1);
                            option(p, source, place, selected, on_pick).into_any()
                        })
                        .collect_view()
                }}
            </div>
            <p class="hint persona-picker-more">
                "Want someone from another field? "
                <a href="#/personas">"Write your own persona"</a>
                ", or import one a friend or your career office shared."
            </p>
        </fieldset>
    }
}

/// One card: a label around the radio (so tapping the card picks it), then "More about <first
/// name>" (the chosen card's only) and the card's place in the row (on phones).
fn option(
    p: PersonaInfo,
    source: Source,
    place: String,
    selected: Signal<String>,
    on_pick: Callback<String>,
) -> impl IntoView {
    let id = p.id.clone();
    let id_for_check = id.clone();
    let input_id = format!("persona-{}", p.id);
    let label_for = input_id.clone();
    view! {
        <div class="persona-option">
            <label class="persona-pick" for=label_for>
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
                    </span>
                    // A labelled line, not a pill: the sentence wrapped inside a pill on a phone.
                    <span class="persona-style">
                        "Style: "{p.temperament.describe()}
                    </span>
                    <span class="persona-bio">{p.bio.clone()}</span>
                </span>
            </label>
            // Unclamps the bio above it (style/main.css), so the whole text is in the card
            // once: a screen reader already reads it all as the radio's label.
            <details class="persona-more">
                <summary>"More about "{short_name(&p.name).to_string()}</summary>
            </details>
            // A radio group already tells a screen reader "2 of 6"; this is for eyes, on the
            // phone's sideways row.
            <span class="persona-place" aria-hidden="true">{place}</span>
        </div>
    }
}

/// "Previous" or "Next" (the second button) pressed: scrolls the persona row by about a card
/// (the snap lands on one).
fn scroll_row(ev: leptos::ev::MouseEvent) {
    use wasm_bindgen::JsCast;
    let Some(button) = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .and_then(|t| t.closest("button").ok().flatten())
    else {
        return;
    };
    let next = button.closest("button + button").ok().flatten().is_some();
    let row = button
        .closest(".persona-picker")
        .ok()
        .flatten()
        .and_then(|f| f.query_selector(".persona-grid").ok().flatten());
    if let Some(row) = row {
        let by = row.get_bounding_client_rect().width() * if next { 0.8 } else { -0.8 };
        row.scroll_by_with_x_and_y(by, 0.0);
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
