use leptos::prelude::*;

/// Settings → Data: storage used, export, import, delete.
#[component]
pub fn SettingsPage() -> impl IntoView {
    view! {
        <section class="page narrow">
            <h1>"Your data"</h1>
            <p>"Everything Askwell keeps stays in this browser."</p>
        </section>
    }
}
