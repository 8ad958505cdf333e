//! The files around custom personas: the hosted-persona manifest, and TOML written back from
//! a share file (what `askwell import-persona` prints) for authors.

use askwell_core::authoring::{parse_persona, persona_to_toml};
use askwell_core::content::bundled;
use askwell_core::custom::{
    custom_id_for, from_file, parse_manifest, to_file, FileError, MAX_MANIFEST_FILES,
};
use askwell_core::Persona;
use serde_json::json;

fn manifest(personas: serde_json::Value) -> String {
    json!({"format": "askwell-persona-manifest", "format_version": 1, "personas": personas})
        .to_string()
}

#[test]
fn a_manifest_lists_plain_file_names_only() {
    let names = parse_manifest(&manifest(json!([
        "marine-biologist.askwell-persona.json",
        "ux_researcher.json",
        "marine-biologist.askwell-persona.json"
    ])))
    .unwrap();
    assert_eq!(
        names,
        [
            "marine-biologist.askwell-persona.json",
            "ux_researcher.json"
        ]
    );
    assert_eq!(
        parse_manifest(&manifest(json!([]))).unwrap(),
        Vec::<String>::new()
    );
    for bad in [
        "../secrets.json",
        "sub/dir.json",
        "https://evil.example/x.json",
        ".hidden.json",
        "notes.txt",
        ".json",
        "a b.json",
        "C:\\x.json",
    ] {
        let err = parse_manifest(&manifest(json!([bad]))).unwrap_err();
        assert!(matches!(err, FileError::Invalid(_)), "{bad}: {err:?}");
    }
    let too_many: Vec<String> = (0..=MAX_MANIFEST_FILES)
        .map(|i| format!("p{i}.json"))
        .collect();
    assert!(parse_manifest(&manifest(json!(too_many))).is_err());
    assert_eq!(parse_manifest("<html>404</html>"), Err(FileError::NotJson));
    assert_eq!(
        parse_manifest(r#"{"format":"askwell-persona","format_version":1,"personas":[]}"#),
        Err(FileError::NotAManifest)
    );
    assert_eq!(
        parse_manifest(r#"{"format":"askwell-persona-manifest","format_version":2,"personas":[]}"#),
        Err(FileError::Newer)
    );
    assert_eq!(
        parse_manifest(
            r#"{"format":"askwell-persona-manifest","format_version":1,"personas":[3]}"#
        ),
        Err(FileError::NotAManifest)
    );
    assert_eq!(
        parse_manifest(&" ".repeat(70 * 1024)),
        Err(FileError::TooLarge)
    );
}

#[test]
fn toml_to_share_file_to_toml_gives_the_same_persona() {
    for shipped in bundled() {
        // `askwell export-persona`: the TOML persona, with the user's id, as a share file.
        let file = to_file(&Persona {
            id: custom_id_for(&shipped.id),
            ..shipped.clone()
        });
        // `askwell import-persona`: the file's persona as TOML, read back.
        let toml = persona_to_toml(&from_file(&file).unwrap());
        let back = parse_persona(&toml).unwrap();
        assert_eq!(
            Persona {
                id: shipped.id.clone(),
                ..back.clone()
            },
            shipped
        );
        assert_eq!(to_file(&back), file, "{}", shipped.id);
    }
}

#[test]
fn toml_written_back_keeps_awkward_text() {
    let mut p = bundled().remove(0);
    p.bio = "Quotes \" and \\ backslashes, a tab\t, a newline\n, a DEL \u{7f}, é, 👋, \
             '''triple''' and \"\"\"triple\"\"\", [brackets] = # not a comment"
        .into();
    p.greeting = vec!["<script>alert(1)</script>".into()];
    let back = parse_persona(&persona_to_toml(&p)).unwrap();
    assert_eq!(back, p);
}
