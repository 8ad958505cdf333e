//! Where focus and scrolling go when the screen changes, for keyboard and screen-reader users
//! and for phones, where only a strip of the conversation is visible.

use leptos::prelude::*;
use web_sys::Element;

/// Space kept between a reply and the sticky bars around it, in CSS pixels.
const GAP_PX: f64 = 8.0;

fn find(selector: &str) -> Option<Element> {
    document().query_selector(selector).ok().flatten()
}

/// After an in-app navigation: start at the top and move focus to the new page's heading (or
/// its main region while the page is still loading), so keyboard and screen-reader users land
/// on the new page, not on the link they left. A page that already focused one of its own
/// controls (the question box) keeps it.
pub fn focus_new_page() {
    let Some(main) = find("main") else {
        return;
    };
    FOCUS_PENDING.with(|p| p.set(true));
    // The control that has focus now may be the old page's (End now, taking the user to the
    // review): once the new page is drawn, focus that fell out of the page goes to its heading.
    request_animation_frame(|| {
        let Some(main) = find("main") else {
            return;
        };
        if focused_in(&main).is_none() {
            focus_heading(&main);
        }
    });
    if let Some(active) = document().active_element() {
        if active != main && main.contains(Some(&active)) {
            return;
        }
    }
    focus_heading(&main);
}

thread_local! {
    /// A route change whose page may still be loading (a chunk in a split build).
    static FOCUS_PENDING: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// A page loaded on demand is in place: if the route change before it could not yet give
/// its heading focus (focus sits on `main`, on nothing, or on a control that has gone), do
/// it now. A control the page focused itself (the question box) keeps focus.
pub fn page_loaded() {
    // After the next layout, when the page is surely in the document.
    request_animation_frame(|| {
        if !FOCUS_PENDING.with(|p| p.replace(false)) {
            return;
        }
        let Some(main) = find("main") else {
            return;
        };
        if focused_in(&main).is_none_or(|active| active == main) {
            focus_heading(&main);
        }
    });
}

/// What has focus, if it is in the page (`main` or inside it) and still in the document.
fn focused_in(main: &Element) -> Option<Element> {
    let active = document().active_element()?;
    (active.is_connected() && main.contains(Some(&active))).then_some(active)
}

/// Moves focus to the page's heading, when the control that had it goes away (a deleted row).
pub fn focus_page_heading() {
    if let Some(main) = find("main") {
        focus_heading(&main);
    }
}

fn focus_heading(main: &Element) {
    window().scroll_to_with_x_and_y(0.0, 0.0);
    let target = main
        .query_selector("h1")
        .ok()
        .flatten()
        .unwrap_or_else(|| main.clone());
    if target.get_attribute("tabindex").is_none() {
        let _ = target.set_attribute("tabindex", "-1");
    }
    if let Ok(el) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(target) {
        let _ = el.focus();
    }
}

/// Brings the newest reply into view between the sticky timeline above and the sticky
/// footer below (the question box, with the coach's nudge on it): all of it when it fits,
/// otherwise its first lines. Instant, never animated.
pub fn show_newest_reply() {
    let Some(reply) = find(".transcript .turn.persona:last-child") else {
        return;
    };
    let r = reply.get_bounding_client_rect();
    let (top, bottom_edge) = (r.top(), r.bottom());
    let timeline = find(".timeline").map(|t| t.get_bounding_client_rect());
    // Once the page scrolls, the timeline sticks to the top with its own height.
    let visible_top = timeline.as_ref().map_or(0.0, |t| t.bottom().max(0.0));
    let stuck_top = timeline.as_ref().map_or(0.0, |t| t.height());
    let view_height = document()
        .document_element()
        .map_or(0.0, |e| f64::from(e.client_height()));
    // The box sticks to the bottom with its own height. Right after a new turn is drawn,
    // Chromium can still report it where it sat before (lower, when the conversation was
    // shorter than the screen), which left the end of a reply that fits behind it: take the
    // higher of the two.
    let bottom = find(".composer").map_or(view_height, |q| {
        let b = q.get_bounding_client_rect();
        b.top().min(view_height - b.height())
    });
    if top >= visible_top && bottom_edge <= bottom {
        return;
    }
    let delta = if bottom_edge - top + 2.0 * GAP_PX <= bottom - stuck_top {
        bottom_edge + GAP_PX - bottom
    } else {
        top - GAP_PX - stuck_top
    };
    window().scroll_by_with_x_and_y(0.0, delta);
}

/// Puts focus on the element with `id` (or on the main region when it is gone), for a button
/// that removes itself (without this, focus falls to the page's start) or hands over to a box.
pub fn focus_after_dismiss(id: &str) {
    let target = document().get_element_by_id(id).or_else(|| find("main"));
    if let Some(el) =
        target.and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(t).ok())
    {
        let _ = el.focus();
    }
}

/// Focuses the first of `ids` on the page once the next frame is drawn: after a list or a
/// control redraws, focus goes to the new box, or to the one that took the removed
/// one's place, instead of falling back to the page.
pub fn focus_soon(ids: Vec<String>) {
    request_animation_frame(move || {
        let el = ids
            .iter()
            .find_map(|id| document().get_element_by_id(id))
            .and_then(|el| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(el).ok());
        if let Some(el) = el {
            let _ = el.focus();
        }
    });
}
