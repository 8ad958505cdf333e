use crate::components::people_common::{from_local_input, new_record_id, to_local_input};
use crate::components::tool_card::ToolCard;
use crate::components::when::When;
use crate::format::{date_time, now_ms};
use crate::state::use_store;
use askwell_core::prepare::{
    ConversationLog, LogAction, OutcomeNotes, PeopleAction, Person, Stage, MAX_TEXT_CHARS,
};
use askwell_core::timing::MAX_MINUTES;
use leptos::prelude::*;

/// After a real conversation: when, how long, and a note for each thing a good interview
/// brings back (their work, their path, the field's future, contacts, organizations).
/// Saving marks the person as talked to (on the conversation's date) if they were not yet.
/// The form edits the latest conversation with this person, or starts a new one.
#[component]
pub fn ConversationLogForm(
    /// The person talked to.
    #[prop(into)]
    person: Signal<Person>,
    /// Open when this is the tool for where things stand (`PersonTool::open_for`).
    #[prop(into)]
    open: Signal<bool>,
) -> impl IntoView {
    let store = use_store();
    let latest = move || {
        let id = person.with(|p| p.id.clone());
        store.prepared.with(|p| p.logs.latest_for(&id).cloned())
    };
    let editing_id = RwSignal::new(latest().map(|l| l.id));
    let start = latest();
    // A new log starts at the arranged time when that has passed, else now.
    let fresh_time = move || {
        let now = now_ms();
        person
            .with_untracked(|p| p.talk_at_ms)
            .filter(|&at| at <= now)
            .unwrap_or(now)
    };
    let when = RwSignal::new(to_local_input(
        start.as_ref().map_or_else(fresh_time, |l| l.at_ms),
    ));
    let length = RwSignal::new(start.as_ref().map_or(30, |l| l.minutes).to_string());
    let notes = RwSignal::new(start.map(|l| l.notes).unwrap_or_default());
    let error = RwSignal::new(String::new());
    let status = RwSignal::new(String::new());
    // Notes typed and not saved yet are kept in this tab, so leaving the page loses nothing
    // (saving them also moves the person to Talked, so they are not saved as typed).
    let draft_key = move || ["log:", &person.with_untracked(|p| p.id.clone())].concat();
    let keep = move || {
        let form = Unsaved {
            editing: editing_id.get_untracked().unwrap_or_default(),
            when: when.get_untracked(),
            length: length.get_untracked(),
            notes: notes.get_untracked(),
        };
        store.keep_draft(&draft_key(), &form.encode());
    };
    if let Some(form) = Unsaved::decode(&store.draft(&draft_key())) {
        let same = form.when == when.get_untracked()
            && form.length == length.get_untracked()
            && notes.with_untracked(|n| *n == form.notes);
        if form.editing == editing_id.get_untracked().unwrap_or_default() && !same {
            when.set(form.when);
            length.set(form.length);
            notes.set(form.notes);
            status.set(
                "Your notes that were not saved yet are back. Save them when they are ready."
                    .into(),
            );
        }
    }
    let new_log = move |_| {
        editing_id.set(None);
        when.set(to_local_input(now_ms()));
        length.set("30".into());
        notes.set(OutcomeNotes::default());
        store.keep_draft(&draft_key(), "");
        status.set("A blank log for a new conversation.".into());
    };
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(at_ms) = from_local_input(&when.get_untracked()) else {
            error.set("Add the date and time of the conversation.".into());
            return;
        };
        let minutes = match length.get_untracked().trim().parse::<u32>() {
            Ok(m) if (1..=MAX_MINUTES).contains(&m) => m,
            _ => {
                error.set(format!(
                    "Give the length in minutes, from 1 to {MAX_MINUTES}."
                ));
                return;
            }
        };
        let p = person.get_untracked();
        let id = editing_id
            .get_untracked()
            .unwrap_or_else(|| new_record_id('c', now_ms()));
        let thank_you = store
            .prepared
            .with_untracked(|x| x.logs.get(&id).and_then(|l| l.thank_you.clone()));
        let log = ConversationLog {
            id: id.clone(),
            person_id: p.id.clone(),
            at_ms,
            minutes,
            notes: notes.get_untracked(),
            thank_you,
        };
        if let Err(e) = store.change_logs(|l| l.apply(LogAction::Save(log))) {
            error.set(e);
            return;
        }
        error.set(String::new());
        editing_id.set(Some(id));
        store.keep_draft(&draft_key(), "");
        if p.stage() < Stage::Talked {
            let _ = store.change_people(|x| {
                x.apply(PeopleAction::MoveToStage {
                    id: p.id.clone(),
                    stage: Stage::Talked,
                    at_ms,
                })
            });
        }
        status.set(format!(
            "Saved your notes from {}. Your thank-you draft is ready below.",
            date_time(at_ms)
        ));
    };
    let note = move |key: &'static str,
                     label: &'static str,
                     hint: &'static str,
                     get: fn(&OutcomeNotes) -> &String,
                     set: fn(&mut OutcomeNotes, String)| {
        let id = format!("log-{key}");
        let label_for = id.clone();
        view! {
            <div class="field">
                <label for=label_for>{label}</label>
                <textarea id=id dir="auto" rows="2" maxlength=MAX_TEXT_CHARS.to_string() placeholder=hint
                    prop:value=move || notes.with(|n| get(n).clone())
                    on:input=move |ev| { notes.update(|n| set(n, event_target_value(&ev))); keep(); }></textarea>
            </div>
        }
    };
    view! {
        <ToolCard class="conversation-log" heading_id="log-heading" title="After you talk" open=open>
            <p class="hint">"Write it down the same day, while it is fresh: it makes the thank-you specific."</p>
            <form on:submit=save novalidate>
                <div class="log-when">
                    <div class="field">
                        <label for="log-at">"When you talked"</label>
                        <input id="log-at" type="datetime-local" prop:value=move || when.get()
                            on:input=move |ev| { when.set(event_target_value(&ev)); keep(); } />
                    </div>
                    <div class="field">
                        <label for="log-minutes">"Length (minutes)"</label>
                        <input id="log-minutes" type="number" min="1" max=MAX_MINUTES.to_string() inputmode="numeric"
                            prop:value=move || length.get() on:input=move |ev| { length.set(event_target_value(&ev)); keep(); } />
                    </div>
                </div>
                {note("work", "Their work", "What a week looks like, what they enjoy and find hard", |n| &n.work, |n, v| n.work = v)}
                {note("path", "Their path", "How they got there, what they would do again", |n| &n.path, |n, v| n.path = v)}
                {note("future", "Where the field is heading", "Changes they expect, skills that will matter", |n| &n.future, |n, v| n.future = v)}
                {note("contacts", "People they suggested", "Names, and what each could tell you", |n| &n.contacts, |n, v| n.contacts = v)}
                {note("organizations", "Organizations and resources they named", "Societies, newsletters, events, programmes", |n| &n.organizations, |n, v| n.organizations = v)}
                <p class="form-error" role="alert">{move || error.get()}</p>
                <div class="button-row">
                    <button type="submit" class="button primary">"Save conversation notes"</button>
                    <When when=move || editing_id.get().is_some()>
                        <button type="button" class="button" on:click=new_log>"Log another conversation"</button>
                    </When>
                </div>
                <p class="hint" role="status" aria-live="polite">{move || status.get()}</p>
            </form>
        </ToolCard>
    }
}

/// The form's fields as typed, kept in the tab until saved: one line of fields split by the
/// unit separator (a control character no one types).
struct Unsaved {
    editing: String,
    when: String,
    length: String,
    notes: OutcomeNotes,
}

const SEP: char = '\u{1f}';

impl Unsaved {
    fn encode(&self) -> String {
        let n = &self.notes;
        let fields = [
            &self.editing,
            &self.when,
            &self.length,
            &n.work,
            &n.path,
            &n.future,
            &n.contacts,
            &n.organizations,
        ];
        let clean: Vec<String> = fields.iter().map(|f| f.replace(SEP, " ")).collect();
        clean.join("\u{1f}")
    }

    fn decode(text: &str) -> Option<Unsaved> {
        let mut f = text.split(SEP).map(str::to_string);
        let mut next = || f.next();
        Some(Unsaved {
            editing: next()?,
            when: next()?,
            length: next()?,
            notes: OutcomeNotes {
                work: next()?,
                path: next()?,
                future: next()?,
                contacts: next()?,
                organizations: next()?,
            },
        })
    }
}
