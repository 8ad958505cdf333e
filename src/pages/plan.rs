use leptos::prelude::*;

/// A question plan, checked as you write it.
#[component]
pub fn PlanPage(
    /// Plan id from the route.
    id: String,
) -> impl IntoView {
    view! {
        <section class="page plan" data-plan=id>
            <h1>"Question plan"</h1>
        </section>
    }
}
