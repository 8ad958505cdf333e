use leptos::prelude::*;

/// The people a student means to talk to, and who led to whom.
#[component]
pub fn PeoplePage() -> impl IntoView {
    view! {
        <section class="page people">
            <h1>"People to talk to"</h1>
        </section>
    }
}
