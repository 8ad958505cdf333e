//! The list of personas a deployment hosts beside the app, in `personas/extra/manifest.json`:
//! `{"format":"askwell-persona-manifest","format_version":1,"personas":["a.askwell-persona.json"]}`.
//! Only plain file names in that folder are accepted, so a manifest cannot point elsewhere.

use super::file::FileError;
use serde::Deserialize;

pub const MANIFEST_FORMAT: &str = "askwell-persona-manifest";
/// The manifest format this build reads.
pub const MANIFEST_FORMAT_VERSION: u32 = 1;
/// Most files one manifest may list.
pub const MAX_MANIFEST_FILES: usize = 100;
/// Largest manifest read, in bytes.
const MAX_MANIFEST_BYTES: usize = 64 * 1024;

#[derive(Deserialize)]
struct Manifest {
    format: String,
    format_version: u32,
    personas: Vec<String>,
}

/// The file names a manifest lists, in its order, without duplicates.
pub fn parse_manifest(text: &str) -> Result<Vec<String>, FileError> {
    if text.len() > MAX_MANIFEST_BYTES {
        return Err(FileError::TooLarge);
    }
    let head: serde_json::Value = serde_json::from_str(text).map_err(|_| FileError::NotJson)?;
    match head.get("format").and_then(|f| f.as_str()) {
        Some(MANIFEST_FORMAT) => {}
        _ => return Err(FileError::NotAManifest),
    }
    match head.get("format_version").and_then(|v| v.as_u64()) {
        Some(v) if v == u64::from(MANIFEST_FORMAT_VERSION) => {}
        Some(v) if v > u64::from(MANIFEST_FORMAT_VERSION) => return Err(FileError::Newer),
        _ => return Err(FileError::NotAManifest),
    }
    let manifest: Manifest = serde_json::from_value(head).map_err(|_| FileError::NotAManifest)?;
    debug_assert_eq!(manifest.format, MANIFEST_FORMAT);
    debug_assert_eq!(manifest.format_version, MANIFEST_FORMAT_VERSION);
    if manifest.personas.len() > MAX_MANIFEST_FILES {
        return Err(FileError::Invalid(format!(
            "it lists more than {MAX_MANIFEST_FILES} personas"
        )));
    }
    let mut names: Vec<String> = Vec::new();
    for name in manifest.personas {
        if !is_plain_file_name(&name) {
            return Err(FileError::Invalid(format!(
                "“{}” is not a plain file name ending in .json",
                name.chars().take(60).collect::<String>()
            )));
        }
        if !names.contains(&name) {
            names.push(name);
        }
    }
    Ok(names)
}

/// A name inside the folder: no path, no parent, no hidden file, ends in `.json`.
fn is_plain_file_name(name: &str) -> bool {
    name.len() <= 200
        && name.ends_with(".json")
        && name.len() > ".json".len()
        && !name.starts_with('.')
        && !name.contains("..")
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
}
