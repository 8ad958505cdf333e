//! Moving data in and out as a whole: the contents of an export, carrying out an import
//! plan, and restoring a backup. Everything goes through the storage module's guarded
//! reads and writes (`sessions::put_session`, `sessions::merge_index`, `raw_set`).

use super::backups::backup_prefix;
use super::load::{persona_name, session_keys};
use super::sessions::{merge_index, put_session};
use super::usage::{last_export_ms, note_import};
use super::{failed, forget_unsaved, import_sessions, one_per_id};
use super::{keys_with, mode, raw_get, raw_set, writable, Mode, StorageError, ST};
use crate::format::now_ms;
use askwell_core::interview::Interview;
use askwell_core::store::{
    self, backup_key, parse_backup_key, session_key, DecodeError, ExportContents, ImportFile,
    ImportPlan, KeptValue, KeptWhy, Placement, Saved, SessionIndex, SessionSummary,
};

/// Everything for an export: every session this tab can read (stored, and unsaved ones in
/// memory, which win), every backup, and every session value it cannot read, raw.
pub fn export_contents(now_ms: f64) -> ExportContents {
    let mut c = ExportContents::default();
    let mut all: Vec<Interview> = Vec::new();
    let now = now_ms.max(0.0) as u64;
    for key in session_keys() {
        let raw = match raw_get(&key) {
            Ok(Some(raw)) => raw,
            Ok(None) => continue,
            Err(_) => {
                c.unreachable += 1;
                continue;
            }
        };
        match store::decode_record::<Interview>(&raw) {
            Ok(r) => {
                all.push(r.data);
            }
            Err(DecodeError::Newer(_) | DecodeError::NewerBuild(_)) => {
                c.kept.push(KeptValue::new(&key, KeptWhy::Newer, now, &raw))
            }
            Err(_) => c
                .kept
                .push(KeptValue::new(&key, KeptWhy::Unreadable, now, &raw)),
        }
    }
    for key in keys_with(&backup_prefix()) {
        match raw_get(&key) {
            Ok(Some(raw)) => {
                let at = parse_backup_key(&key).map_or(0, |(at, _)| at);
                c.kept.push(KeptValue::new(&key, KeptWhy::Backup, at, &raw));
            }
            Ok(None) => {}
            Err(_) => c.unreachable += 1,
        }
    }
    ST.with(|s| {
        let unsaved = s.unsaved.borrow();
        c.unsaved = unsaved.len();
        all.extend(unsaved.values().cloned());
    });
    c.sessions = one_per_id(all);
    c.prepared = super::load_prepared(now_ms).0;
    c.personas = super::load_personas(now_ms).0;
    c
}

/// Drops this tab's in-memory copies of a session (unsaved, handed over), so the next page
/// reads what is stored: after an import or a restore, an older copy held here must not be
/// saved over it.
pub(super) fn forget_in_memory(id: &str) {
    forget_unsaved(id);
    crate::pages::drop_hand_over(id);
}

/// Keeps `raw` (the value of `original`) under a new backup key, unless a backup of that
/// key with the same value exists. True when a backup was written.
fn keep_backup(
    s: &web_sys::Storage,
    original: &str,
    raw: &str,
    at_ms: u64,
) -> Result<bool, StorageError> {
    for key in keys_with(&backup_prefix()) {
        let same_key = parse_backup_key(&key).is_some_and(|(_, o)| o == original);
        if same_key && s.get_item(&key).map_err(failed)?.as_deref() == Some(raw) {
            return Ok(false);
        }
    }
    let mut at = at_ms;
    let mut key = backup_key(original, at as f64);
    while s.get_item(&key).map_err(failed)?.is_some() {
        at += 1;
        key = backup_key(original, at as f64);
    }
    raw_set(&key, raw)?;
    Ok(true)
}

/// What is saved under a session id, for placing a restored session.
fn saved_at(id: &str) -> Saved {
    if let Some(i) = ST.with(|s| s.unsaved.borrow().get(id).cloned()) {
        return Saved::Session(Box::new(i));
    }
    match raw_get(&session_key(id)) {
        Ok(None) => Saved::Free,
        Ok(Some(raw)) => store::decode::<Interview>(&raw)
            .map_or(Saved::Unreadable, |i| Saved::Session(Box::new(i))),
        Err(_) => Saved::Unreadable,
    }
}

/// What an import did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ImportDone {
    /// Sessions added or replaced from the file.
    pub written: usize,
    /// Copies here replaced by the file's, kept as backups first.
    pub replaced_kept: usize,
    /// Kept values in the file restored as sessions.
    pub restored: usize,
    /// Sessions kept as backups: the file's copies not taken although they hold questions
    /// missing here, and the file's own backups of sessions.
    pub kept_sessions: usize,
    /// Other values from the file kept as backups (the list of sessions, personas, data this
    /// build cannot read).
    pub kept_other: usize,
    /// People, plans and conversation notes in the file that were not here yet.
    pub prepared_added: usize,
    /// The user's own personas added or updated from the file.
    pub personas_written: usize,
}

impl ImportDone {
    /// Counts a value kept as a backup under what it was saved as, so the report can say
    /// what it is (a session, or other data).
    fn count_kept(&mut self, original: &str, kept: bool) {
        let n = usize::from(kept);
        if original.starts_with(&session_key("")) {
            self.kept_sessions += n;
        } else {
            self.kept_other += n;
        }
    }
}

/// Carries out an import plan: the file's sessions to add or replace (a copy here that
/// differs is kept as a backup first), kept values restored as sessions (never over a saved
/// one), the file's copies that lost but hold something new and the values that cannot be
/// read kept as backups; then the index is merged. This tab's in-memory copies of every
/// session written are dropped.
pub fn apply_import(
    file: &ImportFile,
    plan: &ImportPlan,
    index: &mut SessionIndex,
) -> Result<ImportDone, (ImportDone, StorageError)> {
    let take = |id: &String| plan.add.contains(id) || plan.replace.contains(id);
    let chosen: Vec<&Interview> = file.sessions.iter().filter(|s| take(&s.id)).collect();
    let mut done = ImportDone::default();
    if mode() == Mode::Memory {
        // No backups without storage: a replaced copy is kept as a separate session.
        let now = now_ms().max(0.0) as u64;
        let mut all: Vec<Interview> = Vec::new();
        for i in chosen {
            if let Saved::Session(old) = saved_at(&i.id) {
                if *old != *i {
                    let mut kept = *old;
                    kept.id = store::restored_id(&i.id, now, 1);
                    all.push(kept);
                    done.replaced_kept += 1;
                }
            }
            all.push(i.clone());
        }
        all.extend(plan.restore.iter().map(|r| r.session.clone()));
        let stored = import_sessions(&all, index).unwrap_or_default();
        done.restored = plan.restore.len();
        done.written = stored.saturating_sub(done.replaced_kept + done.restored);
        done.prepared_added = merge_prepared(&file.prepared).map_err(|e| (done.clone(), e))?;
        done.personas_written = merge_personas(&file.personas).map_err(|e| (done.clone(), e))?;
        return Ok(done);
    }
    let s = writable().map_err(|e| (done.clone(), e))?;
    // Read before the import changes the list: whether the file holds every session that
    // was saved only here.
    let covers = store::import_covers(&index.sessions, plan, last_export_ms());
    let mut lines = Vec::new();
    let result = write_import(&s, file, plan, &chosen, &mut done, &mut lines);
    let merged = merge_index(&s, |idx| lines.into_iter().for_each(|l| idx.upsert(l)));
    // The user has a file: no export reminder right after an import, even a failed one.
    note_import(now_ms(), covers && result.is_ok() && merged.is_ok());
    match (result, merged) {
        (Ok(()), Ok(merged)) => {
            *index = merged;
            done.prepared_added = merge_prepared(&file.prepared).map_err(|e| (done.clone(), e))?;
            done.personas_written =
                merge_personas(&file.personas).map_err(|e| (done.clone(), e))?;
            Ok(done)
        }
        (Err(e), _) | (Ok(()), Err(e)) => Err((done, e)),
    }
}

fn write_import(
    s: &web_sys::Storage,
    file: &ImportFile,
    plan: &ImportPlan,
    chosen: &[&Interview],
    done: &mut ImportDone,
    lines: &mut Vec<SessionSummary>,
) -> Result<(), StorageError> {
    let now = now_ms().max(0.0) as u64;
    let line = |i: &Interview| SessionSummary::of(i, &persona_name(&i.id, None, i));
    for &i in chosen {
        let key = session_key(&i.id);
        // A readable copy here that differs is kept first (an unreadable one is moved
        // aside by `put_session`; a newer one is never written over).
        if let Some(old) = s.get_item(&key).map_err(failed)? {
            if store::decode::<Interview>(&old).is_ok_and(|o| o != *i) {
                done.replaced_kept += usize::from(keep_backup(s, &key, &old, now)?);
            }
        }
        put_session(s, i, true)?;
        forget_in_memory(&i.id);
        lines.push(line(i));
        done.written += 1;
    }
    for r in &plan.restore {
        let key = session_key(&r.session.id);
        if s.get_item(&key).map_err(failed)?.is_some() {
            // Saved meanwhile (another tab): keep the value from the file as a backup.
            if let Some(k) = file.kept.iter().find(|k| k.key == r.from_key) {
                let kept = keep_backup(s, k.original_key(), &k.raw(), k.at_ms)?;
                done.count_kept(k.original_key(), kept);
            }
            continue;
        }
        put_session(s, &r.session, false)?;
        forget_in_memory(&r.session.id);
        lines.push(line(&r.session));
        done.restored += 1;
    }
    for id in plan.file_copies_to_keep() {
        if let Some(i) = file.sessions.iter().find(|s| s.id == id) {
            let raw = store::encode(i).map_err(|e| StorageError::Failed(e.to_string()))?;
            done.kept_sessions += usize::from(keep_backup(s, &session_key(&id), &raw, now)?);
        }
    }
    for k in &plan.keep_raw {
        let kept = keep_backup(s, k.original_key(), &k.raw(), k.at_ms)?;
        done.count_kept(k.original_key(), kept);
    }
    Ok(())
}

/// What restoring a backup did.
#[derive(Debug, Clone, PartialEq)]
pub enum Restored {
    /// Written as a session (`renamed`: under a new id, as its own was taken) and read back;
    /// the backup was removed.
    Session { id: String, renamed: bool },
    /// The session saved under this id already holds everything in the backup; the backup
    /// is kept.
    AlreadyHere { id: String },
}

/// Why a backup was not restored. The backup is kept in every case.
#[derive(Debug, Clone, PartialEq)]
pub enum RestoreError {
    /// It is not a session (the list of sessions is rebuilt from the sessions).
    NotASession,
    /// It cannot be read as a session by this build.
    Unreadable(DecodeError),
    Storage(StorageError),
}

impl std::fmt::Display for RestoreError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        const KEPT: &str = "The backup is kept unchanged; you can still download it.";
        match self {
            RestoreError::NotASession => write!(
                f,
                "This backup is not a session, so there is nothing to restore (Askwell rebuilds its list of sessions by itself). {KEPT}"
            ),
            RestoreError::Unreadable(DecodeError::Newer(_) | DecodeError::NewerBuild(_)) => write!(
                f,
                "This backup was saved by a newer version of Askwell, so this version cannot restore it. {KEPT} Update Askwell, then restore it."
            ),
            RestoreError::Unreadable(DecodeError::Corrupt(why)) => write!(
                f,
                "This backup cannot be read as a session ({why}), so it cannot be restored. {KEPT}"
            ),
            RestoreError::Storage(e) => write!(f, "{e} The backup is kept."),
        }
    }
}

/// Restores a backup as a session: decoded (older schemas migrated) and checked, written
/// under its own id or, when a different session has that id, under a new one (both are
/// kept), read back, and only then is the backup removed.
pub fn restore_backup(key: &str, index: &mut SessionIndex) -> Result<Restored, RestoreError> {
    let (at, original) = parse_backup_key(key).ok_or(RestoreError::NotASession)?;
    if !original.starts_with(&session_key("")) {
        return Err(RestoreError::NotASession);
    }
    let storage = |e| RestoreError::Storage(e);
    let raw = raw_get(key).map_err(storage)?.ok_or_else(|| {
        RestoreError::Storage(StorageError::Failed("the backup is no longer there".into()))
    })?;
    let session = store::decode_backup(&raw).map_err(RestoreError::Unreadable)?;
    let first_id = session.id.clone();
    let session = match store::place_restored(session, at, saved_at) {
        Placement::AlreadyHere { id } => return Ok(Restored::AlreadyHere { id }),
        Placement::New(session) => *session,
    };
    let s = writable().map_err(storage)?;
    put_session(&s, &session, false).map_err(storage)?;
    let back = raw_get(&session_key(&session.id))
        .ok()
        .flatten()
        .and_then(|raw| store::decode::<Interview>(&raw).ok());
    if back.as_ref() != Some(&session) {
        return Err(storage(StorageError::Failed(
            "the restored session did not read back".into(),
        )));
    }
    forget_in_memory(&session.id);
    let line = SessionSummary::of(&session, &persona_name(&session.id, None, &session));
    *index = merge_index(&s, |i| i.upsert(line)).map_err(storage)?;
    // Not a file, but the user is tending their data right now: no reminder on top.
    note_import(now_ms(), false);
    s.remove_item(key).map_err(|e| storage(failed(e)))?;
    Ok(Restored::Session {
        renamed: session.id != first_id,
        id: session.id,
    })
}

/// Merges the file's own personas (new ones added, the copy edited last kept; nothing
/// deleted). When a copy here is replaced, the stored list as it was is kept as a backup
/// first. Returns how many were added or updated.
fn merge_personas(incoming: &askwell_core::custom::CustomPersonas) -> Result<usize, StorageError> {
    if incoming.personas.is_empty() {
        return Ok(0);
    }
    let mut here = super::load_personas(now_ms()).0;
    let merge = here.merge_imported(incoming);
    if !merge.changed() {
        return Ok(0);
    }
    if !merge.replaced.is_empty() && mode() == Mode::Normal {
        let s = writable()?;
        if let Some(raw) = raw_get(super::PERSONAS_KEY)? {
            let now = now_ms().max(0.0) as u64;
            keep_backup(&s, super::PERSONAS_KEY, &raw, now)?;
        }
    }
    super::save_personas(&here)?;
    Ok(merge.added.len() + merge.replaced.len())
}

/// Adds the file's people, plans and notes that are not here yet (a record on both sides
/// keeps the copy here), and saves what changed.
fn merge_prepared(incoming: &askwell_core::prepare::Prepared) -> Result<usize, StorageError> {
    if incoming.is_empty() {
        return Ok(0);
    }
    let mut here = super::load_prepared(now_ms()).0;
    let before = here.clone();
    let added = here.merge_missing(incoming);
    if here.people != before.people {
        super::save_people(&here.people)?;
    }
    if here.plans != before.plans {
        super::save_plans(&here.plans)?;
    }
    if here.logs != before.logs {
        super::save_logs(&here.logs)?;
    }
    Ok(added)
}
