use crate::components::people_common::{from_local_input, to_local_input};
use crate::format::{date_time, now_ms};
use crate::state::use_store;
use askwell_core::prepare::{PeopleAction, Person};
use leptos::prelude::*;

/// "When is the talk?" once a conversation is scheduled: the time goes on Home's next
/// actions (with a calendar file) and, once passed, asks for the talk to be logged.
#[component]
pub fn TalkTime(
    /// The person as stored now.
    #[prop(into)]
    person: Signal<Person>,
) -> impl IntoView {
    let store = use_store();
    let status = RwSignal::new(String::new());
    let value = move || person.with(|p| p.talk_at_ms.map(to_local_input).unwrap_or_default());
    let set = move |text: String| {
        let id = person.get_untracked().id;
        let at_ms = from_local_input(&text);
        if at_ms.is_none() && !text.trim().is_empty() {
            status.set("That is not a date and time Askwell can read.".into());
            return;
        }
        match store.change_people(|p| p.apply(PeopleAction::SetTalkTime { id, at_ms })) {
            Ok(()) => status.set(match at_ms {
                Some(at) if at > now_ms() => format!(
                    "Arranged for {}: it is on Home's next actions, with a calendar file.",
                    date_time(at)
                ),
                Some(at) => format!("Set to {}, which has passed.", date_time(at)),
                None => "No time set.".into(),
            }),
            Err(why) => status.set(why),
        }
    };
    view! {
        <div class="field talk-time">
            <label for="talk-at">"When is the talk?"</label>
            <input id="talk-at" type="datetime-local" aria-describedby="talk-at-status"
                prop:value=value on:change=move |ev| set(event_target_value(&ev)) />
            <p class="hint" id="talk-at-status" role="status" aria-live="polite">{move || status.get()}</p>
        </div>
    }
}
