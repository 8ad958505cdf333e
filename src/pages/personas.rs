use crate::components::persona_import::PersonaImport;
use crate::components::persona_new::PersonaNew;
use crate::components::persona_row::PersonaRow;
use crate::components::when::When;
use crate::state::use_store;
use leptos::prelude::*;

/// The user's own personas: start one (blank or a copy), import a shared file, and for each
/// one its readiness, Edit, Export and Delete. The deployment's hosted personas are listed
/// too, to copy.
#[component]
pub fn PersonasPage() -> impl IntoView {
    let store = use_store();
    let ids = Memo::new(move |_| {
        store.personas.with(|l| {
            l.personas
                .iter()
                .map(|c| c.persona.id.clone())
                .collect::<Vec<_>>()
        })
    });
    let hosted = move || store.hosted.get();
    view! {
        <section class="page personas">
            <h1>"Your personas"</h1>
            <p class="lead">
                "Write an interviewee from a field Askwell does not cover yet, or share one with \
                 friends and students. Once every topic has an answer, the persona appears on \
                 Home beside the others, and works offline like them."
            </p>
            <PersonaNew />
            <section class="card persona-list" aria-labelledby="yours-heading">
                <h2 id="yours-heading">"Yours"</h2>
                <When
                    when=move || !ids.with(Vec::is_empty)
                    fallback=|| view! {
                        <p class="hint">"No personas of your own yet. Start one above, or import a file."</p>
                    }
                >
                    <ul class="persona-rows">
                        <For
                            each=move || ids.get()
                            key=|id| id.clone()
                            children=move |id| view! { <PersonaRow id=id /> }
                        />
                    </ul>
                </When>
            </section>
            <PersonaImport />
            <When when=move || !store.hosted.with(Vec::is_empty)>
                <section class="card persona-list" aria-labelledby="hosted-heading">
                    <h2 id="hosted-heading">"From your organisation"</h2>
                    <p class="hint">
                        "These come with this copy of Askwell and are on Home already. Copy one \
                         to change it."
                    </p>
                    <ul class="persona-rows">
                        {move || hosted().into_iter().map(|p| {
                            let id = p.id.clone();
                            let label = format!("Make a copy of {}", p.name);
                            view! {
                                <li class="persona-row">
                                    <div class="persona-row-main">
                                        <span class="persona-name">{p.name.clone()}</span>
                                        <span class="persona-role">{format!("{}, {}", p.role, p.organization)}</span>
                                    </div>
                                    <div class="persona-row-actions">
                                        <button class="button small" aria-label=label on:click=move |_| {
                                            let from = id.clone();
                                            leptos::task::spawn_local(async move {
                                                if let Err(why) = crate::personas::copy_and_edit(store, from).await {
                                                    store.notify(crate::state::NoticeKind::Warning, why);
                                                }
                                            });
                                        }>"Make a copy"</button>
                                    </div>
                                </li>
                            }
                        }.into_any()).collect_view()}
                    </ul>
                </section>
            </When>
        </section>
    }
}
