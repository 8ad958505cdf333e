//! Validates the persona files and writes the small catalogue the app embeds (who can be
//! interviewed, without their scripts) and the content tag of this build. Full scripts ship as
//! separate JSON files (`askwell export`, run by the Trunk hook), so neither a TOML parser nor
//! every persona's text sits in the .wasm. A persona with problems fails the build.
use std::{env, fs, path::PathBuf};

fn main() {
    println!("cargo:rerun-if-changed=content/personas");
    let catalog = askwell_core::content::catalog_rust()
        .unwrap_or_else(|problems| panic!("persona content has problems:\n{problems}"));
    let out = PathBuf::from(env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    fs::write(out.join("catalog.rs"), catalog).expect("OUT_DIR is writable");
    fs::write(
        out.join("content_tag.txt"),
        askwell_core::content::content_tag(),
    )
    .expect("OUT_DIR is writable");
    // Every full persona, for the browser tests only (the app fetches them one by one).
    let all = askwell_core::content::validated().expect("validated above");
    fs::write(
        out.join("personas_for_tests.json"),
        serde_json::to_string(&all).expect("plain data serializes"),
    )
    .expect("OUT_DIR is writable");
}
