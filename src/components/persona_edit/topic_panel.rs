use super::comma_input::CommaInput;
use super::field_problems::FieldProblems;
use super::text_list::TextList;
use super::{capitalized, topic_dom_id, use_editor};
use askwell_core::custom::{Edit, Field};
use askwell_core::Topic;
use leptos::prelude::*;

/// One topic open for writing: what the student is asking about, the answers (variants,
/// each used once before any repeats), the follow-ups ("tell me more"), and words from the
/// persona's world that point to this topic.
#[component]
pub fn TopicPanel(topic: Topic, panel_id: String) -> impl IntoView {
    let editor = use_editor();
    let prefix = topic_dom_id(topic);
    let answers = Signal::derive(move || {
        editor.persona.with(|p| {
            p.script(topic)
                .map(|s| s.answers.clone())
                .unwrap_or_default()
        })
    });
    let follow_ups = Signal::derive(move || {
        editor.persona.with(|p| {
            p.script(topic)
                .map(|s| s.follow_ups.clone())
                .unwrap_or_default()
        })
    });
    let phrases = Signal::derive(move || {
        editor.persona.with(|p| {
            p.vocabulary
                .iter()
                .find(|v| v.topic == topic)
                .map(|v| v.phrases.clone())
                .unwrap_or_default()
        })
    });
    let set_phrases =
        Callback::new(move |phrases| editor.apply(Edit::Vocabulary { topic, phrases }));
    let vocabulary_problems = move || {
        // Vocabulary problems are reported by entry; show the ones of this topic's entry.
        let at = editor
            .persona
            .with(|p| p.vocabulary.iter().position(|v| v.topic == topic));
        at.map(|i| view! { <FieldProblems field=Field::Vocabulary(i) /> }.into_any())
    };
    view! {
        <div class="pe-topic-panel" id=panel_id role="region" aria-label=capitalized(topic.label())>
            <p class="hint">{asked_about(topic)}</p>
            <FieldProblems field=Field::Topic(topic) />
            <p class="field-title">"Answers"</p>
            <TextList
                id_prefix=format!("{prefix}-answer")
                item_label="Answer".to_string()
                add_label="Add another answer"
                items=answers
                on_change=Callback::new(move |answers| editor.apply(Edit::Answers { topic, answers }))
                rows=4
                placeholder="In their voice, first person, 40 to 120 words: concrete details, a number, an opinion."
            />
            <p class="field-title">"Follow-ups: deeper answers for \u{201c}tell me more\u{201d}"</p>
            <TextList
                id_prefix=format!("{prefix}-follow-up")
                item_label="Follow-up".to_string()
                add_label="Add another follow-up"
                items=follow_ups
                on_change=Callback::new(move |follow_ups| editor.apply(Edit::FollowUps { topic, follow_ups }))
                rows=3
                placeholder="A story or an example that goes further than the answer."
            />
            <div class="field">
                <label for="pe-vocabulary">"Words from their world that mean this topic (optional, separated by commas)"</label>
                <CommaInput
                    id="pe-vocabulary".to_string()
                    placeholder="field season, research vessel"
                    items=phrases
                    split_lines=true
                    on_change=set_phrases
                />
                {vocabulary_problems}
            </div>
        </div>
    }
}

/// What a student asks about under each topic (from the interview model).
fn asked_about(t: Topic) -> &'static str {
    match t {
        Topic::SmallTalk => "Greetings and small talk (\u{201c}How is your day going?\u{201d}).",
        Topic::Introduction => "The student introduces themselves and sets the agenda.",
        Topic::TypicalDay => "A normal day or week, and how their time is split.",
        Topic::Responsibilities => "Duties and projects: what the job really involves.",
        Topic::Organization => "Their team, culture, and how the organization works.",
        Topic::Rewards => "What is most satisfying or motivating.",
        Topic::Challenges => "What is hard, frustrating or surprising.",
        Topic::Skills => "Skills, experience and qualities the role needs.",
        Topic::Compensation => "Pay, salary ranges and benefits (people share ranges and where to look, rarely their own number).",
        Topic::WorkLife => "Hours, workload, balance, travel, remote or hybrid work.",
        Topic::Education => "Their schooling and training.",
        Topic::Path => "How they got into the field: turning points, earlier jobs.",
        Topic::JobSearch => "How they found this position, and the hiring process.",
        Topic::Alternatives => "Other paths they considered, what they would do otherwise.",
        Topic::Trends => "Where the field is heading: coming challenges and opportunities.",
        Topic::Advancement => "Career progression and next steps from their role.",
        Topic::GeneralAdvice => "Advice for someone in the student's position.",
        Topic::Contacts => "Who else to talk to; introductions.",
        Topic::Organizations => "Professional societies, associations, conferences.",
        Topic::Resources => "Books, sites, podcasts, courses, activities.",
        Topic::Application => "CV or resume critique; what makes an application stand out.",
        Topic::Thanks => "The student thanks them.",
        Topic::KeepInTouch => "The student asks to stay in touch.",
        Topic::AnythingElse => "\u{201c}Is there anything I should have asked?\u{201d}",
        Topic::JobAsk => "The student asks for a job or a referral: a polite, slightly cooler reply.",
        Topic::None => "Something off topic: a polite deflection that steers back.",
    }
}
