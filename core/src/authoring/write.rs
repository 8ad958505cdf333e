//! Writing a persona back as TOML in the layout of `content/personas/` (what
//! `askwell import-persona` prints), so a share file becomes a file an author can edit and
//! `parse_persona` reads back to the same persona.

use crate::persona::Persona;
use serde::Serialize;
use std::fmt::Write;

/// The persona as a TOML file: top-level fields, then `[[vocabulary]]`, `[[topics]]`,
/// `[[nuggets]]` and `[lines]`, one list item a line.
pub fn persona_to_toml(p: &Persona) -> String {
    let mut out = String::new();
    let w = &mut out;
    // Writing to a String cannot fail.
    let _ = writeln!(w, "format_version = {}", p.format_version);
    for (key, value) in [("id", &p.id), ("name", &p.name), ("pronouns", &p.pronouns)] {
        let _ = writeln!(w, "{key} = {}", quote(value));
    }
    let _ = writeln!(w, "age = {}", p.age);
    for (key, value) in [
        ("role", &p.role),
        ("organization", &p.organization),
        ("field", &p.field),
    ] {
        let _ = writeln!(w, "{key} = {}", quote(value));
    }
    let _ = writeln!(w, "temperament = {}", quote(&name_of(&p.temperament)));
    let _ = writeln!(w, "bio = {}", quote(&p.bio));
    list(w, "greeting", &p.greeting);
    for v in &p.vocabulary {
        let _ = writeln!(w, "\n[[vocabulary]]\ntopic = {}", quote(v.topic.id()));
        list(w, "phrases", &v.phrases);
    }
    for s in &p.topics {
        let _ = writeln!(w, "\n[[topics]]\ntopic = {}", quote(s.topic.id()));
        list(w, "answers", &s.answers);
        list(w, "follow_ups", &s.follow_ups);
    }
    for n in &p.nuggets {
        let _ = writeln!(w, "\n[[nuggets]]\nid = {}", quote(&n.id));
        let _ = writeln!(w, "outcome = {}", quote(n.outcome.id()));
        let _ = writeln!(w, "topic = {}", quote(n.topic.id()));
        let _ = writeln!(w, "reveal = {}", quote(&name_of(&n.reveal)));
        list(w, "keywords", &n.keywords);
        let _ = writeln!(w, "text = {}", quote(&n.text));
    }
    let _ = writeln!(w, "\n[lines]");
    for kind in crate::custom::LineKind::ALL {
        list(w, kind.id(), kind.of(&p.lines));
    }
    for t in &p.terms {
        let _ = writeln!(w, "\n[[terms]]");
        list(w, "words", &t.words);
        let _ = writeln!(w, "means = {}", quote(&t.means));
    }
    out
}

/// A list, one item a line (`[]` when empty).
fn list(w: &mut String, key: &str, items: &[String]) {
    if items.is_empty() {
        let _ = writeln!(w, "{key} = []");
        return;
    }
    let _ = writeln!(w, "{key} = [");
    for item in items {
        let _ = writeln!(w, "  {},", quote(item));
    }
    let _ = writeln!(w, "]");
}

/// A TOML basic string. JSON's escapes (`\"`, `\\`, `\n`, `\uXXXX`, ...) are all TOML
/// escapes; TOML also forbids a raw DEL, which JSON leaves as it is.
fn quote(s: &str) -> String {
    serde_json::to_string(s)
        .unwrap_or_default()
        .replace('\u{7f}', "\\u007F")
}

/// The name serde gives a unit enum value (`warm`, `follow_up`).
fn name_of<T: Serialize>(value: &T) -> String {
    serde_json::to_value(value)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default()
}
