//! Lists `content/personas/*.toml` so every persona file in the folder is compiled in with
//! `include_str!` (adding a persona needs no code change), and likewise the training corpus.
use std::{env, fs, path::PathBuf};

fn main() {
    let manifest = PathBuf::from(env::var("CARGO_MANIFEST_DIR").unwrap());
    let dir = manifest.join("../content/personas");
    println!("cargo:rerun-if-changed={}", dir.display());
    let mut files: Vec<PathBuf> = fs::read_dir(&dir)
        .map(|rd| rd.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    files.retain(|p| p.extension().is_some_and(|e| e == "toml"));
    files.sort();
    let mut code = String::from("/// (file name, TOML source) of every bundled persona.\n");
    code.push_str("pub const PERSONA_SOURCES: &[(&str, &str)] = &[\n");
    for f in &files {
        println!("cargo:rerun-if-changed={}", f.display());
        let name = f.file_name().unwrap().to_string_lossy();
        let abs = f.canonicalize().unwrap();
        code.push_str(&format!(
            "    ({name:?}, include_str!({:?})),\n",
            abs.display().to_string()
        ));
    }
    code.push_str("];\n");
    code.push_str(&corpus_sources(&manifest.join("../content/corpus")));
    let out = PathBuf::from(env::var("OUT_DIR").unwrap()).join("persona_sources.rs");
    fs::write(out, code).unwrap();
}

/// `CORPUS_SOURCES`: (file name, text) of every `content/corpus/*.tsv`, for training and the
/// model's up-to-date check (authoring builds only; the browser never sees the corpus).
fn corpus_sources(dir: &std::path::Path) -> String {
    println!("cargo:rerun-if-changed={}", dir.display());
    let mut files: Vec<PathBuf> = fs::read_dir(dir)
        .map(|rd| rd.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    files.retain(|p| p.extension().is_some_and(|e| e == "tsv"));
    files.sort();
    let mut code = String::from("/// (file name, text) of every training corpus file.\n");
    code.push_str("#[cfg(feature = \"authoring\")]\n");
    code.push_str("pub const CORPUS_SOURCES: &[(&str, &str)] = &[\n");
    for f in &files {
        println!("cargo:rerun-if-changed={}", f.display());
        let name = f.file_name().unwrap().to_string_lossy();
        let abs = f.canonicalize().unwrap();
        code.push_str(&format!(
            "    ({name:?}, include_str!({:?})),\n",
            abs.display().to_string()
        ));
    }
    code.push_str("];\n");
    code
}
