//! The import plan and kept values: good files are planned as add / replace / keep /
//! unchanged, newer copies win, kept values (backups, unreadable values) travel with the file
//! and are restored without writing over anything, and a JavaScript round trip keeps the
//! checksum. Refusals are tested in `store_import.rs`.

mod fixture_sessions;

use askwell_core::interview::Interview;
use askwell_core::store::{
    self, compare, export, export_all, parse_import, plan_import, BothSides, ExportContents,
    ImportError, ImportPlan, KeptValue, KeptWhy, Newer, PIECE_CHARS,
};
use fixture_sessions::{fixture_session, two_sessions};
use serde_json::{json, Value};

/// The saved copies of a test, by id.
fn here(saved: &[Interview]) -> impl Fn(&str) -> Option<Interview> + '_ {
    move |id| saved.iter().find(|s| s.id == id).cloned()
}

#[test]
fn the_plan_adds_replaces_and_keeps() {
    let sessions = two_sessions();
    let file = parse_import(&export(&sessions, "0.1.0", 1.0).unwrap()).unwrap();
    let (sim, real) = (&sessions[0], &sessions[1]);
    assert_eq!(
        plan_import(here(&[]), &file),
        ImportPlan {
            add: vec![sim.id.clone(), real.id.clone()],
            ..ImportPlan::default()
        }
    );
    // The saved copy of the real-clock session is older (fewer questions): replaced.
    let mut older = real.clone();
    older.exchanges.pop();
    let saved = [sim.clone(), older, fixture_session("session_minimal")];
    let plan = plan_import(here(&saved), &file);
    assert_eq!(plan.add, Vec::<String>::new());
    assert_eq!(plan.replace, [real.id.as_str()]);
    assert_eq!(plan.unchanged, [sim.id.as_str()]);
    assert_eq!(
        plan.describe(),
        "Importing will add 0 sessions, replace 1 session with the copy in the file, keep the copy here of 0 sessions, and leave 1 session unchanged. Each replaced copy is kept as a backup first."
    );
}

/// Writes JSON the way a JavaScript tool would after `JSON.parse`: whole numbers without
/// `.0`, two-space indentation, and (to be sure order is not what is hashed) every object's
/// keys in reverse order.
fn like_javascript(v: &Value, indent: usize, out: &mut String) {
    let pad = |n: usize| "  ".repeat(n);
    match v {
        Value::Object(map) => {
            out.push_str("{\n");
            let keys: Vec<_> = map.keys().rev().collect();
            for (i, k) in keys.iter().enumerate() {
                out.push_str(&format!("{}{}: ", pad(indent + 1), Value::from(k.as_str())));
                like_javascript(&map[*k], indent + 1, out);
                out.push_str(if i + 1 < keys.len() { ",\n" } else { "\n" });
            }
            out.push_str(&format!("{}}}", pad(indent)));
        }
        Value::Array(items) => {
            out.push_str("[\n");
            for (i, item) in items.iter().enumerate() {
                out.push_str(&pad(indent + 1));
                like_javascript(item, indent + 1, out);
                out.push_str(if i + 1 < items.len() { ",\n" } else { "\n" });
            }
            out.push_str(&format!("{}]", pad(indent)));
        }
        Value::Number(n) => match n.as_f64() {
            Some(x) if x.fract() == 0.0 && x.abs() < 1e15 => out.push_str(&(x as i64).to_string()),
            _ => out.push_str(&n.to_string()),
        },
        other => out.push_str(&other.to_string()),
    }
}

fn through_javascript(text: &str) -> String {
    let mut out = String::new();
    like_javascript(&serde_json::from_str(text).unwrap(), 0, &mut out);
    out
}

/// A backup of one session, a session saved by a newer Askwell and a damaged value.
fn three_kept() -> Vec<KeptValue> {
    let raw = store::encode_with_revision(&fixture_session("session_minimal"), 4).unwrap();
    vec![
        KeptValue::new(
            &store::backup_key(&store::session_key("s-old"), 1_714_300_000_000.0),
            KeptWhy::Backup,
            1_714_300_000_000,
            &raw,
        ),
        KeptValue::new(
            "askwell.session.s-future",
            KeptWhy::Newer,
            1,
            r#"{"version":9,"revision":1,"data":{"hover":true}}"#,
        ),
        KeptValue::new(
            "askwell.session.s-broken",
            KeptWhy::Unreadable,
            1,
            "{not json",
        ),
    ]
}

#[test]
fn checksum_survives_a_javascript_round_trip_but_not_a_content_change() {
    let contents = ExportContents {
        sessions: two_sessions(),
        kept: three_kept(),
        ..ExportContents::default()
    };
    let text = export_all(&contents, "0.1.0", 1_714_000_000_000.0).unwrap();
    assert!(text.contains("\"started_at_ms\":1714000000000.0"));
    let js = through_javascript(&text);
    assert!(
        js.contains("\"started_at_ms\": 1714000000000,"),
        "numbers as JS writes them"
    );
    assert_ne!(js, text);
    let file = parse_import(&text).unwrap();
    assert_eq!(parse_import(&js), Ok(file.clone()));
    assert_eq!(file.kept.len(), 3);
    // A real change to a reply, or to a kept value, is still caught.
    let edited = js.replacen("pager", "pagers", 1);
    assert_ne!(edited, js);
    assert_eq!(parse_import(&edited), Err(ImportError::ChecksumMismatch));
    let edited = js.replacen("{not json", "{not jsox", 1);
    assert_eq!(parse_import(&edited), Err(ImportError::ChecksumMismatch));
}

#[test]
fn old_format_files_still_import_even_after_a_javascript_round_trip() {
    let path = format!(
        "{}/tests/fixtures/export-v1/two_sessions.json",
        env!("CARGO_MANIFEST_DIR")
    );
    let old = std::fs::read_to_string(path).unwrap();
    assert!(!old.contains("format_version"));
    let file = parse_import(&old).unwrap();
    assert_eq!((file.format_version, file.kept.len()), (1, 0));
    let mut expected = two_sessions();
    expected.sort_by(|a, b| a.id.cmp(&b.id));
    assert_eq!(file.sessions, expected);
    assert_eq!(parse_import(&through_javascript(&old)), Ok(file));
    let edited = through_javascript(&old).replacen("pager", "pagers", 1);
    assert_eq!(parse_import(&edited), Err(ImportError::ChecksumMismatch));
    // A version 1 file may not smuggle in kept values its checksum does not cover.
    let mut root: Value = serde_json::from_str(&old).unwrap();
    root["kept"] = serde_json::to_value(three_kept()).unwrap();
    assert!(matches!(
        parse_import(&root.to_string()),
        Err(ImportError::Malformed(_))
    ));
}

#[test]
fn export_holds_backups_and_values_it_cannot_read_and_says_so() {
    let mut contents = ExportContents {
        sessions: two_sessions(),
        kept: three_kept(),
        unsaved: 1,
        unreachable: 0,
        ..ExportContents::default()
    };
    let text = export_all(&contents, "0.1.0", 1.0).unwrap();
    let file = parse_import(&text).unwrap();
    let mut kept = three_kept();
    kept.sort_by(|a, b| a.key.cmp(&b.key));
    assert_eq!(file.kept, kept);
    assert_eq!(
        contents.describe(),
        "Exported 2 sessions and 1 backup. 1 session not saved in this browser is included. 1 session saved by a newer version of Askwell is included as it was stored. 1 value that could not be read is included as it was stored."
    );
    contents.kept.truncate(1);
    contents.unsaved = 0;
    contents.unreachable = 2;
    assert_eq!(
        contents.describe(),
        "Exported 2 sessions and 1 backup. 2 values could not be read from the browser's storage, so they are left out."
    );
    // A raw value longer than any string the import accepts still travels, in pieces.
    let long = format!("{{\"x\":\"{}\"}}", "y".repeat(3 * PIECE_CHARS));
    let contents = ExportContents {
        kept: vec![KeptValue::new(
            "askwell.session.big",
            KeptWhy::Newer,
            1,
            &long,
        )],
        ..ExportContents::default()
    };
    let file = parse_import(&export_all(&contents, "0.1.0", 1.0).unwrap()).unwrap();
    assert_eq!(file.kept[0].raw(), long);
    // Kept values are only accepted under Askwell's keys.
    let mut root: Value = serde_json::from_str(&text).unwrap();
    root["kept"][0]["key"] = json!("somebody.else");
    assert!(matches!(
        parse_import(&root.to_string()),
        Err(ImportError::Malformed(m)) if m.contains("key")
    ));
}

#[test]
fn the_plan_keeps_the_newer_copy_and_says_which_is_newer() {
    let real = fixture_session("session_real_active");
    let mut shorter = real.clone();
    shorter.exchanges.truncate(2);
    let file = parse_import(&export(&[shorter.clone()], "0.1.0", 1.0).unwrap()).unwrap();

    // Here is newer (more questions): kept, nothing else to keep from the file.
    let plan = plan_import(here(std::slice::from_ref(&real)), &file);
    assert_eq!(
        (plan.keep.clone(), plan.replace.len()),
        (vec![real.id.clone()], 0)
    );
    assert_eq!(
        plan.both,
        [BothSides {
            id: real.id.clone(),
            here_questions: 4,
            file_questions: 2,
            newer: Newer::Here
        }]
    );
    assert!(plan.file_copies_to_keep().is_empty());
    assert!(plan.is_empty(), "confirming would change nothing");
    assert!(plan.describe().contains("keep the copy here of 1 session,"));

    // The user may still take the file's copy (the copy here becomes a backup).
    let mut chosen = plan.clone();
    chosen.use_file_copy(&real.id, true);
    assert_eq!(
        (chosen.keep.len(), chosen.replace.clone()),
        (0, vec![real.id.clone()])
    );
    chosen.use_file_copy(&real.id, false);
    assert_eq!(chosen, plan);

    // The file is newer: replaced.
    let newer_file =
        parse_import(&export(std::slice::from_ref(&real), "0.1.0", 1.0).unwrap()).unwrap();
    let plan = plan_import(here(std::slice::from_ref(&shorter)), &newer_file);
    assert_eq!(plan.replace, [real.id.as_str()]);
    assert_eq!(plan.both[0].newer, Newer::File);

    // Went different ways: the copy here is kept, and so is the file's (as a backup).
    let mut other = shorter.clone();
    other.exchanges[1].question = "Something else?".into();
    let plan = plan_import(here(std::slice::from_ref(&other)), &newer_file);
    assert_eq!(plan.keep, [real.id.as_str()]);
    assert_eq!(plan.both[0].newer, Newer::Neither);
    assert_eq!(plan.file_copies_to_keep(), [real.id.as_str()]);
    assert!(!plan.is_empty());

    // Same questions: the ended copy is further along.
    let mut ended = real.clone();
    ended.status = askwell_core::interview::Status::Ended;
    assert_eq!(compare(&real, &ended), Newer::File);
    assert_eq!(compare(&ended, &real), Newer::Here);
    assert_eq!(compare(&real, &real), Newer::Same);
}

#[test]
fn kept_sessions_in_a_file_are_restored_without_writing_over_anything() {
    let contents = ExportContents {
        kept: three_kept(),
        ..ExportContents::default()
    };
    let file = parse_import(&export_all(&contents, "0.1.0", 1.0).unwrap()).unwrap();
    let minimal = fixture_session("session_minimal");
    // Nothing here: the backup becomes a session under its own id; the rest stay raw.
    let plan = plan_import(here(&[]), &file);
    assert_eq!(plan.restore.len(), 1);
    assert_eq!(plan.restore[0].session, minimal);
    let raw_keys: Vec<_> = plan.keep_raw.iter().map(|k| k.key.as_str()).collect();
    assert_eq!(
        raw_keys,
        ["askwell.session.s-broken", "askwell.session.s-future"]
    );
    assert!(plan.describe().ends_with(
        "1 backup in the file will be restored as 1 session. 2 values this version cannot open will be kept as 2 backups."
    ));
    // The same session here: nothing to restore.
    let plan = plan_import(here(std::slice::from_ref(&minimal)), &file);
    assert!(plan.restore.is_empty());
    // A different session under that id: restored beside it under a new id.
    let mut other = minimal.clone();
    other.exchanges.clear();
    other.started_at_ms += 1.0;
    let plan = plan_import(here(std::slice::from_ref(&other)), &file);
    let id = format!("{}-r1714300000000", minimal.id);
    assert_eq!(plan.restore[0].session.id, id);
    assert!(store::is_safe_id(&id));
    assert_eq!(store::restored_id(&"x".repeat(64), 5, 2).len(), 64);
    // Listed beside the session whose id it shares, the copy is told apart by when its backup
    // was set aside (walk-through 7: two identical lines after Restore).
    assert_eq!(store::restored_copy_at(&id), Some(1_714_300_000_000));
    let again = store::restored_id(&minimal.id, 1_714_300_000_000, 3);
    assert_eq!(store::restored_copy_at(&again), Some(1_714_300_000_000));
    assert_eq!(store::restored_copy_at(&minimal.id), None);
    assert_eq!(store::restored_copy_at("s1796398364211-r8mk"), None);
    // A schema 1 backup is migrated when restored.
    let v1 = std::fs::read_to_string(format!(
        "{}/tests/fixtures/v1/session_simulated.json",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap();
    assert_eq!(
        store::decode_backup(&v1),
        Ok(fixture_session("session_simulated"))
    );
    assert!(store::decode_backup("{not json").is_err());
}
