//! Feeds arbitrary bytes to the import parser: it must never panic, and whatever it accepts
//! must export and import again to the same sessions. Each input is also tried with its
//! `count` and `checksum` repaired, so mutations reach the session checks behind the checksum.
#![no_main]

use askwell_core::store::{checksum, export, parse_import};
use libfuzzer_sys::fuzz_target;

fn check(text: &str) {
    if let Ok(file) = parse_import(text) {
        let again = export(
            &file.sessions,
            &file.app_version,
            file.exported_at_ms as f64,
        );
        let back = parse_import(&again).expect("an export of accepted sessions imports");
        assert_eq!(back.sessions, file.sessions);
    }
}

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    check(&text);
    if text.len() > 100_000 {
        return;
    }
    let Ok(serde_json::Value::Object(mut root)) = serde_json::from_str(&text) else {
        return;
    };
    if let Some(sessions) = root.get("sessions").cloned() {
        let count = sessions.as_array().map_or(0, Vec::len);
        let kept = root.get("kept").cloned().unwrap_or_else(|| serde_json::json!([]));
        let payload = serde_json::json!({ "kept": kept, "sessions": sessions });
        root.insert("format_version".into(), 2.into());
        root.insert("checksum".into(), checksum(&payload).into());
        root.insert("count".into(), count.into());
        check(&serde_json::Value::Object(root).to_string());
    }
});
