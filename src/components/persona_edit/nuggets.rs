use super::comma_input::CommaInput;
use super::field_problems::FieldProblems;
use super::{capitalized, use_editor};
use crate::focus::focus_soon;
use askwell_core::custom::{Edit, Field, MAX_LINE_CHARS};
use askwell_core::persona::{Nugget, Reveal};
use askwell_core::{Outcome, Topic};
use leptos::prelude::*;

const REVEALS: [(Reveal, &str, &str); 4] = [
    (
        Reveal::Answer,
        "answer",
        "With the first answer on its topic",
    ),
    (
        Reveal::FollowUp,
        "follow_up",
        "Only when the student follows up",
    ),
    (
        Reveal::Keywords,
        "keywords",
        "Only when a question uses a keyword",
    ),
    (
        Reveal::Asked,
        "asked",
        "As the whole answer to a question that uses a keyword",
    ),
];

/// Hidden details: facts the persona gives only when asked well, each serving one outcome
/// of a good interview (a contact, an organization to join...). The review counts them.
#[component]
pub fn NuggetsSection() -> impl IntoView {
    let editor = use_editor();
    let count = Memo::new(move |_| editor.persona.with(|p| p.nuggets.len()));
    view! {
        <section class="card pe-section" aria-labelledby="pe-nuggets-heading">
            <h2 id="pe-nuggets-heading">"Hidden details"</h2>
            <p class="hint">
                "Facts they share only when asked the right way: a colleague to talk to, a \
                 society to join, a turning point. The review tells the student which ones \
                 they drew out. Six or more make a good persona."
            </p>
            {move || (0..count.get()).map(|i| view! { <NuggetCard index=i /> }.into_any()).collect_view()}
            <button type="button" class="button small add" id="pe-add-nugget" on:click=move |_| {
                editor.apply(Edit::AddNugget);
                focus_soon(vec![format!("pe-nugget-{}", count.get_untracked())]);
            }>
                "Add a hidden detail"
            </button>
        </section>
    }
}

#[component]
fn NuggetCard(index: usize) -> impl IntoView {
    let editor = use_editor();
    let nugget = Memo::new(move |_| editor.persona.with(|p| p.nuggets.get(index).cloned()));
    let change = move |f: &dyn Fn(&mut Nugget)| {
        if let Some(mut n) = nugget.get_untracked() {
            f(&mut n);
            editor.apply(Edit::Nugget { index, nugget: n });
        }
    };
    let n = index + 1;
    let id = |part: &str| format!("pe-nugget-{n}{part}");
    view! {
        <fieldset class="pe-nugget">
            <legend>{format!("Hidden detail {n}")}</legend>
            <div class="field">
                <label for=id("")>"What they say"</label>
                <textarea
                    id=id("")
                    dir="auto"
                    rows="3"
                    maxlength=MAX_LINE_CHARS.to_string()
                    placeholder="In their voice: \u{201c}You should talk to Dr. Ana Lee; she runs the survey programme. I can introduce you.\u{201d}"
                    prop:value=move || nugget.with(|n| n.as_ref().map(|n| n.text.clone()).unwrap_or_default())
                    on:input=move |ev| { let v = event_target_value(&ev); change(&|n| n.text = v.clone()) }
                ></textarea>
            </div>
            <div class="pe-nugget-grid">
                <div class="field">
                    <label for=id("-outcome")>"It helps the student with"</label>
                    <select id=id("-outcome") on:change=move |ev| {
                        let v = event_target_value(&ev);
                        if let Some(o) = Outcome::ALL.into_iter().find(|o| o.id() == v) { change(&|n| n.outcome = o) }
                    }>
                        {Outcome::ALL.into_iter().map(|o| view! {
                            <option value=o.id() selected=move || nugget.with(|n| n.as_ref().is_some_and(|n| n.outcome == o))>{o.label()}</option>
                        }.into_any()).collect_view()}
                    </select>
                </div>
                <div class="field">
                    <label for=id("-topic")>"Topic"</label>
                    <select id=id("-topic") on:change=move |ev| {
                        let v = event_target_value(&ev);
                        if let Some(t) = Topic::parse(&v) { change(&|n| n.topic = t) }
                    }>
                        {Topic::all().map(|t| view! {
                            <option value=t.id() selected=move || nugget.with(|n| n.as_ref().is_some_and(|n| n.topic == t))>{capitalized(t.label())}</option>
                        }.into_any()).collect_view()}
                    </select>
                </div>
                <div class="field">
                    <label for=id("-reveal")>"When it comes out"</label>
                    <select id=id("-reveal") on:change=move |ev| {
                        let v = event_target_value(&ev);
                        if let Some((r, _, _)) = REVEALS.into_iter().find(|(_, rid, _)| *rid == v) { change(&|n| n.reveal = r) }
                    }>
                        {REVEALS.into_iter().map(|(r, rid, label)| view! {
                            <option value=rid selected=move || nugget.with(|n| n.as_ref().is_some_and(|n| n.reveal == r))>{label}</option>
                        }.into_any()).collect_view()}
                    </select>
                </div>
                <div class="field">
                    <label for=id("-keywords")>"Keywords (separated by commas)"</label>
                    <CommaInput
                        id=id("-keywords")
                        placeholder="mentor, introduce"
                        items=Signal::derive(move || nugget.with(|n| n.as_ref().map(|n| n.keywords.clone()).unwrap_or_default()))
                        on_change=Callback::new(move |words: Vec<String>| change(&|n| n.keywords = words.clone()))
                    />
                </div>
            </div>
            <FieldProblems field=Field::Nugget(index) />
            <button type="button" class="link-button remove" on:click=move |_| {
                editor.apply(Edit::RemoveNugget(index));
                // The card that took its place, else the one before, else Add.
                let at = |n: usize| format!("pe-nugget-{n}");
                focus_soon(vec![at(index + 1), at(index.max(1)), "pe-add-nugget".into()]);
            }>
                {format!("Remove hidden detail {n}")}
            </button>
        </fieldset>
    }
}
