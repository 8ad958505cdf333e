use crate::components::flag_coach::FlagCoach;
use askwell_core::coach;
use askwell_core::interview::Exchange;
use leptos::prelude::*;

/// The conversation so far: the greeting, then each question and reply. A polite log, so
/// screen readers hear new replies; the log wraps the list so the list keeps its list role.
#[component]
pub fn Transcript(
    /// The persona's name as shown beside their lines.
    speaker: String,
    /// The persona's first words.
    greeting: String,
    /// Questions and replies so far.
    #[prop(into)]
    exchanges: Signal<Vec<Exchange>>,
    /// Nugget id → what it gave ("contact"), to mark what the user drew out (review only).
    #[prop(optional)]
    nugget_labels: Vec<(String, &'static str)>,
    /// In a practice, the question box's text: a flag's "Ask this instead" puts its rewrite there.
    #[prop(optional)]
    ask_instead: Option<RwSignal<String>>,
) -> impl IntoView {
    let speaker_for_rows = speaker.clone();
    let nugget_labels = std::sync::Arc::new(nugget_labels);
    view! {
        <div role="log" aria-live="polite" aria-label="Conversation">
        <ol class="transcript">
            <li class="turn persona">
                <span class="who">{speaker.clone()}</span>
                <p>{greeting}</p>
            </li>
            <For
                each=move || exchanges.get().into_iter().enumerate()
                key=|(i, e)| (*i, e.end_s.to_bits())
                children=move |(_, e)| {
                    let nugget_labels = nugget_labels.clone();
                    let speaker = speaker_for_rows.clone();
                    // As the review shows them, with its reasons and rewrites (keeping in touch
                    // is never a closed question).
                    // Without the persona's names (`coach::their_names`): a job ask's reason
                    // could then quote one the review's list leaves out, a rare line; passing
                    // them cost the practice more than its size ceiling had left.
                    let notes = coach::line_notes(&e, &[]);
                    // Each kind once: two contacts drawn out in one answer are one badge.
                    let mut drawn: Vec<&'static str> = Vec::new();
                    for id in &e.nuggets {
                        let label = nugget_labels.iter().find(|(n, _)| n == id).map(|(_, l)| *l);
                        if let Some(l) = label.filter(|l| !drawn.contains(l)) {
                            drawn.push(l);
                        }
                    }
                    view! {
                        <li class="turn user">
                            <span class="who">"You"</span>
                            // The user may write in any script: let the text set its own direction.
                            <p dir="auto">{e.question.clone()}</p>
                            // Always there, hidden when empty (style/main.css): an optional row
                            // was more code in the practice's download than an empty one.
                            <div class="flags">
                                {notes.into_iter().map(|note| view! {
                                    <FlagCoach note=note ask=ask_instead />
                                }.into_any()).collect_view()}
                            </div>
                        </li>
                        <li class="turn persona">
                            <span class="who">{speaker}</span>
                            <p>{e.reply.clone()}</p>
                            <div class="flags">
                                {drawn.into_iter().map(|l| view! {
                                    <span class="nugget">{format!("Drew out: {l}")}</span>
                                }.into_any()).collect_view()}
                            </div>
                        </li>
                    }
                }
            />
        </ol>
        </div>
    }
}
