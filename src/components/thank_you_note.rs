use crate::components::email_actions::EmailActions;
use crate::components::tool_card::ToolCard;
use crate::components::when::When;
use crate::format::{date_time, now_ms};
use crate::state::use_store;
use askwell_core::prepare::{
    thank_you_from_log, EmailDraft, LogAction, PeopleAction, Person, Stage, HOUR_MS,
    MAX_FIELD_CHARS, MAX_TEXT_CHARS, THANK_YOU_WITHIN_MS,
};
use leptos::prelude::*;

/// The thank-you after the latest logged conversation: drafted from the notes (one specific
/// thing that helped, the referral you will contact, a wish to keep in touch), due 48 hours
/// after the conversation. Edit (saved as typed), copy or open in the mail app, then mark it sent.
#[component]
pub fn ThankYouNote(
    /// The person to thank.
    #[prop(into)]
    person: Signal<Person>,
    /// Open when this is the tool for where things stand (`PersonTool::open_for`).
    #[prop(into)]
    open: Signal<bool>,
) -> impl IntoView {
    let store = use_store();
    let latest = Memo::new(move |_| {
        let id = person.with(|p| p.id.clone());
        store.prepared.with(|p| p.logs.latest_for(&id).cloned())
    });
    let suggested = move || {
        latest.with(|l| {
            l.as_ref().and_then(|l| {
                l.thank_you.clone().or_else(|| {
                    store
                        .prepared
                        .with_untracked(|p| thank_you_from_log(l, &p.people))
                })
            })
        })
    };
    let subject = RwSignal::new(String::new());
    let body = RwSignal::new(String::new());
    // Follows the notes until the user types in the draft.
    let touched = RwSignal::new(false);
    Effect::new(move |_| {
        if let Some(d) = suggested() {
            if !touched.get_untracked() {
                subject.set(d.subject);
                body.set(d.body);
            }
        }
    });
    let draft = Signal::derive(move || EmailDraft {
        subject: subject.get(),
        body: body.get(),
    });
    let status = RwSignal::new(String::new());
    // Saved as it is typed (a draft left unsaved was lost on leaving the page).
    let typed = move |set: RwSignal<String>, ev: leptos::ev::Event| {
        touched.set(true);
        set.set(event_target_value(&ev));
        let Some(id) = latest.with_untracked(|l| l.as_ref().map(|l| l.id.clone())) else {
            return;
        };
        let d = draft.get_untracked();
        if let Err(e) =
            store.change_logs(|l| l.apply(LogAction::SaveThankYou { id, draft: Some(d) }))
        {
            status.set(e);
        }
    };
    let mark_sent = move |_| {
        let id = person.get_untracked().id;
        match store.change_people(|p| {
            p.apply(PeopleAction::MoveToStage { id, stage: Stage::Thanked, at_ms: now_ms() })
        }) {
            Ok(()) => status.set("Marked as thanked. A later note on how their advice helped is suggested below, in a few weeks.".into()),
            Err(e) => status.set(e),
        }
    };
    let due = move || {
        latest.with(|l| {
            l.as_ref().map(|l| {
                let due = l.at_ms + THANK_YOU_WITHIN_MS;
                let hours = ((due - now_ms()) / HOUR_MS).round();
                let when = if hours >= 1.0 {
                    format!("{} hours left", askwell_core::decimal::fixed(hours, 0))
                } else {
                    "overdue: send it today".into()
                };
                (format!("Due by {} ({when})", date_time(due)), hours < 1.0)
            })
        })
    };
    let thanked = move || person.with(|p| p.stage() >= Stage::Thanked);
    let to = Signal::derive(move || person.with(|p| p.details.email.clone()));
    view! {
        <ToolCard class="thank-you" heading_id="thanks-heading" title="Thank-you note" open=open>
            <When
                when=move || latest.with(Option::is_some)
                fallback=|| view! {
                    <p class="hint">"Save your notes from the conversation and a thank-you draft appears here, due within 48 hours."</p>
                }
            >
                {move || due().map(|(text, late)| view! {
                    <p class="due" class:late=move || late && !thanked()>
                        {move || if thanked() { "Sent: marked as thanked.".to_string() } else { text.clone() }}
                    </p>
                }.into_any())}
                <div class="field">
                    <label for="thanks-subject">"Subject"</label>
                    <input id="thanks-subject" type="text" dir="auto" maxlength=MAX_FIELD_CHARS.to_string()
                        prop:value=move || subject.get()
                        on:input=move |ev| typed(subject, ev) />
                </div>
                <div class="field">
                    <label for="thanks-body">"Thank-you email"</label>
                    <textarea id="thanks-body" dir="auto" rows="13" maxlength=MAX_TEXT_CHARS.to_string()
                        prop:value=move || body.get()
                        on:input=move |ev| typed(body, ev)></textarea>
                </div>
                <p class="hint">"Saved in this browser as you type."</p>
                <div class="button-row">
                    <When when=move || !thanked()>
                        <button type="button" class="button primary" on:click=mark_sent>"I sent it: mark as thanked"</button>
                    </When>
                </div>
                <EmailActions draft=draft to=to what="thank-you" />
                <p class="hint" role="status" aria-live="polite">{move || status.get()}</p>
            </When>
        </ToolCard>
    }
}
