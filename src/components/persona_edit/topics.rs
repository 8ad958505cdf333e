use super::topic_panel::TopicPanel;
use super::{capitalized, topic_dom_id, use_editor};
use crate::components::when::When;
use askwell_core::custom::Coverage;
use askwell_core::{Segment, Topic};
use leptos::prelude::*;

/// Every canonical topic, grouped by the part of the interview it belongs to, each with how
/// far it is written. One topic is open at a time, with its answers, follow-ups and words.
#[component]
pub fn TopicsSection() -> impl IntoView {
    let groups: Vec<(&'static str, Vec<Topic>)> = Segment::ALL
        .iter()
        .map(|s| {
            let topics = Topic::all().filter(|t| t.segment() == Some(*s)).collect();
            (s.label(), topics)
        })
        .chain(std::iter::once((
            "At any point",
            Topic::all().filter(|t| t.segment().is_none()).collect(),
        )))
        .collect();
    view! {
        <section class="card pe-section" aria-labelledby="pe-topics-heading">
            <h2 id="pe-topics-heading">"What they say"</h2>
            <p class="hint">
                "Each topic needs at least one answer. Two answers, and a follow-up for the main \
                 topics, make the conversation feel real. Open a topic to write."
            </p>
            {groups.into_iter().map(|(label, topics)| view! {
                <div class="pe-topic-group">
                    <h3>{label}</h3>
                    <ul class="pe-topic-list">
                        {topics.into_iter().map(|t| view! { <TopicRow topic=t /> }.into_any()).collect_view()}
                    </ul>
                </div>
            }.into_any()).collect_view()}
        </section>
    }
}

#[component]
fn TopicRow(topic: Topic) -> impl IntoView {
    let editor = use_editor();
    let open = Memo::new(move |_| editor.open_topic.get() == Some(topic));
    let status = Memo::new(move |_| {
        editor.completeness.with(|c| {
            c.topics
                .iter()
                .find(|s| s.topic == topic)
                .map(|s| (s.state, s.answers, s.follow_ups))
        })
    });
    let panel_id = format!("{}-panel", topic_dom_id(topic));
    let toggle = move |_| {
        editor
            .open_topic
            .update(|o| *o = if *o == Some(topic) { None } else { Some(topic) })
    };
    view! {
        <li class="pe-topic" class:open=move || open.get()>
            <button
                type="button"
                class="pe-topic-button"
                id=topic_dom_id(topic)
                aria-expanded=move || open.get().to_string()
                aria-controls=panel_id.clone()
                on:click=toggle
            >
                <span class="pe-topic-name">{capitalized(topic.label())}</span>
                {move || status.get().map(|(state, answers, follow_ups)| {
                    let (class, text) = match state {
                        Coverage::Missing => ("coverage missing", "No answer yet".to_string()),
                        Coverage::One => ("coverage one", counts(answers, follow_ups)),
                        Coverage::Done => ("coverage done", counts(answers, follow_ups)),
                    };
                    view! { <span class=class>{text}</span> }
                })}
            </button>
            <When when=move || open.get()>
                <TopicPanel topic=topic panel_id=panel_id.clone() />
            </When>
        </li>
    }
}

fn counts(answers: usize, follow_ups: usize) -> String {
    let a = if answers == 1 {
        "1 answer".to_string()
    } else {
        format!("{answers} answers")
    };
    match follow_ups {
        0 => a,
        1 => format!("{a}, 1 follow-up"),
        n => format!("{a}, {n} follow-ups"),
    }
}
