//! The cached figures History shows (`store::FiguresCache`): read leniently, written only
//! when this tab may write. Losing them costs only time, never data.

use super::{raw_get, raw_set, writable, Mode};
use askwell_core::store::{self, FiguresCache, SessionIndex, FIGURES_KEY};

/// The cached figures, or none when missing or unreadable (they are rebuilt).
pub fn figures() -> FiguresCache {
    raw_get(FIGURES_KEY)
        .ok()
        .flatten()
        .and_then(|raw| store::decode(&raw).ok())
        .unwrap_or_default()
}

/// Merges `fresh` into the stored figures, drops those of sessions no longer listed, and
/// writes them back. A value from a newer Askwell is left alone. Figures of a session not
/// listed are not added: a review still open in a tab after the session was deleted, or
/// everything was, in another must not write its score back.
pub fn save_figures(fresh: &FiguresCache, listed: &SessionIndex) {
    if writable().is_err() || super::mode() != Mode::Normal {
        return;
    }
    let stored = raw_get(FIGURES_KEY).ok().flatten();
    let (mut cache, revision) = match stored.as_deref().map(store::decode_record::<FiguresCache>) {
        None => (FiguresCache::default(), 0),
        Some(Ok(r)) => (r.data, r.revision),
        Some(Err(store::DecodeError::Newer(_) | store::DecodeError::NewerBuild(_))) => return,
        Some(Err(_)) => (FiguresCache::default(), 0),
    };
    for (id, figures) in fresh.sessions.iter() {
        cache.sessions.insert(id.clone(), *figures);
    }
    cache.keep_only(listed.sessions.iter().map(|s| s.id.as_str()));
    // Nothing new, no write: the same text at the same revision is what is stored (and with
    // nothing stored, an empty cache is not written: after Delete everything in another tab
    // it made the key again).
    let unchanged = match &stored {
        Some(text) => store::encode_with_revision(&cache, revision).ok().as_ref() == Some(text),
        None => cache.sessions.is_empty(),
    };
    if unchanged {
        return;
    }
    if let Ok(text) = store::encode_with_revision(&cache, revision + 1) {
        let _ = raw_set(FIGURES_KEY, &text);
    }
}
