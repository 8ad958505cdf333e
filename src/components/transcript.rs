use askwell_core::interview::Exchange;
use leptos::prelude::*;

/// The conversation so far: the greeting, then each question and reply. A polite log, so
/// screen readers hear new replies.
#[component]
pub fn Transcript(
    /// The persona's name as shown beside their lines.
    speaker: String,
    /// The persona's first words.
    greeting: String,
    /// Questions and replies so far.
    #[prop(into)]
    exchanges: Signal<Vec<Exchange>>,
) -> impl IntoView {
    let speaker_for_rows = speaker.clone();
    view! {
        <ol class="transcript" role="log" aria-live="polite" aria-label="Conversation">
            <li class="turn persona">
                <span class="who">{speaker.clone()}</span>
                <p>{greeting}</p>
            </li>
            <For
                each=move || exchanges.get().into_iter().enumerate()
                key=|(i, e)| (*i, e.end_s.to_bits())
                children=move |(_, e)| {
                    let speaker = speaker_for_rows.clone();
                    view! {
                        <li class="turn user">
                            <span class="who">"You"</span>
                            <p>{e.question.clone()}</p>
                            {(!e.flags.is_empty()).then(|| view! {
                                <p class="flags">
                                    {e.flags.iter().map(|f| view! {
                                        <span class="flag" title=f.why()>{f.label()}</span>
                                    }).collect_view()}
                                </p>
                            })}
                        </li>
                        <li class="turn persona">
                            <span class="who">{speaker}</span>
                            <p>{e.reply.clone()}</p>
                        </li>
                    }
                }
            />
        </ol>
    }
}
