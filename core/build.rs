//! Lists `content/personas/*.toml` and `content/corpus/*.tsv` so every file in those folders is
//! compiled in with `include_str!` (adding a persona or a corpus file needs no code change),
//! and writes the lexicons of `content/lexicon/` without their comments.
use std::{env, fs, path::Path, path::PathBuf};

fn main() {
    let manifest = PathBuf::from(env::var("CARGO_MANIFEST_DIR").unwrap());
    let content = manifest.join("../content");
    let mut code = embed_dir(
        &content.join("personas"),
        "toml",
        "/// (file name, TOML source) of every bundled persona.\n",
        "PERSONA_SOURCES",
    );
    // The corpus is for training and the model's up-to-date check: authoring builds only, so
    // the browser never carries it.
    code.push_str(&embed_dir(
        &content.join("corpus"),
        "tsv",
        "/// (file name, text) of every training corpus file.\n#[cfg(feature = \"authoring\")]\n",
        "CORPUS_SOURCES",
    ));
    let out_dir = PathBuf::from(env::var("OUT_DIR").unwrap());
    fs::write(out_dir.join("persona_sources.rs"), code).unwrap();
    // The word lists ship without their comments: the comments document the files for the
    // people who extend them; the app needs only the words (about 3.6 KB of `.wasm`).
    for name in [
        "grammar",
        "related",
        "evaluative",
        "languages",
        "coach",
        "prepare",
        "letters",
        "replies",
        "review",
    ] {
        let source = content.join("lexicon").join(format!("{name}.txt"));
        println!("cargo:rerun-if-changed={}", source.display());
        let text = fs::read_to_string(&source).unwrap();
        let words: String = text
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
            .map(|l| format!("{l}\n"))
            .collect();
        fs::write(out_dir.join(format!("{name}.txt")), words).unwrap();
    }
}

/// `pub const NAME: &[(&str, &str)]` of (file name, contents) for every `*.ext` in `dir`.
fn embed_dir(dir: &Path, ext: &str, doc: &str, name: &str) -> String {
    println!("cargo:rerun-if-changed={}", dir.display());
    let mut files: Vec<PathBuf> = fs::read_dir(dir)
        .map(|rd| rd.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    files.retain(|p| p.extension().is_some_and(|e| e == ext));
    files.sort();
    let mut code = format!("{doc}pub const {name}: &[(&str, &str)] = &[\n");
    for f in &files {
        println!("cargo:rerun-if-changed={}", f.display());
        let file_name = f.file_name().unwrap().to_string_lossy();
        let abs = f.canonicalize().unwrap();
        code.push_str(&format!(
            "    ({file_name:?}, include_str!({:?})),\n",
            abs.display().to_string()
        ));
    }
    code.push_str("];\n");
    code
}
