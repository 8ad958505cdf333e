//! A bare Leptos counter: one button that counts its clicks. The startup benchmark
//! (scripts/startup.js) loads it next to Askwell to see what Leptos itself costs.
use leptos::prelude::*;

#[component]
fn Counter() -> impl IntoView {
    let (count, set_count) = signal(0u32);
    view! {
        <button id="count" on:click=move |_| set_count.update(|n| *n += 1)>
            "Clicked " {count} " times"
        </button>
    }
}

fn main() {
    leptos::mount::mount_to_body(Counter);
}
