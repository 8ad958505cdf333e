//! A due action as an iCalendar file (RFC 5545), so a reminder works without a server.
//!
//! Written by hand rather than with a crate: this ships to the browser, and one event needs
//! only escaping, line folding and a UTC time stamp (tests parse the output back with the
//! `icalendar` crate).

use super::due::DueAction;

/// How long the reminder's calendar slot is.
const SLOT_MINUTES: u64 = 15;

/// One VEVENT at the action's due time (UTC), with its key as a stable UID so importing a
/// newer file updates the same event. `now_ms` is the file's DTSTAMP.
pub fn to_ics(action: &DueAction, now_ms: f64) -> String {
    let start = action.due_at_ms;
    let end = start + (SLOT_MINUTES * 60_000) as f64;
    let lines = [
        "BEGIN:VCALENDAR".to_string(),
        "VERSION:2.0".into(),
        "PRODID:-//Askwell//Informational interview practice//EN".into(),
        "CALSCALE:GREGORIAN".into(),
        "METHOD:PUBLISH".into(),
        "BEGIN:VEVENT".into(),
        format!("UID:{}@askwell.local", escape(&action.key)),
        format!("DTSTAMP:{}", utc_stamp(now_ms)),
        format!("DTSTART:{}", utc_stamp(start)),
        format!("DTEND:{}", utc_stamp(end)),
        format!("SUMMARY:{}", escape(&action.title)),
        format!("DESCRIPTION:{}", escape(&action.detail)),
        "BEGIN:VALARM".into(),
        "ACTION:DISPLAY".into(),
        format!("DESCRIPTION:{}", escape(&action.title)),
        "TRIGGER:PT0M".into(),
        "END:VALARM".into(),
        "END:VEVENT".into(),
        "END:VCALENDAR".into(),
    ];
    let mut out = String::new();
    for line in lines {
        fold_into(&line, &mut out);
    }
    out
}

/// A file name for the download: `askwell-thank-you.p-1.ics`, safe on every system.
pub fn ics_file_name(action: &DueAction) -> String {
    let key: String = action
        .key
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '.' {
                c
            } else {
                '-'
            }
        })
        .collect();
    format!("askwell-{key}.ics")
}

/// TEXT escaping (RFC 5545 3.3.11): backslash, semicolon, comma and line breaks.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let text = crate::substr::replace(text, "\r\n", "\n").replace('\r', "\n");
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Appends `line` folded at 75 octets (a continuation starts with one space, which counts),
/// never inside a UTF-8 character, each physical line ending in CRLF.
fn fold_into(line: &str, out: &mut String) {
    let mut width = 0;
    for c in line.chars() {
        let n = c.len_utf8();
        if width + n > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += n;
    }
    out.push_str("\r\n");
}

/// `YYYYMMDDTHHMMSSZ` for a time in ms since the epoch (negative or not a number: the epoch).
pub fn utc_stamp(ms: f64) -> String {
    let secs = if ms.is_finite() && ms > 0.0 {
        (ms / 1000.0) as i64
    } else {
        0
    };
    let (days, rem) = (secs.div_euclid(86_400), secs.rem_euclid(86_400));
    let (y, m, d) = crate::calendar::civil_from_days(days);
    format!(
        "{y:04}{m:02}{d:02}T{:02}{:02}{:02}Z",
        rem / 3600,
        rem % 3600 / 60,
        rem % 60
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stamps_escapes_and_folds() {
        assert_eq!(utc_stamp(0.0), "19700101T000000Z");
        assert_eq!(utc_stamp(1_714_000_000_000.0), "20240424T230640Z");
        assert_eq!(utc_stamp(951_782_400_000.0), "20000229T000000Z");
        assert_eq!(utc_stamp(f64::NAN), "19700101T000000Z");
        assert_eq!(escape("a\\b;c,d\ne"), "a\\\\b\\;c\\,d\\ne");
        let mut out = String::new();
        fold_into(&format!("SUMMARY:{}", "é".repeat(60)), &mut out);
        for line in out.split("\r\n").filter(|l| !l.is_empty()) {
            assert!(line.len() <= 75, "{} octets", line.len());
        }
        assert_eq!(
            out.replace("\r\n ", "").trim_end(),
            format!("SUMMARY:{}", "é".repeat(60))
        );
    }
}
