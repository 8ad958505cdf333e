use crate::components::persona_picker::show_picked;
use crate::format::{date_time, minutes};
use crate::pages::home::HomeChoice;
use crate::route::Route;
use crate::state::use_store;
use askwell_core::interview::Status;
use askwell_core::store::SessionSummary;
use askwell_core::timing::LENGTHS;
use leptos::prelude::*;

/// For a returning user, first on Home: the unfinished interview to resume, or else the last
/// one's review (the next practice is one tap away in the start bar, preselected). It also picks the last session's persona, length and clock in
/// the start form, read from the saved sessions (no setting of its own to store). Drawn once
/// the saved data is read; nothing when there are no sessions.
/// (A plain function, not a `#[component]`: it is drawn once and has no props to track.)
pub fn continue_card(choice: HomeChoice) -> AnyView {
    let store = use_store();
    let (last, unfinished) = store.index.with_untracked(|i| {
        let unfinished = i.sessions.iter().find(|s| s.status == Status::Active);
        (i.sessions.first().cloned(), unfinished.cloned())
    });
    let Some(last) = last else {
        return ().into_any();
    };
    preselect(choice, &last);
    // One view with its texts chosen here: each view shape costs the practice's download
    // its own drawing code (NOTES.md §1).
    // Resuming is the main action; a review is not (Start is, below).
    let (what, s, href, action, class) = match &unfinished {
        Some(s) => (
            "Unfinished interview with ",
            s,
            Route::Practice(s.id.clone()),
            "Resume",
            "button primary",
        ),
        None => (
            "Your last interview: ",
            &last,
            Route::Review(last.id.clone()),
            "See its review",
            "button",
        ),
    };
    let text = format!(
        "{what}{}, {}: {} of {} planned.",
        s.persona_name,
        date_time(s.started_at_ms),
        minutes(s.actual_s),
        s.planned_minutes,
    );
    // A practice opened and left before a first question is nothing to resume: it can go
    // from here (it stood first on Home, with Data's list the only way to delete it).
    let empty = unfinished
        .as_ref()
        .filter(|s| s.questions == 0)
        .map(|s| s.id.clone());
    let discard = empty.map(|id| {
        view! { <button type="button" class="button" on:click=move |_| discard(&id)>"Discard"</button> }
    });
    view! {
        <section class="card continue">
            <h2>"Continue"</h2>
            <p>{text}</p>
            <div class="continue-actions">
                <a class=class href=href.href()>{action}</a>
                {discard}
            </div>
        </section>
    }
    .into_any()
}

/// Picks the last session's persona, length and clock, unless the user has already pressed,
/// tapped or typed in the form (the saved data can arrive after a quick first pick, even a
/// pick of the persona already shown as chosen) or that persona is gone. The picker has drawn
/// the user's own personas by now: the lists are drawn a task after the saved data.
fn preselect(choice: HomeChoice, last: &SessionSummary) {
    // A persona that can no longer be practised has no radio to show.
    if choice.touched.get_untracked() || !show_picked(&format!("persona-{}", last.persona_id)) {
        return;
    }
    choice.persona.set(last.persona_id.clone());
    if LENGTHS.contains(&last.planned_minutes) {
        choice.length.set(last.planned_minutes);
    }
    choice.clock.set(last.clock);
}

/// Deletes the unfinished practice `id` that has no questions, and draws Home again.
#[inline(never)]
fn discard(id: &str) {
    let store = use_store();
    if store.delete_session(id) {
        store.notify(
            crate::state::NoticeKind::Info,
            "The practice with no questions was discarded.",
        );
    }
    // Home is drawn again from the list, and the button that had focus is gone.
    store.epoch.update(|n| *n += 1);
    crate::focus::focus_page_heading();
}
