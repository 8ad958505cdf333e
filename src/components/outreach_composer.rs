use crate::components::about_me::AboutMeEditor;
use crate::components::email_actions::EmailActions;
use crate::components::tool_card::ToolCard;
use crate::components::when::When;
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
/// with a plain hint per check, saved as it is typed, then copied or opened in the mail app.
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
    let status = RwSignal::new(String::new());
    // Saved as it is typed, as the plan's introduction is: a draft left unsaved was lost
    // when the user went to another page (a design review, 2026-12-07).
    let save = move || {
        touched.set(true);
        let id = person.get_untracked().id;
        let d = draft.get_untracked();
        if let Err(e) =
            store.change_people(|p| p.apply(PeopleAction::SaveOutreach { id, draft: Some(d) }))
        {
            status.set(e);
        }
    };
    // The words a fresh suggestion replaced, until the user types again.
    let replaced = RwSignal::new(None::<EmailDraft>);
    let typed = move |set: RwSignal<String>, ev: leptos::ev::Event| {
        set.set(event_target_value(&ev));
        replaced.set(None);
        save();
    };
    let fresh = move |_| {
        let s = suggestion();
        let before = draft.get_untracked();
        if s == before {
            status.set("This is the suggested draft already.".into());
            return;
        }
        subject.set(s.subject);
        body.set(s.body);
        replaced.set(Some(before));
        save();
        status.set("A fresh suggested draft replaced yours.".into());
    };
    let put_back = move |_| {
        if let Some(d) = replaced.get_untracked() {
            subject.set(d.subject);
            body.set(d.body);
            replaced.set(None);
            save();
            status.set("Your words are back.".into());
        }
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
                            on:input=move |ev| typed(subject, ev) />
                    </div>
                    <div class="field">
                        <label for="outreach-body">"Email"</label>
                        <textarea id="outreach-body" dir="auto" rows="14" maxlength=MAX_TEXT_CHARS.to_string()
                            aria-describedby="outreach-checks-summary"
                            prop:value=move || body.get()
                            on:input=move |ev| typed(body, ev)></textarea>
                    </div>
                    <p class="hint">"Saved in this browser as you type."</p>
                    <div class="button-row">
                        <button type="button" class="button" on:click=fresh>"Suggest a fresh draft"</button>
                        <When when=move || replaced.with(Option::is_some)>
                            <button type="button" class="button" on:click=put_back>"Put my words back"</button>
                        </When>
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
