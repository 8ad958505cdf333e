use leptos::html::Details;
use leptos::prelude::*;

/// A card on a person's page that folds (a native `<details>`, so whatever is typed in it
/// stays mounted while it is closed), its heading the summary. It opens when its stage
/// comes and never closes by itself: closing under the user would drop focus from a
/// button they just pressed, and a card they opened stays open.
#[component]
pub fn ToolCard(
    /// Extra classes ("outreach", "thank-you"), also what styles and tests find it by.
    class: &'static str,
    /// The heading's id.
    heading_id: &'static str,
    /// The heading, shown whether open or closed.
    title: &'static str,
    /// Whether this card's stage is the person's (see `PersonTool::open_for`).
    #[prop(into)]
    open: Signal<bool>,
    children: Children,
) -> impl IntoView {
    let node: NodeRef<Details> = NodeRef::new();
    Effect::new(move |_| {
        if open.get() {
            if let Some(d) = node.get_untracked() {
                d.set_open(true);
            }
        }
    });
    view! {
        <details class=["card tool ", class].concat() node_ref=node prop:open=open.get_untracked()
            aria-labelledby=heading_id>
            <summary><h2 id=heading_id>{title}</h2></summary>
            {children()}
        </details>
    }
}
