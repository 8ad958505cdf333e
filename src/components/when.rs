//! `Show` without its type parameters.

use leptos::either::Either;
use leptos::prelude::*;

/// Leptos's `Show` (the children while `when` is true, else the fallback; redrawn only when
/// the condition flips), with the condition and the children type-erased: one copy of the
/// code for every use, where `Show` is monomorphized per use (NOTES.md section 1).
#[component]
pub fn When(
    /// Whether to show the children.
    #[prop(into)]
    when: Signal<bool>,
    /// What to show while `when` is true.
    children: ChildrenFn,
    /// What to show otherwise (nothing by default).
    #[prop(optional, into)]
    fallback: ViewFn,
) -> impl IntoView {
    let shown = Memo::new(move |_| when.get());
    // `Either`, as `Show` has it: a flip always draws the other side anew, even when both
    // sides are views of one type.
    move || {
        if shown.get() {
            Either::Left(children())
        } else {
            Either::Right(fallback.run())
        }
    }
}
