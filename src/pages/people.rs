use crate::components::add_person_form::AddPersonForm;
use crate::components::people_by_stage::PeopleByStage;
use crate::components::referral_map::ReferralMap;
use leptos::prelude::*;

/// The people a student means to talk to, and who led to whom.
#[component]
pub fn PeoplePage() -> impl IntoView {
    view! {
        <section class="page people">
            <div class="intro">
                <h1>"People to talk to"</h1>
                <p class="lead">
                    "Everyone you would like to learn from, and where things stand with each: \
                     write to them, talk, thank them, and keep in touch."
                </p>
            </div>
            // Plain text, not tiles: numbered tinted boxes looked like steps to tap, and each
            // person's card already shows their circle.
            <p class="circle-hint">
                <strong>"Start with people you know well"</strong>
                " (family, friends, teachers), then acquaintances, then people you have not met, through a referral or a short email."
            </p>
            <div class="people-layout">
                <PeopleByStage />
                <AddPersonForm />
            </div>
            <ReferralMap />
        </section>
    }
}
