//! What importing a file would do, and where a restored backup goes. Pure: the app passes
//! in how to look up the copy saved here.
//!
//! The rule for a session on both sides: sessions only grow, so when one copy's questions
//! start with all of the other's, the longer copy is newer (with the same questions, the one
//! further along: ended, or more time used). The newer copy is kept by default. When the
//! file's copy is newer it replaces the one here, which is first kept as a backup. When the
//! copy here is newer, it stays; if the two went different ways (each has questions the
//! other lacks), the copy here stays and the file's copy is kept as a backup, so neither is
//! lost. Saved sessions missing from the file are kept: importing never deletes.

use super::export::KeptValue;
use super::import::ImportFile;
use super::{decode_record, session_key, validate_session, DecodeError, MAX_ID_LEN};
use crate::interview::{Interview, Status};
use crate::small_sort::sort_stable_by;

/// Which of two copies of one session is newer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Newer {
    /// Identical.
    Same,
    /// The file's copy (the other one) holds everything in this one, and more.
    File,
    /// The copy here holds everything in the file's, and more.
    Here,
    /// Each has something the other lacks (or they are different sessions under one id).
    Neither,
}

/// Compares the copy saved here with another copy of the same session.
pub fn compare(here: &Interview, file: &Interview) -> Newer {
    if here == file {
        return Newer::Same;
    }
    let same_start = here.persona_id == file.persona_id
        && here.started_at_ms == file.started_at_ms
        && here.clock == file.clock;
    let (h, f) = (&here.exchanges, &file.exchanges);
    if !same_start {
        return Newer::Neither;
    }
    if h.len() < f.len() && f.starts_with(h) {
        return Newer::File;
    }
    if f.len() < h.len() && h.starts_with(f) {
        return Newer::Here;
    }
    if h != f {
        return Newer::Neither;
    }
    // Same questions: the one further along (ended, more time used, more time paused).
    let ended = |i: &Interview| i.status != Status::Active;
    let ahead = |a: &Interview, b: &Interview| {
        ended(a) >= ended(b) && a.elapsed_s >= b.elapsed_s && a.paused_total_s >= b.paused_total_s
    };
    match (ahead(file, here), ahead(here, file)) {
        (true, false) => Newer::File,
        (false, true) => Newer::Here,
        _ => Newer::Neither,
    }
}

/// One session that exists both here and in the file, and differs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BothSides {
    pub id: String,
    pub here_questions: usize,
    pub file_questions: usize,
    pub newer: Newer,
}

/// A kept value from the file that reads as a session, and where it would go.
#[derive(Debug, Clone, PartialEq)]
pub struct Restore {
    /// The kept value's key in the file.
    pub from_key: String,
    /// The session, under the id it will be written with.
    pub session: Interview,
}

/// What importing a file would do (each id list sorted).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ImportPlan {
    /// New here: written.
    pub add: Vec<String>,
    /// The file's copy is written over the one here, which is first kept as a backup.
    pub replace: Vec<String>,
    /// The copy here is kept (it is newer, or the two went different ways).
    pub keep: Vec<String>,
    /// The same here and in the file.
    pub unchanged: Vec<String>,
    /// Every session on both sides that differs, with which copy is newer.
    pub both: Vec<BothSides>,
    /// Kept values that read as sessions: restored as sessions.
    pub restore: Vec<Restore>,
    /// Kept values that do not read as sessions here, or duplicate one: kept as backups.
    pub keep_raw: Vec<KeptValue>,
}

fn n(k: usize, one: &str, many: &str) -> String {
    if k == 1 {
        format!("1 {one}")
    } else {
        format!("{k} {many}")
    }
}

impl ImportPlan {
    /// One sentence for the confirmation dialog.
    pub fn describe(&self) -> String {
        let s = |k: usize| n(k, "session", "sessions");
        let mut out = format!(
            "Importing will add {}, replace {} with the copy in the file, keep the copy here of {}, and leave {} unchanged.",
            s(self.add.len()),
            s(self.replace.len()),
            s(self.keep.len()),
            s(self.unchanged.len())
        );
        if !self.replace.is_empty() {
            out += " Each replaced copy is kept as a backup first.";
        }
        if !self.restore.is_empty() {
            out += &format!(
                " {} in the file will be restored as {}.",
                n(self.restore.len(), "backup", "backups"),
                s(self.restore.len())
            );
        }
        let raw = self.keep_raw.len();
        if raw > 0 {
            out += &format!(
                " {} this version cannot open will be kept as {}.",
                n(raw, "value", "values"),
                n(raw, "backup", "backups")
            );
        }
        out
    }

    /// True when confirming would change nothing.
    pub fn is_empty(&self) -> bool {
        self.add.is_empty()
            && self.replace.is_empty()
            && self.restore.is_empty()
            && self.keep_raw.is_empty()
            && self.file_copies_to_keep().is_empty()
    }

    /// Sessions whose copy here is kept although the file's copy has questions the copy
    /// here lacks: the file's copy is kept as a backup.
    pub fn file_copies_to_keep(&self) -> Vec<String> {
        self.both
            .iter()
            .filter(|b| b.newer == Newer::Neither && self.keep.contains(&b.id))
            .map(|b| b.id.clone())
            .collect()
    }

    /// The user's choice for a session on both sides: take the file's copy (the copy here is
    /// kept as a backup first) or keep the copy here.
    pub fn use_file_copy(&mut self, id: &str, yes: bool) {
        let (from, to) = if yes {
            (&mut self.keep, &mut self.replace)
        } else {
            (&mut self.replace, &mut self.keep)
        };
        if let Some(at) = from.iter().position(|x| x == id) {
            to.push(from.remove(at));
            sort_stable_by(to, |a, b| a.cmp(b));
        }
    }
}

/// The plan for `incoming`, given how to read the copy saved here of an id (None when there
/// is none).
pub fn plan_import(local: impl Fn(&str) -> Option<Interview>, incoming: &ImportFile) -> ImportPlan {
    let mut plan = ImportPlan::default();
    for s in &incoming.sessions {
        let Some(here) = local(&s.id) else {
            plan.add.push(s.id.clone());
            continue;
        };
        let newer = compare(&here, s);
        let list = match newer {
            Newer::Same => &mut plan.unchanged,
            Newer::File => &mut plan.replace,
            Newer::Here | Newer::Neither => &mut plan.keep,
        };
        list.push(s.id.clone());
        if newer != Newer::Same {
            plan.both.push(BothSides {
                id: s.id.clone(),
                here_questions: here.exchanges.len(),
                file_questions: s.exchanges.len(),
                newer,
            });
        }
    }
    let in_file = |id: &str| incoming.sessions.iter().find(|s| s.id == id).cloned();
    for k in &incoming.kept {
        let restored = decode_kept(k).ok().map(|s| {
            place_restored(s, k.at_ms, |id| {
                local(id)
                    .or_else(|| in_file(id))
                    .map_or(Saved::Free, |s| Saved::Session(Box::new(s)))
            })
        });
        match restored {
            Some(Placement::New(session))
                if !plan.restore.iter().any(|r| r.session.id == session.id) =>
            {
                plan.restore.push(Restore {
                    from_key: k.key.clone(),
                    session: *session,
                })
            }
            // Everything in it is here already.
            Some(Placement::AlreadyHere { .. }) => {}
            _ => plan.keep_raw.push(k.clone()),
        }
    }
    plan
}

/// A kept value read as a session (migrated from older schemas, and checked like an
/// import), or why it cannot be.
pub fn decode_kept(k: &KeptValue) -> Result<Interview, DecodeError> {
    if !k.original_key().starts_with(&session_key("")) {
        return Err(DecodeError::Corrupt("it is not a session".into()));
    }
    decode_backup(&k.raw())
}

/// A backup's raw text read as a session, or why it cannot be.
pub fn decode_backup(raw: &str) -> Result<Interview, DecodeError> {
    let session = decode_record::<Interview>(raw)?.data;
    validate_session(&session).map_err(DecodeError::Corrupt)?;
    Ok(session)
}

/// Where a restored session goes.
#[derive(Debug, Clone, PartialEq)]
pub enum Placement {
    /// Written as a new session, under its own id if that is free, else under a new one.
    New(Box<Interview>),
    /// A session here (this id) already holds everything in it.
    AlreadyHere { id: String },
}

/// What is saved here under an id.
#[derive(Debug, Clone, PartialEq)]
pub enum Saved {
    Free,
    Session(Box<Interview>),
    /// Something this build cannot read (never written over).
    Unreadable,
}

/// Places a restored session without ever writing over one saved here: under its own id if
/// free; if a session with that id holds everything in it, nowhere; otherwise under
/// `restored_id` (both are kept: the user can open both and delete the one not wanted,
/// which is clearer than a question asked before either can be seen).
pub fn place_restored(
    mut session: Interview,
    at_ms: u64,
    local: impl Fn(&str) -> Saved,
) -> Placement {
    let original = session.id.clone();
    for attempt in 0..100 {
        let id = restored_id(&original, at_ms, attempt);
        session.id = id.clone();
        let here = match local(&id) {
            Saved::Free => return Placement::New(Box::new(session)),
            Saved::Unreadable => continue,
            Saved::Session(here) => *here,
        };
        if matches!(compare(&here, &session), Newer::Same | Newer::Here) {
            return Placement::AlreadyHere { id };
        }
    }
    Placement::AlreadyHere { id: original }
}

/// When `id` is a restored copy placed beside a different session with its id
/// (`restored_id`), the time its backup was set aside: what tells the two apart in a list.
pub fn restored_copy_at(id: &str) -> Option<u64> {
    let tail = &id[crate::substr::rfind(id, "-r")? + 2..];
    let ms = tail.split('-').next()?;
    // A millisecond time: ten digits and more, never a short random suffix.
    (ms.len() >= 10 && ms.bytes().all(|b| b.is_ascii_digit())).then(|| ms.parse().ok())?
}

/// The id for a restored copy: the id itself first, then `<id>-r<time of the backup>`,
/// then with `-2`, `-3`, ..., cut to fit `MAX_ID_LEN`.
pub fn restored_id(id: &str, at_ms: u64, attempt: usize) -> String {
    if attempt == 0 {
        return id.to_string();
    }
    let tail = if attempt == 1 {
        format!("-r{at_ms}")
    } else {
        format!("-r{at_ms}-{attempt}")
    };
    // Ids are ASCII, so any byte is a character boundary.
    let keep = MAX_ID_LEN.saturating_sub(tail.len()).min(id.len());
    [&id[..keep], &tail].concat()
}
