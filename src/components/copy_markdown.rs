use crate::components::when::When;
use leptos::prelude::*;

/// Copies a text (the review as Markdown) to the clipboard, and says whether it worked. When
/// the browser refuses, the text is shown selected so it can be copied by hand.
#[component]
pub fn CopyMarkdown(
    /// The Markdown to copy.
    text: String,
) -> impl IntoView {
    let status = RwSignal::new(String::new());
    let show_text = RwSignal::new(false);
    let text_for_copy = text.clone();
    let copy = move |_| {
        let text = text_for_copy.clone();
        leptos::task::spawn_local(async move {
            let copied = crate::clipboard::copy_text(&text).await;
            if copied {
                status.set("Copied the review as Markdown.".into());
            } else {
                status.set("The browser did not allow copying; the Markdown is shown below to copy by hand.".into());
                show_text.set(true);
            }
        });
    };
    view! {
        <div class="copy-markdown">
            <button class="button" on:click=copy>"Copy as Markdown"</button>
            <span class="hint" role="status">{move || status.get()}</span>
            <When when=move || show_text.get()>
                <label class="visually-hidden" for="review-markdown">"Review as Markdown"</label>
                <textarea id="review-markdown" readonly rows="10" prop:value=text.clone()></textarea>
            </When>
        </div>
    }
}
