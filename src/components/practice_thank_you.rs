use crate::components::email_actions::EmailActions;
use askwell_core::prepare::{word_count, EmailDraft, THANK_YOU_MAX_WORDS};
use leptos::prelude::*;

/// In a practice review: the thank-you this conversation would earn, drafted from what the
/// persona said (one specific thing that helped, a contact they named, a wish to keep in
/// touch), to edit and copy. Practising it here makes the real one quick to write within
/// 48 hours.
#[component]
pub fn PracticeThankYou(
    /// The draft (`askwell_core::prepare::thank_you_from_practice`).
    first: EmailDraft,
) -> impl IntoView {
    let subject = RwSignal::new(first.subject);
    let body = RwSignal::new(first.body);
    let draft = Signal::derive(move || EmailDraft {
        subject: subject.get(),
        body: body.get(),
    });
    let length = move || {
        let words = body.with(|b| word_count(b));
        if words > THANK_YOU_MAX_WORDS {
            format!("{words} words: a thank-you reads best under {THANK_YOU_MAX_WORDS}.")
        } else {
            format!("{words} words.")
        }
    };
    view! {
        <section class="card practice-thank-you" aria-labelledby="practice-thanks-heading">
            <h2 id="practice-thanks-heading">"Practise the thank-you"</h2>
            <p class="hint">
                "After a real conversation, send a short, specific thank-you within 48 hours. \
                 Here is one drawn from this practice; make it yours."
            </p>
            <div class="field">
                <label for="practice-thanks-subject">"Subject"</label>
                <input id="practice-thanks-subject" type="text" dir="auto"
                    prop:value=move || subject.get()
                    on:input=move |ev| subject.set(event_target_value(&ev)) />
            </div>
            <div class="field">
                <label for="practice-thanks-body">"Thank-you email"</label>
                <textarea id="practice-thanks-body" rows="8" dir="auto"
                    prop:value=move || body.get()
                    on:input=move |ev| body.set(event_target_value(&ev))></textarea>
            </div>
            <p class="hint" aria-live="polite">{length}</p>
            <EmailActions draft=draft to=Signal::derive(String::new) what="thank-you" />
        </section>
    }
}
