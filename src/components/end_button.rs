use crate::components::when::When;
use crate::focus::focus_soon;
use leptos::ev::KeyboardEvent;
use leptos::prelude::*;

/// "End interview", asked once more before it happens: an ended interview cannot be resumed,
/// and the button sits beside Pause and "+5 min", where a stray tap on a phone lands.
#[component]
pub fn EndButton(
    /// Ends the interview and moves on to its review.
    on_end: Callback<()>,
) -> impl IntoView {
    let asking = RwSignal::new(false);
    let ask = move |_| {
        asking.set(true);
        // Focus on the safe choice: Enter, Enter must not end the interview for good. Ending
        // takes a move to "End now" (a stray tap still needs a second, aimed one).
        focus_soon(vec!["end-keep-going".into()]);
    };
    let keep_going = move || {
        asking.set(false);
        focus_soon(vec!["end-interview".into()]);
    };
    let on_key = move |ev: KeyboardEvent| {
        if ev.key() == "Escape" {
            keep_going();
        }
    };
    view! {
        <When
            when=move || asking.get()
            fallback=move || view! {
                <button id="end-interview" type="button" class="button danger" on:click=ask>
                    "End interview"
                </button>
            }
        >
            <div class="end-confirm" role="group" aria-labelledby="end-confirm-question" on:keydown=on_key>
                <span id="end-confirm-question">"End it here? It cannot be resumed."</span>
                <button type="button" class="button danger" on:click=move |_| on_end.run(())>
                    "End now"
                </button>
                <button id="end-keep-going" type="button" class="button" on:click=move |_| keep_going()>"Keep going"</button>
            </div>
        </When>
    }
}
