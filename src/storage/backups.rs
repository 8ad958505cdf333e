//! Values moved aside because they could not be read: listed, read and removed here
//! (restoring one is in `transfer`).

use super::{failed, keys_with, raw_get, writable, StorageError};
use askwell_core::small_sort::sort_stable_by;
use askwell_core::store::PREFIX;

/// A value moved aside because it could not be read.
#[derive(Debug, Clone, PartialEq)]
pub struct Backup {
    /// Its own key.
    pub key: String,
    /// The key it was read from.
    pub original: String,
    pub at_ms: f64,
    pub bytes: usize,
}

pub(super) fn backup_prefix() -> String {
    [PREFIX, "backup."].concat()
}

/// Backups, newest first.
pub fn backups() -> Vec<Backup> {
    let prefix = backup_prefix();
    let mut list: Vec<Backup> = keys_with(&prefix)
        .into_iter()
        .map(|key| {
            let rest = &key[prefix.len()..];
            let (at, original) = rest.split_once('.').unwrap_or(("0", rest));
            Backup {
                original: original.to_string(),
                // Whole milliseconds (`backup_key`).
                at_ms: at.parse::<u64>().map_or(0.0, |ms| ms as f64),
                bytes: raw_get(&key).ok().flatten().map_or(0, |v| v.len()),
                key,
            }
        })
        .collect();
    sort_stable_by(&mut list, |a, b| b.at_ms.total_cmp(&a.at_ms));
    list
}

/// The raw text of a backup.
pub fn backup_text(key: &str) -> Option<String> {
    raw_get(key).ok().flatten()
}

/// Removes a backup (only keys under the backup prefix).
pub fn delete_backup(key: &str) -> Result<(), StorageError> {
    if !key.starts_with(&backup_prefix()) {
        return Ok(());
    }
    writable()?.remove_item(key).map_err(failed)
}
