use crate::components::people_common::role_line;
use crate::components::when::When;
use crate::route::Route;
use crate::state::use_store;
use askwell_core::prepare::{Circle, Person, Stage};
use leptos::prelude::*;

/// Everyone on the list, grouped by stage in the order things happen (to contact, asked,
/// scheduled, talked, thanked, keeping in touch), with a filter to show one stage. Within a
/// stage, people known best come first, as the guides suggest. Names a persona made up in a
/// practice come last, in a group of their own: rehearsal partners, not people to contact.
#[component]
pub fn PeopleByStage() -> impl IntoView {
    let store = use_store();
    // None shows every stage.
    let shown = RwSignal::new(None::<Stage>);
    let count = move |s: Stage| {
        store.prepared.with(|p| {
            p.people
                .people
                .iter()
                .filter(|x| x.stage() == s && !x.is_made_up())
                .count()
        })
    };
    let total = move || store.prepared.with(|p| p.people.people.len());
    let groups = move || {
        let only = shown.get();
        store.prepared.with(|p| {
            Stage::ALL
                .into_iter()
                .filter(|s| only.is_none_or(|o| o == *s))
                .filter_map(|s| {
                    let mut in_stage: Vec<Person> = p
                        .people
                        .people
                        .iter()
                        .filter(|x| x.stage() == s && !x.is_made_up())
                        .cloned()
                        .collect();
                    askwell_core::small_sort::sort_stable_by(&mut in_stage, |a, b| {
                        a.details.circle.cmp(&b.details.circle)
                    });
                    let referrers: Vec<Option<String>> =
                        in_stage.iter().map(|x| p.people.referrer_name(x)).collect();
                    (!in_stage.is_empty())
                        .then(|| (s, in_stage.into_iter().zip(referrers).collect::<Vec<_>>()))
                })
                .collect::<Vec<_>>()
        })
    };
    let made_up = move || {
        store.prepared.with(|p| {
            p.people
                .people
                .iter()
                .filter(|x| x.is_made_up())
                .map(|x| (x.clone(), p.people.referrer_name(x)))
                .collect::<Vec<_>>()
        })
    };
    let filter_choice = move |value: Option<Stage>| {
        let (key, label) = match value {
            None => ("all".to_string(), "All".to_string()),
            Some(s) => (format!("{s:?}").to_ascii_lowercase(), s.label().to_string()),
        };
        let id = format!("stage-filter-{key}");
        let label_for = id.clone();
        view! {
            <label class="choice" for=label_for>
                <input
                    type="radio"
                    name="stage-filter"
                    id=id
                    prop:checked=move || shown.get() == value
                    on:change=move |_| shown.set(value)
                />
                {label}
                <span class="count">{move || match value { None => total(), Some(s) => count(s) }}</span>
            </label>
        }
    };
    view! {
        <section class="people-list" aria-labelledby="list-heading">
            <h2 id="list-heading">"Your people"</h2>
            <When
                when=move || total() != 0
                fallback=|| view! {
                    <p class="empty">"Nobody yet. Add the first person you would like to learn from: someone you know well is the easiest start."</p>
                }
            >
                <fieldset class="stage-filter">
                    <legend class="visually-hidden">"Show people at"</legend>
                    <div class="choice-row">
                        {filter_choice(None)}
                        {Stage::ALL.into_iter().map(|s| filter_choice(Some(s)).into_any()).collect_view()}
                    </div>
                </fieldset>
                {move || {
                    let groups = groups();
                    let made_up = if shown.get().is_none() { made_up() } else { Vec::new() };
                    if groups.is_empty() && made_up.is_empty() {
                        return view! { <p class="empty">"Nobody is at this stage right now."</p> }.into_any();
                    }
                    let made_up = (!made_up.is_empty()).then(|| view! {
                        <section class="stage-group made-up">
                            <h3>"Made up in practice"<span class="count">{made_up.len()}</span></h3>
                            <p class="hint">"Names a persona mentioned in a practice, kept for rehearsing. They are not real people to write to."</p>
                            <ul class="person-cards">
                                {made_up.into_iter().map(|(p, referrer)| person_card(&p, referrer).into_any()).collect_view()}
                            </ul>
                        </section>
                    }.into_any());
                    (groups.into_iter().map(|(stage, people)| view! {
                        <section class="stage-group">
                            <h3>{stage.label()}<span class="count">{people.len()}</span></h3>
                            <ul class="person-cards">
                                {people.into_iter().map(|(p, referrer)| person_card(&p, referrer).into_any()).collect_view()}
                            </ul>
                        </section>
                    }.into_any()).collect_view(), made_up).into_any()
                }}
            </When>
        </section>
    }
}

fn person_card(p: &Person, referrer: Option<String>) -> impl IntoView {
    let circle = p.details.circle;
    let circle_class = match circle {
        Circle::KnowWell => "badge circle know-well",
        Circle::Acquaintance => "badge circle acquaintance",
        Circle::NotYet => "badge circle not-yet",
    };
    let line = role_line(p);
    view! {
        <li>
            <a class="person-card" href=Route::Person(p.id.clone()).href()>
                <span class="person-name" dir="auto">{p.name().to_string()}</span>
                <span class=circle_class>{circle.label()}</span>
                {(!line.is_empty()).then(|| view! { <span class="person-role" dir="auto">{line}</span> }.into_any())}
                {referrer.map(|r| view! { <span class="person-via" dir="auto">{format!("Via {r}")}</span> }.into_any())}
            </a>
        </li>
    }
}
