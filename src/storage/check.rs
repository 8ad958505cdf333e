//! Reading every session listed at start, after the first screen is up. `load_index` trusts
//! a stored list that names exactly the stored sessions; this works through the sessions in
//! small batches: a damaged one is moved aside and dropped from the list, one from a newer
//! Askwell stays listed and untouched, and a line that disagrees with its session is fixed.

use super::load::{describe, mismatch_notice, persona_name};
use super::sessions::merge_index;
use super::{damage_notice, read_record, set_rev, writable, Read, ST};
use askwell_core::interview::Interview;
use askwell_core::store::{session_key, DecodeError, SessionIndex, SessionSummary};

/// What one batch found.
#[derive(Debug, Default)]
pub struct Checked {
    /// The list after fixes, when it changed.
    pub index: Option<SessionIndex>,
    /// Sentences for the user (damaged or newer sessions).
    pub notes: Vec<String>,
}

/// Checks up to `max` more sessions. None when every session has been checked.
pub fn check_next_sessions(current: &SessionIndex, max: usize, now_ms: f64) -> Option<Checked> {
    let batch: Vec<String> = ST.with(|s| {
        let mut left = s.unchecked.borrow_mut();
        let n = left.len().min(max);
        left.drain(..n).collect()
    });
    if batch.is_empty() {
        return None;
    }
    let mut found = Checked::default();
    // (id, the right line; None to drop it)
    let mut fixes: Vec<(String, Option<SessionSummary>)> = Vec::new();
    for key in batch {
        let id = key[session_key("").len()..].to_string();
        match read_record::<Interview>(&key, now_ms) {
            Ok(Read::Found(r)) if r.data.id != id => {
                // Only an edit by hand does this; listing it would open the wrong key.
                found.notes.push(mismatch_notice(&id));
                fixes.push((id, None));
            }
            Ok(Read::Found(r)) => {
                set_rev(&id, r.revision);
                let line = SessionSummary::of(&r.data, &persona_name(&id, Some(current), &r.data));
                if current.sessions.iter().find(|s| s.id == id) != Some(&line) {
                    fixes.push((id, Some(line)));
                }
            }
            Ok(Read::Damaged { backup, reason, .. }) => {
                found.notes.push(damage_notice(
                    &describe(&id, Some(current)),
                    &backup,
                    &reason,
                ));
                if matches!(reason, DecodeError::Corrupt(_)) && backup.is_some() {
                    fixes.push((id, None));
                }
            }
            Ok(Read::Missing) => fixes.push((id, None)),
            Err(_) => {}
        }
    }
    if fixes.is_empty() {
        return Some(found);
    }
    let apply = |index: &mut SessionIndex| {
        for (id, line) in &fixes {
            match line {
                Some(line) => index.upsert(line.clone()),
                None => index.remove(id),
            }
        }
    };
    found.index = Some(match writable().and_then(|s| merge_index(&s, apply)) {
        Ok(merged) => merged,
        Err(_) => {
            let mut index = current.clone();
            apply(&mut index);
            index
        }
    });
    Some(found)
}
