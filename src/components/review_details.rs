//! The review below its score: timing, the five outcomes, the questions, etiquette, the
//! people named, the thank-you, the transcript and the way on. `ReviewReport` draws it a task
//! after the score (`Later`): at a phone's speed the whole review took one task of 150-200 ms.

use crate::components::copy_markdown::CopyMarkdown;
use crate::components::practice_contacts::PracticeContacts;
use crate::components::practice_thank_you::PracticeThankYou;
use crate::components::segment_table::SegmentTable;
use crate::components::timing_chart::TimingChart;
use crate::components::transcript::Transcript;
use crate::content::Interviewee;
use crate::format::minutes;
use crate::state::use_store;
use askwell_core::coach::{self, Review};
use askwell_core::interview::{Interview, Status};
use askwell_core::prepare::thank_you_from_practice;
use leptos::prelude::*;
use std::sync::Arc;

/// Everything of the review under the score, "Next time" and listening.
#[component]
pub fn ReviewDetails(
    /// The finished (or abandoned) interview.
    interview: Interview,
    /// The persona's script.
    who: Arc<Interviewee>,
    /// The coach's review of the interview.
    review: Arc<Review>,
    /// Starts a new practice with the same person, length, clock and plan.
    again: Callback<()>,
    /// True while that practice is being made.
    starting: RwSignal<bool>,
) -> impl IntoView {
    let markdown = coach::to_markdown(&interview, &who.persona, &review);
    let actual = interview.actual_seconds(interview.elapsed_s);
    // Details drawn out only: an answer kept for a theme is the reply, not something drawn out.
    let nugget_labels: Vec<(String, &'static str)> = (who.persona.details())
        .map(|n| (n.id.clone(), n.outcome.label()))
        .collect();
    let exchanges = interview.exchanges.clone();
    // People the persona named, for "Add to my people".
    let found: Vec<String> = review
        .outcomes
        .get(askwell_core::topic::Outcome::Contacts)
        .map(|o| o.nuggets_found.clone())
        .unwrap_or_default();
    let contacts = askwell_core::prepare::practice_names(&interview, &who.persona, &found);
    let t = &review.timing;
    let ended_early = t.ended_early();
    let timing_class = if ended_early {
        "verdict"
    } else if t.ended_on_time {
        "verdict good"
    } else {
        "verdict warn"
    };
    let timing_verdict = if ended_early {
        format!(
            "You ended early: {} of the agreed {}. There was room for more questions.",
            minutes(t.actual_s),
            minutes(t.planned_s)
        )
    } else if t.ended_on_time {
        "You ended on time.".to_string()
    } else {
        format!(
            "You ran {} over the agreed time.",
            minutes(t.actual_s - t.planned_s)
        )
    };
    let overruns = (!t.overruns.is_empty()).then(|| {
        let names: Vec<&str> = t.overruns.iter().map(|s| s.label()).collect();
        format!("Ran long: {}.", names.join(", "))
    });
    let questions = &review.questions;
    let again_label = format!("Practise again with {}", who.persona.short_name());
    let transcript_lines = format!("Show transcript · {} lines", 1 + 2 * exchanges.len());
    // The thank-you this practice would earn, once it has ended.
    let thank_you = (interview.status != Status::Active).then(|| {
        let me = use_store().prepared.with_untracked(|p| p.people.me.clone());
        thank_you_from_practice(&interview, &who.persona, &review, &me)
    });
    view! {
        // Timing and outcomes side by side (alike in height); the two whose length varies
        // most run the full width, their lists in two columns, so no card leaves a hole.
        <div class="review-grid">
            <section class="card" aria-labelledby="timing-heading">
                <h2 id="timing-heading">"Timing"</h2>
                <p class=timing_class>{timing_verdict}</p>
                {overruns.map(|o| view! { <p class="overruns">{o}</p> }.into_any())}
                <TimingChart timing=t.clone() />
                <details>
                    <summary>"Minutes per segment"</summary>
                    <SegmentTable plan=interview.plan.clone() actual=actual />
                </details>
            </section>
            <section class="card" aria-labelledby="outcomes-heading">
                <h2 id="outcomes-heading">"The five outcomes"</h2>
                <p class="hint">
                    {format!("You drew out {} of the {} things {} only shares when asked well.",
                        review.outcomes.nuggets_found, review.outcomes.nuggets_total, who.persona.short_name())}
                </p>
                <ul class="checklist">
                    {review.outcomes.items.iter().map(|o| {
                        // Each question once (a question asked again is not a second way in).
                        let by: Vec<String> = o.asked_by(&exchanges, 2).into_iter()
                            .map(|q| format!("“{q}”"))
                            .collect();
                        // Asked for and answered, but no one named: say so, beside the
                        // etiquette item that ticks the asking.
                        let verdict = if o.reached {
                            " reached"
                        } else if o.asked_only() {
                            " asked, but no one was named"
                        } else {
                            " not reached"
                        };
                        view! {
                            <li class=if o.reached { "ok" } else { "missed" }>
                                <span class="mark" aria-hidden="true">{if o.reached { "✓" } else { "○" }}</span>
                                <span>
                                    <strong>{o.outcome.label()}</strong>
                                    {verdict}
                                    {(o.nuggets_total > 0).then(|| format!(
                                        " · {} of {} extra detail{}",
                                        o.nuggets_found.len(),
                                        o.nuggets_total,
                                        if o.nuggets_total == 1 { "" } else { "s" }
                                    ))}
                                    {(!by.is_empty()).then(|| view! { <span class="by">{format!("by {}", by.join(", "))}</span> }.into_any())}
                                </span>
                            </li>
                        }
                    }.into_any()).collect_view()}
                </ul>
            </section>
            <section class="card wide" aria-labelledby="questions-heading">
                <h2 id="questions-heading">"Your questions"</h2>
                <p>
                    // Greetings, the introduction and thanks are not counted: a yes/no form is fine there.
                    {if questions.asked == 0 {
                        "You asked nothing about their work yet.".to_string()
                    } else {
                        format!("{} of your {} question{} about their work {} open, not yes-or-no ({}%).",
                            questions.open, questions.asked, if questions.asked == 1 { "" } else { "s" },
                            if questions.asked == 1 { "was" } else { "were" }, coach::pct(questions.open_share))
                    }}
                    // The header counts every line: say what the difference is.
                    {(questions.total > questions.asked).then(|| {
                        let other = questions.total - questions.asked;
                        format!(" The other {} of your {} lines {} small talk, your introduction or the closing.",
                            other, questions.total, if other == 1 { "was" } else { "were" })
                    })}
                    {format!(" You followed up {} time{}.", questions.follow_ups, if questions.follow_ups == 1 { "" } else { "s" })}
                </p>
                {(questions.flagged.is_empty() && questions.total > 0).then(|| view! {
                    <p class="verdict good">"No question was flagged: none was closed, generic, double or a job ask."</p>
                }.into_any())}
                <ul class="flagged">
                    {questions.flagged.iter().map(|f| view! {
                        <li>
                            <p class="asked">{format!("“{}”", f.question)}</p>
                            // One "Try:" after notes that share it (a job ask's flags all steer
                            // away from the ask), as the Markdown transcript words it.
                            {f.notes.iter().enumerate().map(|(j, n)| {
                                let same_as_next = f.notes.get(j + 1).is_some_and(|m| m.rewrite == n.rewrite);
                                view! {
                                    <p class="note"><span class="flag">{n.flag.label()}</span>" "{n.reason.clone()}</p>
                                    {(!same_as_next).then(|| view! {
                                        <p class="rewrite">"Try: "<em>{n.rewrite.clone()}</em></p>
                                    }.into_any())}
                                }
                            }.into_any()).collect_view()}
                        </li>
                    }.into_any()).collect_view()}
                </ul>
            </section>
            <section class="card wide" aria-labelledby="etiquette-heading">
                <h2 id="etiquette-heading">"Etiquette"</h2>
                <ul class="checklist">
                    // The courtesies the etiquette points count, as its sentence does (ending on
                    // time is scored, and shown, under Timing).
                    {review.etiquette.iter().filter(|e| coach::etiquette_points(e.item) > 0.0).map(|e| view! {
                        <li class=if e.passed { "ok" } else { "missed" }>
                            <span class="mark" aria-hidden="true">{if e.passed { "✓" } else { "○" }}</span>
                            <span><strong>{e.item.label()}</strong><span class="by">{e.detail.clone()}</span></span>
                        </li>
                    }.into_any()).collect_view()}
                </ul>
            </section>
        </div>

        <PracticeContacts
            session_id=interview.id.clone()
            persona_name=who.persona.name.clone()
            contacts=contacts
        />
        {thank_you.map(|first| view! { <PracticeThankYou first=first /> }.into_any())}
        <section aria-labelledby="transcript-heading">
            <div class="transcript-head">
                <h2 id="transcript-heading">"Transcript"</h2>
                <CopyMarkdown text=markdown />
            </div>
            // Folded on a phone, where it made most of the review's length; open on a wider
            // screen and in print where the browser allows (style/main.css, themes.css).
            <details class="transcript-fold">
                <summary>{transcript_lines}</summary>
                <Transcript
                    speaker=who.persona.short_name().to_string()
                    greeting=interview.greeting.clone()
                    exchanges=Signal::derive(move || exchanges.clone())
                    nugget_labels=nugget_labels
                />
            </details>
        </section>
        <p class="review-actions">
            <button type="button" class="button primary" on:click=move |_| again.run(()) prop:disabled=move || starting.get()>
                {again_label}
            </button>
            " "
            <a class="button" href="#/history">"See your progress"</a>
        </p>
    }
}
