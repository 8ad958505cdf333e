use crate::components::about_me::AboutMeEditor;
use crate::components::email_actions::EmailActions;
use crate::components::tool_card::ToolCard;
use crate::state::use_store;
use askwell_core::prepare::{
    check_outreach, draft_outreach, EmailDraft, PeopleAction, Person, MAX_FIELD_CHARS,
    MAX_TEXT_CHARS, OUTREACH_MAX_WORDS, OUTREACH_MIN_WORDS,
};
use leptos::prelude::*;

/// Minutes asked for in the suggested draft (the guides: 15-30).
const ASK_MINUTES: u32 = 20;

/// The outreach email to one person: prefilled with a draft in the guides' shape (who you
/// are, how you found them, exploring not job hunting, a small request), checked as you type
/// with a plain hint per check, then copied, opened in the mail app, or saved as a draft.
#[component]
pub fn OutreachComposer(
    /// The person written to.
    #[prop(into)]
    person: Signal<Person>,
    /// Who referred them, by name (named in the subject line when there is one).
    #[prop(into)]
    referrer: Signal<Option<String>>,
    /// Open when this is the tool for where things stand (`PersonTool::open_for`).
    #[prop(into)]
    open: Signal<bool>,
) -> impl IntoView {
    let store = use_store();
    let me = move || store.prepared.with(|p| p.people.me.clone());
    let suggestion = move || {
        draft_outreach(
            &person.get_untracked(),
            referrer.get_untracked().as_deref(),
            &me(),
            ASK_MINUTES,
        )
    };
    let start = person.get_untracked().outreach.unwrap_or_else(suggestion);
    let subject = RwSignal::new(start.subject);
    let body = RwSignal::new(start.body);
    // Untouched and never saved: the suggestion follows the user's self-description.
    let touched = RwSignal::new(person.get_untracked().outreach.is_some());
    Effect::new(move |_| {
        let _ = store.prepared.with(|p| p.people.me.clone());
        if !touched.get_untracked() {
            let s = suggestion();
            subject.set(s.subject);
            body.set(s.body);
        }
    });
    let draft = Signal::derive(move || EmailDraft {
        subject: subject.get(),
        body: body.get(),
    });
    let checks = Memo::new(move |_| {
        person.with(|p| check_outreach(&draft.get(), p, referrer.get().as_deref()))
    });
    let passed = move || checks.with(|c| c.iter().filter(|x| x.passed).count());
    let saved = move || person.with(|p| p.outreach.as_ref() == Some(&draft.get()));
    let status = RwSignal::new(String::new());
    let save = move |_| {
        let id = person.get_untracked().id;
        let d = draft.get_untracked();
        match store.change_people(|p| p.apply(PeopleAction::SaveOutreach { id, draft: Some(d) })) {
            Ok(()) => status.set("Draft saved. It will be here when you come back.".into()),
            Err(e) => status.set(e),
        }
    };
    let fresh = move |_| {
        let s = suggestion();
        subject.set(s.subject);
        body.set(s.body);
        status.set(
            "A fresh suggested draft is in the box. Your saved draft is unchanged until you save."
                .into(),
        );
    };
    let to = Signal::derive(move || person.with(|p| p.details.email.clone()));
    view! {
        <ToolCard class="outreach" heading_id="outreach-heading" title="Write to them" open=open>
            <AboutMeEditor />
            <div class="outreach-grid">
                <div class="outreach-edit">
                    <div class="field">
                        <label for="outreach-subject">"Subject"</label>
                        <input id="outreach-subject" type="text" dir="auto" maxlength=MAX_FIELD_CHARS.to_string()
                            prop:value=move || subject.get()
                            on:input=move |ev| { touched.set(true); subject.set(event_target_value(&ev)); } />
                    </div>
                    <div class="field">
                        <label for="outreach-body">"Email"</label>
                        <textarea id="outreach-body" dir="auto" rows="14" maxlength=MAX_TEXT_CHARS.to_string()
                            aria-describedby="outreach-checks-summary"
                            prop:value=move || body.get()
                            on:input=move |ev| { touched.set(true); body.set(event_target_value(&ev)); }></textarea>
                    </div>
                    <div class="button-row">
                        <button type="button" class="button primary" on:click=save prop:disabled=saved>
                            {move || if saved() { "Draft saved" } else { "Save draft" }}
                        </button>
                        <button type="button" class="button" on:click=fresh>"Suggest a fresh draft"</button>
                    </div>
                    <EmailActions draft=draft to=to what="outreach" />
                    <p class="hint" role="status" aria-live="polite">{move || status.get()}</p>
                </div>
                <div class="outreach-checks">
                    <h3>"Checks as you write"</h3>
                    <p id="outreach-checks-summary" class="check-summary" role="status">
                        {move || format!("{} of {} checks pass", passed(), checks.with(Vec::len))}
                    </p>
                    <ul class="checklist outreach-checklist">
                        {move || checks.get().into_iter().map(|c| view! {
                            <li class=if c.passed { "ok" } else { "missed" } data-rule=format!("{:?}", c.rule)>
                                <span class="mark" aria-hidden="true">{if c.passed { "✓" } else { "○" }}</span>
                                <span>
                                    <strong>{c.rule.label()}</strong>
                                    <span class="visually-hidden">{if c.passed { ": passes." } else { ": needs work." }}</span>
                                    <span class="by">{c.hint}</span>
                                </span>
                            </li>
                        }.into_any()).collect_view()}
                    </ul>
                    <p class="hint">
                        {format!("The guides' emails are short ({OUTREACH_MIN_WORDS}-{OUTREACH_MAX_WORDS} words), name who sent you, and ask for {ASK_MINUTES} minutes or so, not a job.")}
                    </p>
                </div>
            </div>
        </ToolCard>
    }
}
