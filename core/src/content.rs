//! The bundled personas. Natively they are read from TOML; the browser build receives them as
//! compact JSON made at build time (see the app's `build.rs`).

use crate::persona::Persona;

include!(concat!(env!("OUT_DIR"), "/persona_sources.rs"));

/// Personas from the compact JSON the app's build script writes.
pub fn from_json(json: &str) -> Result<Vec<Persona>, String> {
    serde_json::from_str(json).map_err(|e| e.to_string())
}

/// All bundled personas, parsed from their TOML. Panics with the file name on a bad file:
/// shipping content is checked by tests and at build time, so this is a build error.
#[cfg(feature = "authoring")]
pub fn bundled() -> Vec<Persona> {
    PERSONA_SOURCES
        .iter()
        .map(|(name, src)| {
            crate::authoring::parse_persona(src).unwrap_or_else(|e| panic!("{name}: {e}"))
        })
        .collect()
}

/// The JSON the browser build embeds: every bundled persona, validated.
#[cfg(feature = "authoring")]
pub fn bundled_json() -> Result<String, String> {
    let mut problems = Vec::new();
    let mut personas = Vec::new();
    for (name, src) in PERSONA_SOURCES {
        match crate::authoring::parse_persona(src) {
            Ok(p) => {
                problems.extend(
                    crate::authoring::check_persona(&p)
                        .into_iter()
                        .map(|m| format!("{name}: {m}")),
                );
                personas.push(p);
            }
            Err(e) => problems.push(format!("{name}: {e}")),
        }
    }
    if problems.is_empty() {
        serde_json::to_string(&personas).map_err(|e| e.to_string())
    } else {
        Err(problems.join("\n"))
    }
}
