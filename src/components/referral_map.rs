use crate::route::Route;
use crate::state::use_store;
use askwell_core::prepare::{referral_edges, referral_list, People, ReferralLine, Referrer};
use leptos::prelude::*;

const COL_W: f64 = 190.0;
const ROW_H: f64 = 52.0;
const NODE_W: f64 = 160.0;
const NODE_H: f64 = 34.0;
const PAD: f64 = 8.0;

/// Who led to whom: a drawing (boxes and arrows, each with a `<title>`) for a glance, and
/// the same as a nested list of links, for screen readers and narrow screens. Only people
/// in a referral chain appear; practice personas who named someone start their chain.
#[component]
pub fn ReferralMap() -> impl IntoView {
    let store = use_store();
    view! {
        <section class="card referral-map" aria-labelledby="map-heading">
            <h2 id="map-heading">"Who led to whom"</h2>
            {move || store.prepared.with(|p| {
                let map = Map::of(&p.people);
                if map.nodes.is_empty() {
                    return view! {
                        <p class="empty">"When someone suggests a name, add it from their page (or from a practice review): the map of who led to whom grows here."</p>
                    }.into_any();
                }
                view! {
                    {map.svg()}
                    <h3 class="map-list-heading">"As a list"</h3>
                    {nested_list(&map.lines, 0, 0).0}
                }.into_any()
            })}
        </section>
    }
}

/// A box on the drawing: a person (with a link) or a practice persona.
struct Node {
    name: String,
    label: String,
    title: String,
    x: f64,
    y: f64,
    persona: bool,
}

struct Map {
    nodes: Vec<Node>,
    /// Arrows between node indexes.
    arrows: Vec<(usize, usize)>,
    /// The list view, restricted to people in a chain.
    lines: Vec<ReferralLine>,
}

impl Map {
    fn of(people: &People) -> Map {
        let edges = referral_edges(people);
        let in_chain = |id: &str| {
            edges
                .iter()
                .any(|e| e.to == id || matches!(&e.from, Referrer::Person(f) if f == id))
        };
        let lines: Vec<ReferralLine> = referral_list(people)
            .into_iter()
            .filter(|l| in_chain(&l.person_id))
            .collect();
        // Practice personas take the first column when there are any.
        let shift = usize::from(
            edges
                .iter()
                .any(|e| matches!(e.from, Referrer::Practice { .. })),
        );
        let mut nodes: Vec<Node> = Vec::new();
        let mut person_node = std::collections::BTreeMap::new();
        for (row, l) in lines.iter().enumerate() {
            person_node.insert(l.person_id.clone(), nodes.len());
            nodes.push(Node {
                name: l.name.clone(),
                label: short(&l.name),
                title: if l.via.is_empty() {
                    l.name.clone()
                } else {
                    format!("{}: {}", l.name, l.via)
                },
                x: (l.depth + shift) as f64 * COL_W + PAD,
                y: row as f64 * ROW_H + PAD,
                persona: false,
            });
        }
        let mut arrows = Vec::new();
        let mut persona_node = std::collections::BTreeMap::new();
        for e in &edges {
            let Some(&to) = person_node.get(&e.to) else {
                continue;
            };
            let from = match &e.from {
                Referrer::Person(id) => person_node.get(id).copied(),
                Referrer::Practice {
                    persona_name,
                    session_id,
                } => {
                    let key = (persona_name.clone(), session_id.clone());
                    Some(*persona_node.entry(key).or_insert_with(|| {
                        nodes.push(Node {
                            name: persona_name.clone(),
                            label: short(persona_name),
                            title: format!("{persona_name} (practice persona)"),
                            x: PAD,
                            y: nodes[to].y,
                            persona: true,
                        });
                        nodes.len() - 1
                    }))
                }
            };
            if let Some(from) = from {
                arrows.push((from, to));
            }
        }
        Map {
            nodes,
            arrows,
            lines,
        }
    }

    fn svg(&self) -> impl IntoView {
        let width = self.nodes.iter().map(|n| n.x).fold(0.0, f64::max) + NODE_W + 2.0 * PAD;
        let height = self.nodes.iter().map(|n| n.y).fold(0.0, f64::max) + NODE_H + 2.0 * PAD;
        let summary = format!(
            "Referral map: {} people and {} referrals. The same is listed below.",
            self.nodes.len(),
            self.arrows.len()
        );
        let arrows = self.arrows.iter().map(|&(f, t)| {
            let (a, b) = (&self.nodes[f], &self.nodes[t]);
            let (x2, y2) = (b.x - 4.0, b.y + NODE_H / 2.0);
            // Down from under the referrer, then across to the person (a tree's elbow); a
            // persona sits on its person's row, so its arrow runs straight across.
            let d = if b.y > a.y {
                let x1 = a.x + 24.0;
                format!("M{x1},{} V{} Q{x1},{y2} {},{y2} H{x2}", a.y + NODE_H, y2 - 10.0, x1 + 10.0)
            } else {
                format!("M{},{y2} H{x2}", a.x + NODE_W)
            };
            let title = format!("{} led to {}", a.name, b.name);
            view! { <path class="map-arrow" d=d marker-end="url(#map-arrowhead)"><title>{title}</title></path> }
        }.into_any()).collect_view();
        let nodes =
            self.nodes
                .iter()
                .map(|n| {
                    {
                let class = if n.persona {
                    "map-node persona"
                } else {
                    "map-node"
                };
                view! {
                    <g class=class>
                        <title>{n.title.clone()}</title>
                        <rect x=n.x y=n.y width=NODE_W height=NODE_H rx="9" />
                        <text x=n.x + 12.0 y=n.y + NODE_H / 2.0 + 5.0>{n.label.clone()}</text>
                    </g>
                }
            }.into_any()
                })
                .collect_view();
        view! {
            <div class="map-scroll">
                <svg
                    class="map-drawing"
                    viewBox=format!("0 0 {width} {height}")
                    width=width
                    role="img"
                    aria-label=summary
                >
                    <defs>
                        <marker id="map-arrowhead" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
                            <path d="M0,0 L10,5 L0,10 z" class="map-arrowhead" />
                        </marker>
                    </defs>
                    {arrows}
                    {nodes}
                </svg>
            </div>
        }
    }
}

/// Names longer than the box are cut (the full name is in the `<title>`).
fn short(name: &str) -> String {
    if name.chars().count() <= 20 {
        name.to_string()
    } else {
        format!("{}…", name.chars().take(19).collect::<String>())
    }
}

/// The lines from `start` at `depth` (and deeper, nested) as a `<ul>`; returns the view and
/// the index after the last line it took.
fn nested_list(lines: &[ReferralLine], start: usize, depth: usize) -> (AnyView, usize) {
    let mut items = Vec::new();
    let mut i = start;
    while i < lines.len() && lines[i].depth >= depth {
        let l = &lines[i];
        i += 1;
        let children = if i < lines.len() && lines[i].depth > l.depth {
            let (view, next) = nested_list(lines, i, l.depth + 1);
            i = next;
            Some(view)
        } else {
            None
        };
        let via = (!l.via.is_empty())
            .then(|| view! { <span class="map-via">{format!(" · {}", l.via)}</span> }.into_any());
        items.push(view! {
            <li>
                <a href=Route::Person(l.person_id.clone()).href() dir="auto">{l.name.clone()}</a>
                {via}
                {children}
            </li>
        });
    }
    (view! { <ul class="map-list">{items}</ul> }.into_any(), i)
}
