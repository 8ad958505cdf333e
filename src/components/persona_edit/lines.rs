use super::field_problems::FieldProblems;
use super::slot_lines::SlotLines;
use super::text_list::TextList;
use super::{capitalized, use_editor};
use askwell_core::custom::{Edit, Field, LineKind};
use leptos::prelude::*;

/// The persona's own words for moves that are not answers (asking which topic was meant,
/// a time check, wrapping up...). They come written; the temperament's own list shows only
/// for that temperament.
#[component]
pub fn LinesSection() -> impl IntoView {
    let editor = use_editor();
    let shown = Memo::new(move |_| {
        let temperament = editor.persona.with(|p| p.temperament);
        LineKind::ALL
            .into_iter()
            .filter(|k| {
                LineKind::REQUIRED.contains(k)
                    || LineKind::for_temperament(temperament) == Some(*k)
                    || editor.persona.with(|p| !k.of(&p.lines).is_empty())
            })
            .collect::<Vec<_>>()
    });
    view! {
        <section class="card pe-section" aria-labelledby="pe-lines-heading">
            <h2 id="pe-lines-heading">"How they handle the conversation"</h2>
            <p class="hint">
                "Short lines for moments that are not answers. They come written; change them \
                 to sound like this person."
            </p>
            {move || shown.get().into_iter().map(|kind| {
                let lines = Signal::derive(move || editor.persona.with(|p| kind.of(&p.lines).clone()));
                view! {
                    <fieldset class="field pe-lines">
                        <legend>{capitalized(kind.label())}</legend>
                        <TextList
                            id_prefix=format!("pe-line-{}", kind.id())
                            item_label="Line".to_string()
                            list_name=kind.label().to_string()
                            add_label="Add a line"
                            items=lines
                            on_change=Callback::new(move |lines| editor.apply(Edit::Lines { kind, lines }))
                            rows=2
                        />
                        {(kind == LineKind::Clarify).then(|| view! { <SlotLines lines=lines /> })}
                        <FieldProblems field=Field::Line(kind) />
                    </fieldset>
                }
            }.into_any()).collect_view()}
        </section>
    }
}
