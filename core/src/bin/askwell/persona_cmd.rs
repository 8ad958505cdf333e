//! `askwell export-persona FILE.toml` and `askwell import-persona FILE.json`: a persona's
//! share file (the one the browser imports and exports) from TOML, and TOML back from one.

use askwell_core::authoring::{parse_persona, persona_to_toml};
use askwell_core::custom::{custom_id_for, from_file, to_file};
use std::process::ExitCode;

/// Prints the share file of a TOML persona, its id made a custom one (`my-`). The file is
/// read back as the browser would before it is printed, so what is printed imports.
pub fn export_persona(args: &[String]) -> ExitCode {
    let [path] = args else {
        eprintln!("usage: askwell export-persona FILE.toml > NAME.askwell-persona.json");
        return ExitCode::from(2);
    };
    let mut persona = match std::fs::read_to_string(path)
        .map_err(|e| e.to_string())
        .and_then(|src| parse_persona(&src))
    {
        Ok(p) => p,
        Err(e) => {
            eprintln!("{path}: cannot read: {e}");
            return ExitCode::FAILURE;
        }
    };
    persona.id = custom_id_for(&persona.id);
    let file = to_file(&persona);
    if let Err(e) = from_file(&file) {
        eprintln!("{path}: the browser would refuse this persona: {e}");
        return ExitCode::FAILURE;
    }
    println!("{file}");
    ExitCode::SUCCESS
}

/// Prints a share file's persona as TOML, checked as the browser checks it on import.
pub fn import_persona(args: &[String]) -> ExitCode {
    let [path] = args else {
        eprintln!("usage: askwell import-persona FILE.json > NAME.toml");
        return ExitCode::from(2);
    };
    let text = match std::fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("{path}: cannot read: {e}");
            return ExitCode::FAILURE;
        }
    };
    match from_file(&text) {
        Ok(persona) => {
            print!("{}", persona_to_toml(&persona));
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("{path}: {e}");
            ExitCode::FAILURE
        }
    }
}
