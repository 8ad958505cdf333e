//! The stored list of the user's personas (schema 5, `askwell.personas`): the frozen
//! fixture, the codec and its checks, and export / import carrying custom personas (older
//! export formats still import).

mod common;
mod custom;

use askwell_core::custom::{
    decode_personas, decode_personas_record, encode_personas, CustomPersona, CustomPersonas,
    Origin, MAX_CUSTOM_PERSONAS, PERSONAS_KEY,
};
use askwell_core::json::Tree;
use askwell_core::store::{
    self, checksum, decode_record, encode_with_revision, export_all, may_overwrite,
    migrate_v4_to_v5, parse_import, DecodeError, ExportContents, ImportError, WriteCheck,
};
use serde_json::{json, Value};

/// Text as the tree the migrations take.
fn tree(text: &str) -> Tree {
    Tree::parse(text).unwrap()
}

const T0: f64 = 1_714_035_600_000.0;

fn fixture_path(name: &str) -> String {
    format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"))
}

/// Two personas: one written from the blank, one copied from a shipped persona and edited.
fn sample() -> CustomPersonas {
    // The blank as it was when the fixture was frozen: schema 10 gave it `agenda_set`.
    let mut blank = custom::minimal();
    blank.lines.agenda_set.clear();
    let written = CustomPersona {
        persona: blank,
        created_ms: T0,
        updated_ms: T0 + 60_000.0,
        origin: Origin::Written,
    };
    // The copy as it was made when the fixture was frozen: the shipped persona's answers
    // are edited as content improves, and a stored copy keeps the words it was made with.
    let copied = decode_record::<CustomPersonas>(
        &std::fs::read_to_string(fixture_path("v5/personas.json")).unwrap(),
    )
    .unwrap()
    .data
    .get("my-maya-for-class-7q2")
    .unwrap()
    .persona
    .clone();
    let mut list = CustomPersonas::default();
    list.upsert(written).unwrap();
    list.upsert(CustomPersona {
        persona: copied,
        created_ms: T0 + 1_000.0,
        updated_ms: T0 + 2_000.5,
        origin: Origin::Copied {
            from: "maya-okafor".into(),
        },
    })
    .unwrap();
    list
}

/// `v5/personas.json` holds `sample()` as schema 5 writes it (revision 2). Written once with
/// ASKWELL_BLESS=1 when missing; never rewritten.
#[test]
fn the_v5_fixture_decodes_and_re_encodes_to_the_same_bytes() {
    let list = sample();
    let path = fixture_path("v5/personas.json");
    let now = encode_with_revision(&list, 2).unwrap();
    let frozen = match std::fs::read_to_string(&path) {
        Ok(text) => text,
        Err(_) if std::env::var_os("ASKWELL_BLESS").is_some_and(|v| v == "1") => {
            std::fs::write(&path, &now).unwrap();
            now.clone()
        }
        Err(e) => panic!("{path}: {e} (bless it once with ASKWELL_BLESS=1)"),
    };
    // Schemas 6 to 12 changed only the version number of this record.
    assert_eq!(
        now,
        frozen.replacen("{\"version\":5,", "{\"version\":12,", 1),
        "the stored form of custom personas changed"
    );
    assert_eq!(
        now,
        std::fs::read_to_string(fixture_path("v12/personas.json")).unwrap()
    );
    let rec = decode_record::<CustomPersonas>(&frozen).unwrap();
    assert_eq!(
        (rec.data, rec.revision, rec.stored_version),
        (list.clone(), 2, 5)
    );
    assert_eq!(decode_personas(&frozen).unwrap(), list);
    assert_eq!(decode_personas_record(&frozen).unwrap().revision, 2);
    assert_eq!(PERSONAS_KEY, "askwell.personas");
    // A schema 4 build would have read a version it does not know as newer; and a schema 4
    // envelope of the same data migrates (the data is unchanged).
    let as_v4 = frozen.replacen("{\"version\":5,", "{\"version\":4,", 1);
    assert_eq!(migrate_v4_to_v5(tree(&as_v4)).unwrap(), tree(&frozen));
    let as_v13 = frozen.replacen("{\"version\":5,", "{\"version\":13,", 1);
    assert_eq!(decode_personas(&as_v13), Err(DecodeError::Newer(13)));
    assert_eq!(
        may_overwrite::<CustomPersonas>(Some(&as_v13), 12),
        WriteCheck::Newer(13)
    );
}

#[test]
fn the_codec_round_trips_and_refuses_what_it_must_not_keep() {
    let list = sample();
    let raw = encode_personas(&list).unwrap();
    assert_eq!(decode_personas(&raw).unwrap(), list);
    assert_eq!(
        decode_personas(&encode_personas(&CustomPersonas::default()).unwrap()).unwrap(),
        CustomPersonas::default()
    );
    // A newer build's topic is "newer", never damaged.
    let newer = raw.replacen("\"present.typical_day\"", "\"future.salary\"", 1);
    assert!(matches!(
        decode_personas(&newer),
        Err(DecodeError::NewerBuild(_))
    ));
    // Not one of the user's ids, two with one id, a bad time: damaged.
    let mut shipped_id = list.clone();
    shipped_id.personas[0].persona.id = "maya-okafor".into();
    let mut twice = list.clone();
    twice.personas[1].persona.id = twice.personas[0].persona.id.clone();
    for bad in [shipped_id, twice] {
        assert!(encode_personas(&bad).is_err());
        let raw = store::encode(&bad).unwrap();
        assert!(matches!(
            decode_personas(&raw),
            Err(DecodeError::Corrupt(_))
        ));
    }
    let nan = raw.replacen(&format!("{}", T0 + 1_000.0), "-5", 1);
    assert!(matches!(
        decode_personas(&nan),
        Err(DecodeError::Corrupt(_))
    ));
}

#[test]
fn the_list_has_limits_and_upsert_replaces_by_id() {
    let mut list = sample();
    let mut item = list.personas[0].clone();
    item.persona.bio = "Edited.".into();
    item.updated_ms = f64::NAN;
    list.upsert(item).unwrap();
    assert_eq!(list.personas.len(), 2);
    assert_eq!(list.personas[0].persona.bio, "Edited.");
    assert_eq!(
        list.personas[0].updated_ms, 0.0,
        "a broken clock is clamped"
    );
    let mut huge = list.personas[0].clone();
    huge.persona.id = "my-huge".into();
    huge.persona.bio = "b".repeat(3_000);
    assert!(list.upsert(huge).unwrap_err().contains("too big"));
    for i in list.personas.len()..MAX_CUSTOM_PERSONAS {
        let mut more = list.personas[0].clone();
        more.persona.id = format!("my-more-{i}");
        list.upsert(more).unwrap();
    }
    let mut one_more = list.personas[0].clone();
    one_more.persona.id = "my-one-too-many".into();
    let why = list.upsert(one_more).unwrap_err();
    assert!(why.contains("Delete one"), "{why}");
    assert!(list.remove("my-more-7") && !list.remove("my-more-7"));
    // Drafts need not be ready to be kept.
    let mut draft = list.personas[0].clone();
    draft.persona.id = "my-draft".into();
    draft.persona.name.clear();
    list.upsert(draft).unwrap();
}

fn contents(personas: CustomPersonas) -> ExportContents {
    let session =
        store::decode(&std::fs::read_to_string(fixture_path("v5/session_simulated.json")).unwrap())
            .unwrap();
    ExportContents {
        sessions: vec![session],
        prepared: common::prepared(),
        personas,
        ..ExportContents::default()
    }
}

#[test]
fn custom_personas_round_trip_through_export_and_import() {
    let c = contents(sample());
    let text = export_all(&c, "0.1.0", T0).unwrap();
    assert!(text.contains("\"format_version\":4") && text.contains("\"personas\":{\"personas\""));
    let file = parse_import(&text).unwrap();
    assert_eq!(file.personas, c.personas);
    assert_eq!(file.prepared, c.prepared);
    let again = ExportContents {
        sessions: file.sessions.clone(),
        prepared: file.prepared.clone(),
        personas: file.personas.clone(),
        ..ExportContents::default()
    };
    assert_eq!(export_all(&again, "0.1.0", T0).unwrap(), text);
    // The checksum covers them.
    let edited = text.replacen("Saltmarsh Field Station", "Saltmarsh Field Statio", 1);
    assert_eq!(parse_import(&edited), Err(ImportError::ChecksumMismatch));
    assert!(
        c.describe()
            .contains("2 personas of your own are included."),
        "{}",
        c.describe()
    );
}

/// A file as format 3 wrote it: no `personas`, and a checksum without them.
fn as_format_3(text: &str) -> String {
    let mut root: Value = serde_json::from_str(text).unwrap();
    let obj = root.as_object_mut().unwrap();
    obj.remove("personas");
    obj.insert("format_version".into(), json!(3));
    obj.insert("schema_version".into(), json!(4));
    let content =
        json!({"kept": obj["kept"], "prepare": obj["prepare"], "sessions": obj["sessions"]});
    obj.insert("checksum".into(), json!(checksum(&content)));
    root.to_string()
}

#[test]
fn older_export_formats_still_import_and_may_not_carry_personas() {
    let text = export_all(&contents(CustomPersonas::default()), "0.1.0", T0).unwrap();
    let old = parse_import(&as_format_3(&text)).unwrap();
    assert_eq!((old.format_version, old.schema_version), (3, 4));
    assert!(old.personas.personas.is_empty());
    assert_eq!(old.prepared, common::prepared());
    // A format 3 file that holds personas is damaged; a format 4 file must hold them.
    let with = export_all(&contents(sample()), "0.1.0", T0).unwrap();
    let claims_3 = with.replacen("\"format_version\":4", "\"format_version\":3", 1);
    assert!(matches!(
        parse_import(&claims_3),
        Err(ImportError::Malformed(_))
    ));
    let mut root: Value = serde_json::from_str(&text).unwrap();
    root.as_object_mut().unwrap().remove("personas");
    assert!(matches!(
        parse_import(&root.to_string()),
        Err(ImportError::Malformed(_))
    ));
    // A persona in the file that breaks the rules is refused, saying so.
    let mut bad = sample();
    bad.personas[1].persona.id = "rosa".into();
    let text = export_all(&contents(bad), "0.1.0", T0).unwrap();
    match parse_import(&text) {
        Err(e @ ImportError::BadPersonas(_)) => {
            assert!(e.to_string().contains("not one of your own"), "{e}")
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn importing_keeps_the_copy_edited_last_and_never_deletes() {
    let here = sample();
    let mut theirs = sample();
    theirs.personas[0].persona.bio = "Newer words.".into();
    theirs.personas[0].updated_ms += 1.0;
    theirs.personas[1].persona.bio = "Older words.".into();
    theirs.personas[1].updated_ms -= 1.0;
    let mut extra = theirs.personas[0].clone();
    extra.persona.id = "my-from-a-friend".into();
    extra.origin = Origin::Imported;
    theirs.personas.push(extra);

    let mut merged = here.clone();
    let m = merged.merge_imported(&theirs);
    assert_eq!(m.added, ["my-from-a-friend"]);
    assert_eq!(m.replaced, [here.personas[0].persona.id.clone()]);
    assert_eq!(m.kept, [here.personas[1].persona.id.clone()]);
    assert!(m.changed());
    assert_eq!(merged.personas.len(), 3);
    assert_eq!(merged.personas[0].persona.bio, "Newer words.");
    assert_eq!(merged.personas[1], here.personas[1]);
    let said = m.describe();
    assert!(
        said.contains("1 persona will be added and 1 persona updated"),
        "{said}"
    );
    assert!(said.contains("kept as a backup first"), "{said}");
    // Importing the same again changes nothing.
    let again = merged.clone().merge_imported(&merged);
    assert!(!again.changed() && again.unchanged.len() == 3);
    assert_eq!(
        CustomPersonas::default()
            .merge_imported(&CustomPersonas::default())
            .describe(),
        ""
    );
}
