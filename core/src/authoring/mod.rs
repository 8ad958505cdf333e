//! Reading persona TOML and checking it: what `askwell check` and the content tests run.
//! Only compiled with the `authoring` feature, so no TOML parser ships to the browser.

mod write;

pub use write::persona_to_toml;

use crate::persona::{Persona, FORMAT_VERSION};
use std::collections::BTreeSet;

/// The shared rules' constants, kept here under their old paths.
pub use crate::custom::{CORE_TOPICS, MIN_NUGGETS};

/// Parse one persona file. The error names the line and field when TOML or a field is wrong.
pub fn parse_persona(source: &str) -> Result<Persona, String> {
    // Read the version first, so an old or newer file gets a clear message rather than a
    // confusing field error.
    let raw: toml::Table = source.parse().map_err(|e: toml::de::Error| e.to_string())?;
    match raw.get("format_version").and_then(|v| v.as_integer()) {
        Some(v) if v == i64::from(FORMAT_VERSION) => {}
        Some(v) => {
            return Err(format!(
                "format_version {v} is not supported (this build reads {FORMAT_VERSION})"
            ))
        }
        None => return Err("missing `format_version` (an integer)".into()),
    }
    toml::from_str(source).map_err(|e| e.to_string())
}

/// Everything wrong with a shipped persona, one message per problem, each starting with
/// where it is (`topic `past.path`: ...`). Empty means it is fit to ship. The rules are
/// `custom::check`'s, both severities (the shipped bar), plus one of the shipped library's
/// own: a shipped id never starts with `my-`, which belongs to the user's personas.
pub fn check_persona(p: &Persona) -> Vec<String> {
    let mut problems: Vec<String> = crate::custom::check(p)
        .into_iter()
        .map(|x| format!("{}: {}", x.field.locator(), x.message))
        .collect();
    if crate::custom::is_custom_id(&p.id) {
        problems.push(format!(
            "id: `{}` starts with `my-`, which is kept for the user's own personas",
            p.id
        ));
    }
    problems
}

/// Check a set of personas together: each alone, plus unique ids.
pub fn check_library(personas: &[(String, Result<Persona, String>)]) -> Vec<String> {
    let mut out = Vec::new();
    let mut ids = BTreeSet::new();
    for (path, parsed) in personas {
        match parsed {
            Err(e) => out.push(format!("{path}: cannot read: {e}")),
            Ok(p) => {
                if !ids.insert(p.id.clone()) {
                    out.push(format!("{path}: persona id `{}` is used twice", p.id));
                }
                out.extend(check_persona(p).into_iter().map(|m| format!("{path}: {m}")));
            }
        }
    }
    out
}
