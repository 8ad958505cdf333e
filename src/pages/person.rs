use crate::components::add_referral_form::AddReferralForm;
use crate::components::conversation_log_form::ConversationLogForm;
use crate::components::due_calendar::DueCalendar;
use crate::components::follow_ups::FollowUps;
use crate::components::outreach_composer::OutreachComposer;
use crate::components::person_summary::PersonSummary;
use crate::components::stage_controls::StageControls;
use crate::components::thank_you_note::ThankYouNote;
use crate::components::when::When;
use crate::state::use_store;
use askwell_core::prepare::{Person, PersonTool, PlanFor};
use leptos::prelude::*;

/// One person: details and stage, the outreach email, names they gave, the conversation
/// log, the thank-you, later notes and calendar reminders, in the order they happen. Only
/// the tools for where things stand are open; the rest fold to their headings.
#[component]
pub fn PersonPage(
    /// Person id from the route.
    id: String,
) -> impl IntoView {
    let store = use_store();
    let key = id.clone();
    let id = StoredValue::new(id);
    let found = Memo::new(move |_| store.prepared.with(|p| p.people.get(&key).cloned()));
    let exists = move || found.with(Option::is_some);
    view! {
        <When
            when=exists
            fallback=|| view! {
                <section class="page narrow">
                    <h1>"Person not found"</h1>
                    <p>"This person is not on your list in this browser. They may have been removed, or added in another browser."</p>
                    <p><a class="button" href="#/people">"Back to your people"</a></p>
                </section>
            }
        >
            {
                // Keeps the last copy for the moment between a removal and the page leaving.
                let person: Signal<Person> = Memo::new(move |prev: Option<&Person>| {
                    found.get().or_else(|| prev.cloned()).unwrap_or_else(|| placeholder(&id.get_value()))
                })
                .into();
                let referrer = Signal::derive(move || {
                    store.prepared.with(|p| found.with(|f| f.as_ref().and_then(|x| p.people.referrer_name(x))))
                });
                let pid = Signal::derive(move || person.with(|p| p.id.clone()));
                // The plan's code comes with this page: nothing to show while it opens.
                let opening = RwSignal::new(false);
                // Each tool opens when its stage comes (a memo, so editing the details does
                // not reopen a card the user closed).
                let open = move |t: PersonTool| Signal::from(Memo::new(move |_| person.with(|p| t.open_for(p))));
                view! {
                    <section class="page person" data-person=move || pid.get()>
                        <p class="crumbs"><a href="#/people">"← All people"</a></p>
                        <h1 dir="auto">{move || person.with(|p| p.name().to_string())}</h1>
                        <div class="person-top">
                            <StageControls person=person />
                            <PersonSummary person=person referrer=referrer />
                        </div>
                        <p class="person-plan">
                            <button class="button" on:click=move |_| {
                                crate::practice_start::open_plan(store, PlanFor::Person(pid.get_untracked()), 30, opening)
                            }>
                                {move || ["Plan your questions for ", person.with(|p| p.name().to_string()).as_str()].concat()}
                            </button>
                        </p>
                        // A name a persona made up is for rehearsing the outreach email only:
                        // no notes of a talk, thank-you, reminders or calendar (a design
                        // review found the whole kit offered for someone who does not exist).
                        <When when=move || person.with(Person::is_made_up)>
                            <p class="notice info made-up-note">
                                "A name from a practice: draft the email below to rehearse writing it. It is not a real person to write to, so there is nothing to track after it."
                            </p>
                        </When>
                        <OutreachComposer person=person referrer=referrer open=open(PersonTool::Outreach) />
                        <When when=move || !person.with(Person::is_made_up)>
                            <div class="person-after">
                                <ConversationLogForm person=person open=open(PersonTool::Notes) />
                                <ThankYouNote person=person open=open(PersonTool::ThankYou) />
                            </div>
                            <div class="person-later">
                                <FollowUps person=person open=open(PersonTool::LaterNotes) />
                                <AddReferralForm person=person open=open(PersonTool::Referrals) />
                            </div>
                            <DueCalendar person_id=pid />
                        </When>
                    </section>
                }
            }
        </When>
    }
}

/// A stand-in never shown (the page shows "not found" instead), so nothing here can panic.
fn placeholder(id: &str) -> Person {
    Person::empty(id.to_string())
}
