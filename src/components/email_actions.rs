use askwell_core::prepare::EmailDraft;
use leptos::prelude::*;

/// Copy an email (subject and body) to the clipboard, or open it in the mail app through a
/// `mailto:` link (no network request). Says politely what happened.
#[component]
pub fn EmailActions(
    /// The email as it stands now.
    #[prop(into)]
    draft: Signal<EmailDraft>,
    /// The address for the `mailto:` link (may be empty: the mail app asks).
    #[prop(into)]
    to: Signal<String>,
    /// Names the buttons for screen readers ("outreach", "thank-you").
    what: &'static str,
) -> impl IntoView {
    let status = RwSignal::new(String::new());
    let copy = move |_| {
        let d = draft.get_untracked();
        let text = format!("Subject: {}\n\n{}", d.subject, d.body);
        leptos::task::spawn_local(async move {
            let copied = crate::clipboard::copy_text(&text).await;
            status.set(if copied {
                "Copied the subject and the email. Paste it into your mail.".into()
            } else {
                "The browser did not allow copying. Select the text above and copy it by hand."
                    .into()
            });
        });
    };
    view! {
        <div class="email-actions">
            <button type="button" class="button" on:click=copy aria-label=format!("Copy: the {what} email")>
                "Copy"
            </button>
            <a
                class="button"
                href=move || draft.with(|d| d.mailto(&to.get()))
                aria-label=format!("Open in mail app: the {what} email")
            >
                "Open in mail app"
            </a>
            <span class="hint" role="status" aria-live="polite">{move || status.get()}</span>
        </div>
    }
}
