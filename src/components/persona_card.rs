use askwell_core::PersonaInfo;
use leptos::prelude::*;

/// Who the user is talking to: name, role, organization, temperament, and the bio.
#[component]
pub fn PersonaCard(
    /// The interviewee.
    persona: PersonaInfo,
    /// Show the bio too (the practice page keeps it short).
    #[prop(optional)]
    with_bio: bool,
) -> impl IntoView {
    let initials: String = persona
        .name
        .split_whitespace()
        .filter(|w| !w.ends_with('.'))
        .filter_map(|w| w.chars().next())
        .take(2)
        .collect();
    view! {
        <div class="persona-card">
            <div class="avatar" aria-hidden="true">{initials}</div>
            <div>
                <p class="persona-name">{persona.name.clone()}</p>
                <p class="persona-role">{format!("{}, {}", persona.role, persona.organization)}</p>
                <p class="persona-meta">
                    <span class="badge">{persona.field.clone()}</span>
                </p>
                // The same labelled line as the persona picker's (not a pill that wraps).
                <p class="persona-style">
                    "Style: "{persona.temperament.describe()}
                </p>
                {with_bio.then(|| view! { <p class="persona-bio">{persona.bio.clone()}</p> }.into_any())}
            </div>
        </div>
    }
}
