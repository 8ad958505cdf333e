//! The bundled personas and the understanding model's bytes. Natively the personas are read
//! from TOML; the browser build receives their catalogue as Rust code and each full script as
//! compact JSON, both made at build time (see the app's `build.rs`).

use crate::persona::Persona;
use std::sync::Mutex;

/// The model file, as `include_bytes!` reads it (an array, so its length is known here).
macro_rules! model_file {
    () => {
        include_bytes!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../content/model/understanding.bin"
        ))
    };
}

/// The shipped model (`askwell train` writes it; a test checks it matches the corpus).
pub static MODEL_BYTES: &[u8] = model_file!();

/// The same bytes as the app reads them, in writable memory (a mutex) only so that the linker
/// puts them after all read-only data: in the `.wasm` the model's 42 KB of range-coded,
/// incompressible bytes then follow the text instead of splitting it, where gzip's blocks
/// mixed the two (0.9 KiB; it also ends swings of a kilobyte whenever other data moved it;
/// NOTES.md section 1).
static PLACED: Mutex<[u8; MODEL_BYTES.len()]> = Mutex::new(*model_file!());

/// Runs `read` on the shipped model's bytes.
pub(crate) fn with_model_bytes<R>(read: impl FnOnce(&[u8]) -> R) -> R {
    read(
        &PLACED
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())[..],
    )
}

include!(concat!(env!("OUT_DIR"), "/persona_sources.rs"));

/// A persona from the JSON written by `askwell export`.
pub fn persona_from_json(json: &str) -> Result<Persona, String> {
    crate::persona::persona_from_json(json).map_err(|e| e.to_string())
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

/// Every bundled persona, validated: the whole library or the list of problems.
#[cfg(feature = "authoring")]
pub fn validated() -> Result<Vec<Persona>, String> {
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
        Ok(personas)
    } else {
        Err(problems.join("\n"))
    }
}

/// The catalogue the browser build embeds (no scripts), as a Rust expression of type
/// `Vec<PersonaInfo>` for `include!`: the first screen then needs no JSON decoder, and no
/// decoding work before it can draw the picker.
#[cfg(feature = "authoring")]
pub fn catalog_rust() -> Result<String, String> {
    let mut out = String::from("vec![\n");
    for p in validated()?.iter().map(Persona::info) {
        // `{:?}` of a str is a valid Rust string literal, escapes included.
        out.push_str(&format!(
            "    PersonaInfo {{ id: {:?}.into(), name: {:?}.into(), pronouns: {:?}.into(), \
             role: {:?}.into(), organization: {:?}.into(), field: {:?}.into(), \
             temperament: Temperament::{:?}, bio: {:?}.into() }},\n",
            p.id, p.name, p.pronouns, p.role, p.organization, p.field, p.temperament, p.bio
        ));
    }
    out.push(']');
    Ok(out)
}

/// A version tag for the exported persona files, so a new build never reads an old copy.
#[cfg(feature = "authoring")]
pub fn content_tag() -> String {
    // FNV-1a over every source: stable across runs and platforms.
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for (name, src) in PERSONA_SOURCES {
        for b in name.bytes().chain(src.bytes()) {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
    }
    format!("{h:016x}")
}

/// Every corpus example, parsed, with its file name on errors.
#[cfg(feature = "authoring")]
pub fn corpus() -> Result<Vec<crate::understand::corpus::Example>, String> {
    let mut all = Vec::new();
    for (name, src) in CORPUS_SOURCES {
        all.extend(
            crate::understand::corpus::parse(src, true).map_err(|e| format!("{name}: {e}"))?,
        );
    }
    Ok(all)
}

/// The fingerprint a model trained on today's corpus with today's settings carries.
#[cfg(feature = "authoring")]
pub fn corpus_fingerprint() -> u64 {
    let config = format!("{:?}", crate::understand::train::DEFAULT);
    crate::understand::corpus::fingerprint(
        CORPUS_SOURCES
            .iter()
            .flat_map(|(n, s)| [n.as_bytes(), s.as_bytes()])
            .chain([config.as_bytes()]),
    )
}
