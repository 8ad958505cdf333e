use crate::components::add_person_form::AddPersonForm;
use crate::components::people_by_stage::PeopleByStage;
use crate::components::referral_map::ReferralMap;
use crate::state::use_store;
use askwell_core::prepare::Circle;
use leptos::prelude::*;

/// The people a student means to talk to, and who led to whom.
#[component]
pub fn PeoplePage() -> impl IntoView {
    let store = use_store();
    // Names a persona made up in a practice are not people to talk to.
    let in_circle = move |c: Circle| {
        store.prepared.with(|p| {
            p.people
                .people
                .iter()
                .filter(|x| x.details.circle == c && !x.is_made_up())
                .count()
        })
    };
    view! {
        <section class="page people">
            <div class="intro">
                <h1>"People to talk to"</h1>
                <p class="lead">
                    "Everyone you would like to learn from, and where things stand with each: \
                     write to them, talk, thank them, and keep in touch."
                </p>
            </div>
            <aside class="circle-hint" aria-label="Who to ask first">
                <ol class="circle-steps">
                    <li>
                        <strong>"People you know well"</strong>
                        <span>"Family, friends, teachers: the easiest first conversations."</span>
                        <span class="count">{move || in_circle(Circle::KnowWell)}</span>
                    </li>
                    <li>
                        <strong>"Acquaintances"</strong>
                        <span>"Classmates' parents, alumni, people you met once."</span>
                        <span class="count">{move || in_circle(Circle::Acquaintance)}</span>
                    </li>
                    <li>
                        <strong>"People you have not met"</strong>
                        <span>"Reached through a referral or a careful, short email."</span>
                        <span class="count">{move || in_circle(Circle::NotYet)}</span>
                    </li>
                </ol>
            </aside>
            <div class="people-layout">
                <PeopleByStage />
                <AddPersonForm />
            </div>
            <ReferralMap />
        </section>
    }
}
