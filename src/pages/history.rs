use leptos::prelude::*;

/// Progress across sessions.
#[component]
pub fn HistoryPage() -> impl IntoView {
    view! {
        <section class="page">
            <h1>"Your progress"</h1>
        </section>
    }
}
