use crate::components::plan_coverage::PlanCoverage;
use crate::components::plan_delete::PlanDelete;
use crate::components::plan_introduction::PlanIntroduction;
use crate::components::plan_questions::PlanQuestions;
use crate::components::plan_rehearse::PlanRehearse;
use crate::components::when::When;
use crate::content;
use crate::practice_start::{start_practice, NewPractice};
use crate::state::use_store;
use askwell_core::interview::ClockMode;
use askwell_core::prepare::{PlanAction, PlanCheck, PlanFor, QuestionPlan};
use askwell_core::timing::LENGTHS;
use leptos::prelude::*;
use std::sync::Arc;

/// Reads a plan as a practice with its person would (their matcher).
pub type PlanChecker = Arc<dyn Fn(&QuestionPlan) -> PlanCheck + Send + Sync>;

/// The whole plan: who it is for, whether it is ready, the introduction, the questions, and
/// its coverage and timing beside them. Every change is saved at once.
#[component]
pub fn PlanEditor(
    /// Which plan (it must exist when the page opens).
    plan_id: String,
    /// How questions are checked.
    checker: PlanChecker,
) -> impl IntoView {
    let store = use_store();
    let id_for_plan = plan_id.clone();
    let plan = Memo::new(move |_| store.prepared.with(|p| p.plans.get(&id_for_plan).cloned()));
    // A plan opened and left with nothing written is not kept (it would sit in storage and
    // exports with no page showing it).
    let id_for_cleanup = plan_id.clone();
    on_cleanup(move || {
        let blank = store.prepared.with_untracked(|p| {
            p.plans
                .get(&id_for_cleanup)
                .is_some_and(QuestionPlan::is_blank)
        });
        if blank {
            // Deleted once the page's views are gone: a change made while they are torn down
            // would wake views that read the store (the introduction's About me offer) after
            // their own values were disposed.
            let id = id_for_cleanup.clone();
            queue_microtask(move || {
                let _ = store.change_plans(|p| p.apply(PlanAction::Delete { id }));
            });
        }
    });
    let check_with = checker.clone();
    let check = Memo::new(move |_| plan.with(|p| p.as_ref().map(|p| check_with(p))));
    let Some(first) = plan.get_untracked() else {
        return ().into_any();
    };
    let Whom {
        name,
        about,
        persona_id,
        role,
        organization,
    } = describe(&first.for_whom, store);

    let minutes = Signal::derive(move || plan.with(|p| p.as_ref().map_or(30, |p| p.minutes)));
    let id_for_minutes = plan_id.clone();
    let set_minutes = move |m: u32| {
        let id = id_for_minutes.clone();
        if let Err(why) = store.change_plans(|p| p.apply(PlanAction::SetMinutes { id, minutes: m }))
        {
            store.notify(crate::state::NoticeKind::Warning, why);
        }
    };
    let starting = RwSignal::new(false);
    let practise = persona_id.map(|pid| {
        view! {
            <button
                type="button"
                class="button primary"
                prop:disabled=move || starting.get()
                on:click=move |_| {
                    let practice = NewPractice::with(pid.clone(), minutes.get_untracked(), ClockMode::Simulated);
                    start_practice(store, practice, starting)
                }
            >
                {move || if starting.get() { "Starting…" } else { "Practise with this plan" }}
            </button>
        }
    });
    // A real person's plan is rehearsed with a persona the user picks.
    let rehearse = match &first.for_whom {
        PlanFor::Person(person_id) => Some(view! {
            <PlanRehearse plan_id=plan_id.clone() person_id=person_id.clone() name=name.clone() minutes=minutes />
        }),
        PlanFor::Persona(_) => None,
    };
    let lengths: Vec<u32> = {
        let mut l = LENGTHS.to_vec();
        if !l.contains(&first.minutes) {
            l.push(first.minutes);
            askwell_core::small_sort::sort_small_by(&mut l, |a, b| a.cmp(b));
        }
        l
    };

    view! {
        <section class="page plan">
            <div class="plan-head">
                <div>
                    <p class="eyebrow">"Question plan"</p>
                    <h1>{format!("Your questions for {name}")}</h1>
                    <p class="plan-about">{about}</p>
                </div>
                <div class="plan-head-actions">{practise}</div>
            </div>
            {rehearse}
            <When
                when=move || plan.with(Option::is_some)
                fallback=|| view! { <p class="notice warning">"This plan was deleted, perhaps in another tab. Nothing here will be saved."</p> }
            >
                <div class="plan-summary" class:ready=move || check.with(|c| c.as_ref().is_some_and(PlanCheck::ready))>
                    <p class="plan-ready" role="status" aria-live="polite">
                        {move || check.with(|c| c.as_ref().map(|c| readiness(c, minutes.get())))}
                    </p>
                    <ul class="plan-hints">
                        {move || check.with(|c| c.as_ref().map(|c| c.hints.iter().map(|h| view! { <li>{h.clone()}</li> }.into_any()).collect_view()))}
                    </ul>
                </div>
            </When>
            <div class="plan-layout">
                <div class="plan-main">
                    <PlanIntroduction plan_id=plan_id.clone() initial=first.introduction.clone() role=role organization=organization />
                    <PlanQuestions plan_id=plan_id.clone() check=check checker=checker.clone() />
                </div>
                <aside class="plan-side" aria-label="Coverage and time">
                    <fieldset class="card plan-length">
                        <legend>"Agreed length"</legend>
                        <div class="choice-row">
                            {lengths.into_iter().map(|m| {
                                let input_id = format!("plan-length-{m}");
                                let label_for = input_id.clone();
                                let set = set_minutes.clone();
                                view! {
                                    <label class="choice" for=label_for>
                                        <input
                                            type="radio"
                                            name="plan-length"
                                            id=input_id
                                            prop:checked=move || minutes.get() == m
                                            on:change=move |_| set(m)
                                        />
                                        {format!("{m} min")}
                                    </label>
                                }
                            }.into_any()).collect_view()}
                        </div>
                    </fieldset>
                    <PlanCoverage check=check />
                    <PlanDelete plan_id=plan_id.clone() />
                </aside>
            </div>
        </section>
    }
    .into_any()
}

/// Who a plan is for, as the page shows them.
struct Whom {
    name: String,
    /// A line about them: role, organization.
    about: String,
    /// The persona to practise with, for a practice plan.
    persona_id: Option<String>,
    role: String,
    organization: String,
}

/// The plan's person: name, a line about them, and the persona id for a practice plan.
fn describe(whom: &PlanFor, store: crate::state::Store) -> Whom {
    let unknown = |name: String| Whom {
        name,
        about: String::new(),
        persona_id: None,
        role: String::new(),
        organization: String::new(),
    };
    match whom {
        PlanFor::Persona(id) => match content::info(id) {
            Some(p) => Whom {
                about: format!("{}, {} · a practice persona", p.role, p.organization),
                name: p.name,
                persona_id: Some(id.clone()),
                role: p.role,
                organization: p.organization,
            },
            None => unknown(id.clone()),
        },
        PlanFor::Person(id) => store.prepared.with_untracked(|p| match p.people.get(id) {
            Some(x) => {
                let d = &x.details;
                let about = [d.role.as_str(), d.organization.as_str()]
                    .into_iter()
                    .filter(|s| !s.is_empty())
                    .collect::<Vec<_>>()
                    .join(", ");
                Whom {
                    name: x.name().to_string(),
                    about,
                    persona_id: None,
                    role: d.role.clone(),
                    organization: d.organization.clone(),
                }
            }
            None => unknown("someone on your list".to_string()),
        }),
    }
}

/// `ready()` in one calm sentence; the hints below it say what to change.
fn readiness(check: &PlanCheck, minutes: u32) -> String {
    match check.hints.len() {
        0 => format!(
            "Ready: open questions for all five outcomes, about {} of {minutes} minutes, and a short introduction.",
            check.estimate.estimated_minutes
        ),
        1 => "One thing left before this plan is ready:".to_string(),
        n => format!("{n} things left before this plan is ready:"),
    }
}
