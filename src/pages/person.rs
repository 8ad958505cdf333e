use leptos::prelude::*;

/// One person: outreach, the conversation log, the thank-you and later notes.
#[component]
pub fn PersonPage(
    /// Person id from the route.
    id: String,
) -> impl IntoView {
    view! {
        <section class="page person" data-person=id>
            <h1>"Person"</h1>
        </section>
    }
}
