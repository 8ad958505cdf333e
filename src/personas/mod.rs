//! The user's own personas and the deployment's hosted ones, as the app uses them: changing
//! the stored list (saved through `storage`, registered with `content` so practice, review,
//! progress and plans find them), who Home may offer, ids and share-file names.

pub mod hosted;

use crate::content;
use crate::format::now_ms;
use crate::state::{NoticeKind, Store};
use crate::storage;
use askwell_core::custom::{self, CustomPersona, CustomPersonas, Origin};
use askwell_core::{Persona, PersonaInfo};
use leptos::prelude::*;

/// Where a persona on Home comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    Shipped,
    /// Written, copied or imported by the user.
    Yours,
    /// From `personas/extra/` of this deployment.
    Organisation,
}

impl Source {
    /// The badge Home shows (none for shipped personas).
    pub fn badge(self) -> Option<&'static str> {
        match self {
            Source::Shipped => None,
            Source::Yours => Some("Yours"),
            Source::Organisation => Some("From your organisation"),
        }
    }
}

/// Reads the stored list again after another tab changed it (the storage event).
pub fn reread(store: Store) {
    let (personas, notes) = storage::reload_personas(now_ms());
    store.personas.set(personas);
    register(store);
    notes
        .into_iter()
        .for_each(|n| store.notify(NoticeKind::Warning, n));
}

/// Tells `content` about the current custom and hosted personas.
pub fn register(store: Store) {
    let own = store.personas.with_untracked(|l| {
        l.personas
            .iter()
            .map(|c| c.persona.clone())
            .collect::<Vec<_>>()
    });
    let hosted = store.hosted.get_untracked();
    let ready: Vec<PersonaInfo> = own
        .iter()
        .filter(|p| custom::is_ready(p))
        .map(Persona::info)
        .collect();
    content::register_own(own.into_iter().chain(hosted));
    store.ready_own.set(ready);
}

/// Changes the stored list through `change` and saves it. A refused change (`Err`, a
/// sentence for the user) changes nothing; a failed save is reported, and `Ok(false)` says
/// the change is kept in this tab only. When another tab saved the list meanwhile, the
/// change is made again on its copy, so neither is lost.
pub fn change(
    store: Store,
    mut change: impl FnMut(&mut CustomPersonas) -> Result<bool, String>,
) -> Result<bool, String> {
    let mut list = store.personas.get_untracked();
    if !change(&mut list)? {
        return Ok(true);
    }
    let mut saved = storage::save_personas(&list);
    if matches!(saved, Err(storage::StorageError::Stale { .. })) {
        list = storage::reload_personas(now_ms()).0;
        change(&mut list)?;
        saved = storage::save_personas(&list);
    }
    let stored = saved.is_ok();
    if let Err(e) = saved {
        store.notify(NoticeKind::Warning, e.to_string());
    }
    store.personas.set(list);
    register(store);
    Ok(stored)
}

/// Adds (or replaces, by id) one persona, now. `Ok(false)`: kept in this tab, not stored.
pub fn put(store: Store, persona: Persona, origin: Origin) -> Result<bool, String> {
    let now = now_ms();
    let created = store
        .personas
        .with_untracked(|l| l.get(&persona.id).map(|c| c.created_ms))
        .unwrap_or(now);
    change(store, |l| {
        l.upsert(CustomPersona {
            persona: persona.clone(),
            created_ms: created,
            updated_ms: now,
            origin: origin.clone(),
        })
        .map(|()| true)
    })
}

/// What became of an edit saved from the editor.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EditSaved {
    Stored,
    /// Refused or kept in this tab only (the user was told why).
    NotStored,
    /// The persona was deleted meanwhile (in another tab): the edit is not written, so a
    /// deletion is never undone behind the user's back; the editor offers to restore it.
    Deleted,
}

/// Saves the edited persona over its stored copy (keeping when and how it was made), only
/// while that copy exists: in this tab's list and, when another tab saved the list
/// meanwhile, in the stored one.
pub fn save_edit(store: Store, persona: &Persona) -> EditSaved {
    let now = now_ms();
    let mut gone = false;
    let result = change(store, |l| {
        let Some(old) = l.get(&persona.id) else {
            gone = true;
            return Err(String::new());
        };
        let kept = CustomPersona {
            persona: persona.clone(),
            created_ms: old.created_ms,
            updated_ms: now,
            origin: old.origin.clone(),
        };
        l.upsert(kept).map(|()| true)
    });
    match result {
        Ok(true) => EditSaved::Stored,
        Ok(false) => EditSaved::NotStored,
        Err(_) if gone => EditSaved::Deleted,
        Err(why) => {
            store.notify(NoticeKind::Warning, why);
            EditSaved::NotStored
        }
    }
}

/// Everyone Home may offer: shipped, then the user's ready personas, then hosted ones
/// (a hosted persona the user also keeps appears once, as theirs).
pub fn offered(store: Store) -> Vec<(PersonaInfo, Source)> {
    let mut out: Vec<(PersonaInfo, Source)> = content::catalog()
        .iter()
        .map(|p| (p.clone(), Source::Shipped))
        .collect();
    store.ready_own.with(|own| {
        out.extend(own.iter().map(|p| (p.clone(), Source::Yours)));
    });
    store.hosted.with(|h| {
        for p in h {
            if !out.iter().any(|(o, _)| o.id == p.id) {
                out.push((p.info(), Source::Organisation));
            }
        }
    });
    out
}

/// Makes the user's own copy of any persona (shipped, hosted or theirs) and opens it in the
/// editor. The error is a sentence for the user.
pub async fn copy_and_edit(store: Store, from: String) -> Result<(), String> {
    // The stored copy when it is one of the user's (`content` holds an engine-safe one).
    let own = store
        .personas
        .with_untracked(|l| l.get(&from).map(|c| c.persona.clone()));
    let original = match own {
        Some(p) => p,
        None => content::load(&from).await?.persona.clone(),
    };
    let hosted = store
        .hosted
        .with_untracked(|h| h.iter().any(|p| p.id == from));
    let id = fresh_id(store, &original.name);
    let copy = custom::copy_of(&original, id.clone(), format!("{} (copy)", original.name));
    let origin = if hosted {
        Origin::Hosted
    } else {
        Origin::Copied { from }
    };
    put(store, copy, origin)?;
    crate::route::navigate(&crate::route::Route::PersonaEdit(id));
    Ok(())
}

/// A fresh id for a persona named `name`: `my-` + slug + a random base-36 suffix.
pub fn fresh_id(store: Store, name: &str) -> String {
    loop {
        let id = custom::new_id(name, &random_suffix());
        let taken = store.personas.with_untracked(|l| l.get(&id).is_some())
            || store
                .hosted
                .with_untracked(|h| h.iter().any(|p| p.id == id));
        if !taken {
            return id;
        }
    }
}

fn random_suffix() -> String {
    const DIGITS: &[u8] = b"0123456789abcdefghijklmnopqrstuvwxyz";
    (0..5)
        .map(|_| DIGITS[(js_sys::Math::random() * 36.0) as usize % 36] as char)
        .collect()
}

/// The download name of a persona's share file.
pub fn share_file_name(id: &str) -> String {
    format!("{id}.askwell-persona.json")
}

/// "Ready to practise" or what is still needed, for lists.
pub fn readiness(p: &Persona) -> String {
    custom::completeness(p).summary()
}
