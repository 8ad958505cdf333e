use crate::components::email_actions::EmailActions;
use crate::components::tool_card::ToolCard;
use crate::format::{date_time, now_ms};
use crate::state::use_store;
use askwell_core::prepare::{
    advice_helped_draft, referral_contacted_draft, EmailDraft, PeopleAction, Person, Stage,
    FOLLOW_UP_AFTER_MS,
};
use leptos::prelude::*;

/// The later notes to a person: a few weeks after the thank-you, how their advice helped;
/// and, for each name they gave that you have since written to, a note telling them so.
/// Each has a draft, Copy and mail-app buttons, and "Mark as done".
#[component]
pub fn FollowUps(
    /// The person the notes go to.
    #[prop(into)]
    person: Signal<Person>,
    /// Open when this is the tool for where things stand (`PersonTool::open_for`).
    #[prop(into)]
    open: Signal<bool>,
) -> impl IntoView {
    let store = use_store();
    let status = RwSignal::new(String::new());
    let advice = move || {
        let p = person.get();
        if p.stage() < Stage::Thanked {
            return None;
        }
        store.prepared.with(|x| {
            let log = x.logs.latest_for(&p.id);
            let from = log
                .map(|l| l.at_ms)
                .or_else(|| p.reached_at(Stage::Talked))
                .or_else(|| p.reached_at(Stage::Thanked))
                .unwrap_or(p.added_at_ms);
            Some((
                advice_helped_draft(&p, log, &x.people.me),
                from + FOLLOW_UP_AFTER_MS,
                p.followed_up_at_ms,
            ))
        })
    };
    let referrals = move || {
        let p = person.get();
        store.prepared.with(|x| {
            x.people
                .referred_by(&p.id)
                .into_iter()
                .filter_map(|r| {
                    let asked = r
                        .reached_at(Stage::Asked)
                        .filter(|_| r.stage() >= Stage::Asked)?;
                    Some((
                        r.id.clone(),
                        referral_contacted_draft(&p, r, &x.people.me),
                        asked,
                        r.told_referrer_at_ms,
                    ))
                })
                .collect::<Vec<_>>()
        })
    };
    let to = Signal::derive(move || person.with(|p| p.details.email.clone()));
    let mark = move |action: PeopleAction, done: &'static str| match store
        .change_people(|p| p.apply(action))
    {
        Ok(()) => status.set(done.into()),
        Err(e) => status.set(e),
    };
    view! {
        <ToolCard class="follow-ups" heading_id="follow-heading" title="Later notes" open=open>
            {move || {
                let advice = advice();
                let referrals = referrals();
                if advice.is_none() && referrals.is_empty() {
                    return view! {
                        <p class="hint">"After the thank-you, a short note a few weeks on (how their advice helped) keeps the connection alive. It will be suggested here, as will a note for each name they gave once you have written to them."</p>
                    }.into_any();
                }
                let id = person.with_untracked(|p| p.id.clone());
                view! {
                    {advice.map(|(draft, due, done)| follow_up_item(
                        "How their advice helped", draft, due, done, to,
                        Callback::new(move |_| mark(PeopleAction::MarkFollowedUp { id: id.clone(), at_ms: now_ms() }, "Marked the follow-up as done.")),
                    ))}
                    {referrals.into_iter().map(|(rid, draft, due, done)| follow_up_item(
                        "Tell them you reached their referral", draft, due, done, to,
                        Callback::new(move |_| mark(PeopleAction::MarkReferrerTold { id: rid.clone(), at_ms: now_ms() }, "Marked as told. Thank you for closing the loop.")),
                    ).into_any()).collect_view()}
                }.into_any()
            }}
            <p class="hint" role="status" aria-live="polite">{move || status.get()}</p>
        </ToolCard>
    }
}

fn follow_up_item(
    title: &'static str,
    draft: EmailDraft,
    due_ms: f64,
    done_ms: Option<f64>,
    to: Signal<String>,
    on_done: Callback<()>,
) -> impl IntoView {
    let subject = draft.subject.clone();
    let body = draft.body.clone();
    let draft = Signal::stored(draft);
    view! {
        <article class="follow-up">
            <h3>{title}</h3>
            {match done_ms {
                Some(at) => view! { <p class="done">{format!("Done on {}.", date_time(at))}</p> }.into_any(),
                None => view! {
                    <p class="due">{format!("Suggested from {}", date_time(due_ms))}</p>
                    <details>
                        <summary>{format!("Draft: {subject}")}</summary>
                        <p class="draft-text" dir="auto">{body}</p>
                    </details>
                    <EmailActions draft=draft to=to what="follow-up" />
                    <button type="button" class="button small" on:click=move |_| on_done.run(())>"Mark as done"</button>
                }.into_any(),
            }}
        </article>
    }
}
