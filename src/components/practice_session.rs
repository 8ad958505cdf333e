use crate::components::end_button::EndButton;
use crate::components::later::Later;
use crate::components::persona_card::PersonaCard;
use crate::components::plan_beside::PlanBeside;
use crate::components::question_box::QuestionBox;
use crate::components::timeline::Timeline;
use crate::components::transcript::Transcript;
use crate::components::when::When;
use crate::content::Interviewee;
use crate::format::now_ms;
use crate::route::{navigate, Route};
use crate::state::use_store;
use crate::storage;
use askwell_core::coach::{self, Nudge, NudgeLog};
use askwell_core::interview::{Action, ClockMode, Interview};
use askwell_core::prepare::PlanFor;
use askwell_core::topic::Segment;
use leptos::prelude::*;
use std::time::Duration;

use crate::pages::hand_over;
use std::sync::Arc;

/// A running interview: persona card, timeline, transcript, question box, End.
#[component]
pub fn PracticeSession(
    /// The interview as loaded.
    loaded: Interview,
    /// The persona's script and matcher.
    who: Arc<Interviewee>,
) -> impl IntoView {
    let store = use_store();
    let id = loaded.id.clone();
    let started_at = loaded.started_at_ms;
    let real_clock = loaded.clock == ClockMode::Real;
    let greeting = loaded.greeting.clone();
    // The user's question plan for this persona, shown beside the box when it has questions
    // (opening "Plan your questions" once makes an empty plan: no empty panel for it).
    // A session started from a real person's plan shows that plan instead.
    let plan_for = PlanFor::Persona(loaded.persona_id.clone());
    let chosen_plan = loaded.question_plan.clone();
    let plan = Memo::new(move |_| {
        store.prepared.with(|p| {
            match &chosen_plan {
                Some(id) => p.plans.get(id),
                None => p.plans.for_whom(&plan_for),
            }
            .filter(|plan| !plan.questions.is_empty())
            .cloned()
        })
    });
    // The question being typed, shared by the box and the plan's "Use it", and kept as the
    // session's draft (this tab's sessionStorage too, so a reload keeps it) until it is
    // sent or the interview ends.
    let typed = RwSignal::new(if loaded.is_active() {
        store.draft(&id)
    } else {
        String::new()
    });
    let interview = RwSignal::new(loaded);

    // Real seconds since the start, ticking only for the real clock.
    let now_s = RwSignal::new((now_ms() - started_at) / 1000.0);
    if real_clock {
        if let Ok(handle) = set_interval_with_handle(
            move || now_s.set((now_ms() - started_at) / 1000.0),
            Duration::from_millis(1000),
        ) {
            on_cleanup(move || handle.clear());
        }
    }

    let exchanges = Signal::derive(move || interview.with(|i| i.exchanges.clone()));
    let current = move || interview.with(|i| i.current_segment());
    let clock_s = move || interview.with(|i| i.clock_at(now_s.get()));
    let actual = move || interview.with(|i| i.actual_seconds(now_s.get()));
    let active = Signal::derive(move || interview.with(|i| i.is_active()));
    let paused = Signal::derive(move || interview.with(|i| i.is_paused()));
    let can_ask = Signal::derive(move || active.get() && !paused.get());
    let timer_hidden = RwSignal::new(false);
    let draft_id = id.clone();
    Effect::new(move |_| {
        if active.get() {
            typed.with(|t| store.keep_draft(&draft_id, t));
        } else {
            store.keep_draft(&draft_id, "");
        }
    });

    // Coach nudges: at most one shown, each kind once, never more than one a minute of
    // interview time (the rules live in core::coach). Recording one is a state change, so it
    // happens in an effect; what to show is derived.
    let nudge_log = RwSignal::new(NudgeLog::default());
    let nudge: RwSignal<Option<Nudge>> = RwSignal::new(None);
    Effect::new(move |_| {
        let now = now_s.get();
        // A nudge that stopped being true (its segment ended, the question was asked) goes.
        let stale = nudge.with_untracked(|n| {
            n.as_ref()
                .is_some_and(|n| !interview.with(|i| coach::still_applies(i, now, n)))
        });
        if stale {
            nudge.set(None);
        }
        let next = interview.with(|i| coach::next_nudge(i, now, &nudge_log.get_untracked()));
        if let Some(n) = next {
            let at = interview.with_untracked(|i| i.clock_at(now));
            nudge_log.update(|log| coach::record(log, &n, at));
            nudge.set(Some(n));
            request_animation_frame(crate::focus::show_newest_reply);
        }
    });
    // Each new reply (and the last one when a session reopens) is brought into view: on a
    // phone only a strip of the conversation shows between the timeline and the question box.
    Effect::new(move |shown: Option<usize>| {
        let replies = interview.with(|i| i.exchanges.len());
        if shown != Some(replies) {
            // After the transcript has drawn the new turn.
            request_animation_frame(crate::focus::show_newest_reply);
        }
        replies
    });
    let total_s = move || interview.with(|i| i.plan.total_seconds() as f64);

    // Announced politely when the segment or the time band changes, never every tick. The
    // band's words name the time left when it began (a long answer can jump past a mark).
    // The band's words are kept while it lasts (a new type of Memo would cost the .wasm more).
    let shown_band = Arc::new(std::sync::atomic::AtomicU8::new(0));
    let band_words = Memo::new(move |prev: Option<&String>| {
        let left = total_s() - clock_s();
        let band = coach::time_left_band(left);
        let last = shown_band.swap(band, std::sync::atomic::Ordering::Relaxed);
        match prev {
            Some(p) if last == band => p.clone(),
            _ if band == 0 => String::new(),
            _ => coach::time_left_words(left),
        }
    });
    // Only what changed is said: a new segment, a new time band, a new nudge. A question
    // that changes none of them leaves the region as it was, so nothing is read again
    // ("Present segment." after every question), and a nudge going away says nothing.
    let announcement = RwSignal::new(String::new());
    Effect::new(move |was: Option<(Segment, String, String)>| {
        let now = (
            current(),
            band_words.get(),
            nudge.with(|n| n.as_ref().map(|n| n.text.clone()).unwrap_or_default()),
        );
        if let Some(was) = was {
            let mut say = Vec::new();
            if now.0 != was.0 {
                say.push(format!("{} segment.", now.0.label()));
            }
            if now.1 != was.1 && !now.1.is_empty() {
                say.push(now.1.clone());
            }
            if now.2 != was.2 && !now.2.is_empty() {
                say.push(now.2.clone());
            }
            if !say.is_empty() {
                announcement.set(say.join(" "));
            }
        }
        now
    });

    let persona_name = who.persona.name.clone();
    let save = move || {
        let name = persona_name.clone();
        interview.with_untracked(|i| {
            let mut index = store.index.get_untracked();
            match storage::save_session(i, &name, &mut index) {
                Ok(()) => {}
                Err(e) => store.report(&e),
            }
            store.index.set(index);
            hand_over(i.clone());
        });
    };
    let save_for_ask = save.clone();
    warm_up(interview, who.clone());
    let who_for_ask = who.clone();
    // Why the last question was not asked (too long, session full); cleared by the next one.
    let refusal = RwSignal::new(None::<String>);
    let on_ask = Callback::new(move |text: String| {
        let now = (now_ms() - started_at) / 1000.0;
        let mut outcome = Ok(false);
        interview.update(|i| {
            outcome = i.try_apply(
                &who_for_ask.persona,
                who_for_ask.matcher(),
                Action::Ask { text, now_s: now },
            );
        });
        refusal.set(outcome.as_ref().err().map(ToString::to_string));
        save_for_ask();
        outcome.is_ok()
    });
    let who_for_timer = who.clone();
    let save_for_timer = save.clone();
    let timer_action = move |make: fn(f64) -> Action| {
        let now = (now_ms() - started_at) / 1000.0;
        let mut outcome = Ok(false);
        interview.update(|i| {
            outcome = i.try_apply(&who_for_timer.persona, who_for_timer.matcher(), make(now));
        });
        // "+5 min" past 24 hours is refused: say so where refusals show.
        refusal.set(outcome.err().map(|r| r.to_string()));
        save_for_timer();
    };
    // Callbacks (Copy), so the timer's buttons can be drawn a task later (`Later`).
    let toggle_pause = Callback::new({
        let act = timer_action.clone();
        move |()| {
            if paused.get_untracked() {
                act(|now_s| Action::Resume { now_s });
            } else {
                act(|now_s| Action::Pause { now_s });
            }
        }
    });
    let extend = Callback::new({
        let act = timer_action.clone();
        move |()| act(|_| Action::Extend { minutes: 5 })
    });
    let who_for_end = who.clone();
    let end = Callback::new(move |()| {
        let now = (now_ms() - started_at) / 1000.0;
        interview.update(|i| {
            i.apply(
                &who_for_end.persona,
                who_for_end.matcher(),
                Action::End { now_s: now },
            );
        });
        save();
        // Forgotten now: the page goes before an effect would run.
        let id = interview.with_untracked(|i| i.id.clone());
        store.keep_draft(&id, "");
        navigate(&Route::Review(id));
    });
    let review_href = Route::Review(id.clone()).href();
    let speaker = who.persona.short_name().to_string();

    view! {
        <section class="page practice">
            // The persona card shows who this is; the page still needs its one top heading.
            <h1 class="visually-hidden">{format!("Practice interview with {}", who.persona.name)}</h1>
            <div class="practice-head">
                <PersonaCard persona=who.persona.info() />
                <div class="practice-actions">
                    <span class="clock-mode">
                        {if real_clock { "Real time" } else { "Simulated clock" }}
                    </span>
                    <When
                        when=move || active.get()
                        fallback=move || view! {
                            <a class="button primary" href=review_href.clone()>"See your review"</a>
                        }
                    >
                        <EndButton on_end=end />
                    </When>
                </div>
            </div>
            <Later>
            <div class="timer-controls" role="group" aria-label="Timer">
                <When when=move || active.get()>
                    <button class="button small" on:click=move |_| toggle_pause.run(()) aria-pressed=move || paused.get().to_string()>
                        {move || if paused.get() { "Resume" } else { "Pause" }}
                    </button>
                    <button class="button small" on:click=move |_| extend.run(())>"+5 min"</button>
                </When>
                <button
                    class="button small"
                    aria-pressed=move || timer_hidden.get().to_string()
                    on:click=move |_| timer_hidden.update(|h| *h = !*h)
                >
                    {move || if timer_hidden.get() { "Show timer" } else { "Hide timer" }}
                </button>
                <When when=move || paused.get()>
                    <span class="paused-note" role="status">"Paused: the clock has stopped. Resume to go on."</span>
                </When>
            </div>
            <When when=move || !timer_hidden.get()>
                <Timeline plan=move || interview.with(|i| i.plan.clone()) actual=actual current=current clock_s=clock_s />
            </When>
            </Later>
            <p class="visually-hidden" role="status" aria-live="polite">{move || announcement.get()}</p>
            <div class="practice-body" class:with-plan=move || plan.with(Option::is_some)>
                // Floated beside the conversation on a wide screen (so first here); on a phone
                // placed after it, just above the box (style/plan.css).
                <Later>
                {move || plan.get().map(|p| {
                    let p = StoredValue::new(p);
                    let current = move || plan.get().unwrap_or_else(|| p.get_value());
                    view! {
                        <PlanBeside
                            plan=current
                            interview=interview
                            enabled=can_ask
                            typed=typed
                        />
                    }
                })}
                </Later>
                <div class="practice-main">
                    // After the first paint: the box and the top first, so the browser styles
                    // the page in two frames (NOTES.md section 11).
                    <Later after_paint=true>
                        {request_animation_frame(crate::focus::show_newest_reply)}
                        <Transcript speaker=speaker.clone() greeting=greeting.clone()
                            exchanges=exchanges ask_instead=typed />
                    </Later>
                    <When when=move || !active.get()>
                        <p class="ended-note" role="status">
                            {move || interview.with(interview_end_note)}
                        </p>
                    </When>
                    {move || refusal.get().map(|text| view! {
                        <div class="notice warning" role="alert"><p>{text}</p></div>
                    }.into_any())}
                </div>
                // The coach's nudge sits on the question box, in the sticky footer: under a long
                // answer it was below the fold (a design review, 2026-12-05), and above the
                // transcript it was out of sight once the conversation had grown.
                <div class="composer">
                    {move || nudge.get().map(|n| view! {
                        <p class="nudge">
                            <span class="nudge-label">"Coach: "</span>{n.text}
                            <button class="link-button" on:click=move |_| {
                                nudge.set(None);
                                crate::focus::focus_after_dismiss("question");
                            }>"Dismiss"</button>
                        </p>
                    }.into_any())}
                    <QuestionBox enabled=can_ask on_ask=on_ask text=typed />
                </div>
            </div>
        </section>
    }
}

fn interview_end_note(i: &Interview) -> String {
    match i.status {
        askwell_core::interview::Status::EndedByPersona => {
            "They had to end the call: the interview ran well past the agreed time.".into()
        }
        _ => "This interview has ended.".into(),
    }
}

/// A line no bench or test asks first, so warming up gives the first real question no answer
/// ready-made, only the engine ready.
const WARM_UP_LINE: &str = "Could you tell me a little about your work?";

/// The first question used to pay for decoding the model, building the lexicons' tables and
/// the browser's first compile of the engine's code (about 30 ms on the 2-core dev machine,
/// a long task on a slow phone). Once the page has drawn, they are done ahead, a task each,
/// on a copy of the interview that is then dropped, so the first reply costs what any does.
fn warm_up(interview: RwSignal<Interview>, who: Arc<Interviewee>) {
    if !interview.with_untracked(Interview::is_active) {
        return;
    }
    let mut copy = interview.get_untracked();
    leptos::task::spawn_local(async move {
        crate::tasks::after_next_paint().await;
        // Decoding the shipped model is a task of its own, the persona's matcher the next.
        askwell_core::understand::builtin();
        crate::tasks::yield_to_browser().await;
        let matcher = who.matcher();
        crate::tasks::yield_to_browser().await;
        matcher.understand(WARM_UP_LINE);
        crate::tasks::yield_to_browser().await;
        let ask = Action::Ask {
            text: WARM_UP_LINE.to_string(),
            now_s: 0.0,
        };
        let _ = copy.try_apply(&who.persona, matcher, ask);
    });
}
