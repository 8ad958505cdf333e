//! Starting a practice and opening a question plan: shared by Home and the plan page, so a
//! practice started from a plan is made exactly as one started from Home.

use crate::content;
use crate::format::now_ms;
use crate::route::{navigate, Route};
use crate::state::{NoticeKind, Store};
use crate::storage::{self, StorageError};
use askwell_core::interview::{ClockMode, Interview};
use askwell_core::prepare::{PlanAction, PlanFor};
use leptos::prelude::*;

/// What a new practice is: with whom, how long, on which clock, and the question plan shown
/// beside it when that is not the persona's own (a plan for a real person, rehearsed).
#[derive(Debug, Clone)]
pub struct NewPractice {
    pub persona_id: String,
    pub minutes: u32,
    pub clock: ClockMode,
    pub question_plan: Option<String>,
}

impl NewPractice {
    /// A practice with the persona's own plan, if there is one.
    pub fn with(persona_id: String, minutes: u32, clock: ClockMode) -> NewPractice {
        NewPractice {
            persona_id,
            minutes,
            clock,
            question_plan: None,
        }
    }
}

/// Loads the persona, saves a new session and opens it. `busy` is true meanwhile (a second
/// press does nothing); problems are told through the store.
pub fn start_practice(store: Store, practice: NewPractice, busy: RwSignal<bool>) {
    if busy.get_untracked() {
        return;
    }
    busy.set(true);
    // A user who goes elsewhere while the practice is being made (the wait can be seconds on
    // a slow link) has left it, even if they came back, and is not pulled into it.
    let pressed_on = crate::route::moves();
    leptos::task::spawn_local(async move {
        // A new session joins the saved list: never before that list is read.
        if let Err(why) = store.until_saved().await {
            tell_unless_left(store, why.to_string(), pressed_on);
            busy.set(false);
            return;
        }
        match crate::chunk!(begin_practice(store, practice, busy, pressed_on)) {
            Ok(task) => {
                // The interview chunk was just instantiated: its first calls compile on the
                // main thread, so the work goes on in a task of its own.
                crate::tasks::yield_to_browser().await;
                task.await
            }
            Err(why) => {
                tell_unless_left(store, why.to_string(), pressed_on);
                busy.set(false);
            }
        }
    });
}

/// As [`tell_in_sight`], unless the user has gone elsewhere since pressing: a practice they
/// left is not theirs to hear about, and the page they are on is not scrolled.
fn tell_unless_left(store: Store, text: String, pressed_on: u32) {
    if crate::route::moves() == pressed_on {
        tell_in_sight(store, text);
    }
}

/// Tells why a practice could not start, and brings the message into sight: it sits at the
/// top of the page, and on a phone the user pressed Start far below it. Said anew, so it is
/// the last notice (the one scrolled to) even when the same words are already shown higher up.
fn tell_in_sight(store: Store, text: String) {
    store.notify_again(NoticeKind::Error, text);
    request_animation_frame(|| {
        let shown = document().query_selector(".notices .notice:last-child");
        if let Ok(Some(notice)) = shown {
            notice.scroll_into_view();
        }
    });
}

/// The work of [`start_practice`], in the interview chunk with the engine it needs.
pub async fn begin(store: Store, practice: NewPractice, busy: RwSignal<bool>, pressed_on: u32) {
    {
        let who = match content::load(&practice.persona_id).await {
            Ok(who) => who,
            Err(message) => {
                tell_unless_left(store, message, pressed_on);
                busy.set(false);
                return;
            }
        };
        // Reading the persona was this task; the session is made and saved in the next.
        crate::tasks::yield_to_browser().await;
        if crate::route::moves() != pressed_on {
            // Gone elsewhere while it loaded: nothing is made, and Start is free again.
            busy.set(false);
            return;
        }
        let started = now_ms();
        let new_id = || storage::new_session_id(started);
        let mut interview = Interview::new(
            new_id(),
            &who.persona,
            practice.minutes,
            practice.clock,
            started,
        );
        interview.question_plan = practice.question_plan;
        let mut index = store.index.get_untracked();
        let mut saved = storage::create_session(&interview, &who.persona.name, &mut index);
        if saved == Err(StorageError::Taken) {
            // A random suffix collided: one more draw is all it takes.
            interview.id = new_id();
            saved = storage::create_session(&interview, &who.persona.name, &mut index);
        }
        if let Err(e) = saved {
            store.notify(NoticeKind::Warning, e.to_string());
        }
        let id = interview.id.clone();
        crate::pages::hand_over(interview);
        // Drawing the practice page (its first calls compiled on the main thread) is a task
        // of its own; the saved list changes once the page is there, so Home does not redraw
        // its list on the way out.
        crate::tasks::yield_to_browser().await;
        busy.set(false);
        if crate::route::moves() != pressed_on {
            // Left in that last moment: the practice is made and listed, but not opened.
            crate::pages::drop_hand_over(&id);
            store.index.set(index);
            return;
        }
        crate::route::navigated(&Route::Practice(id)).await;
        store.index.set(index);
    }
}

/// Opens the plan for `whom`, making one (of `minutes`) when there is none yet. One plan per
/// person or persona: a practice finds its plan by persona.
/// `busy` is true while its code loads (seconds on a slow link); as with Start, a user who
/// goes elsewhere meanwhile has left and is not pulled into the plan.
pub fn open_plan(store: Store, whom: PlanFor, minutes: u32, busy: RwSignal<bool>) {
    if busy.get_untracked() {
        return;
    }
    busy.set(true);
    let pressed_on = crate::route::moves();
    leptos::task::spawn_local(async move {
        // Making a plan saves the list of plans: never before that list is read.
        let opened = match store.until_saved().await {
            Ok(()) => crate::chunk!(plan_open(store, whom, minutes, pressed_on)),
            Err(why) => Err(why),
        };
        if let Err(why) = opened {
            tell_unless_left(store, why.to_string(), pressed_on);
        }
        busy.set(false);
    });
}

/// The work of [`open_plan`], in the plan chunk with the reducer it needs.
pub fn open_plan_now(store: Store, whom: PlanFor, minutes: u32, pressed_on: u32) {
    if crate::route::moves() != pressed_on {
        return;
    }
    let existing = store
        .prepared
        .with_untracked(|p| p.plans.for_whom(&whom).map(|plan| plan.id.clone()));
    let id = match existing {
        Some(id) => id,
        None => {
            let id = new_plan_id();
            let made = store.change_plans(|plans| {
                plans.apply(PlanAction::Create {
                    id: id.clone(),
                    for_whom: whom,
                    minutes,
                })
            });
            if let Err(why) = made {
                store.notify(NoticeKind::Warning, why);
                return;
            }
            id
        }
    };
    navigate(&Route::Plan(id));
}

/// "plan-" and a time stamp with a random suffix, like session ids.
fn new_plan_id() -> String {
    let suffix = (js_sys::Math::random() * 1_679_616.0) as u32;
    format!("plan-{}-{suffix:x}", now_ms() as u64)
}
