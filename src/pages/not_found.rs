use leptos::prelude::*;

/// An unknown address: say so and offer the way home.
#[component]
pub fn NotFoundPage() -> impl IntoView {
    view! {
        <section class="page narrow">
            <h1>"Page not found"</h1>
            <p>"This address does not lead anywhere in Askwell."</p>
            <p><a class="button" href="#/">"Go to the start page"</a></p>
        </section>
    }
}
