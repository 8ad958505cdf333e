//! The custom personas kept in the browser: one record under `askwell.personas` (a versioned
//! envelope like every stored value), holding drafts as well as ready personas, with when
//! each was made and where it came from.

use super::is_custom_id;
use super::limits::size_problems;
use crate::persona::Persona;
use crate::store::{self, is_safe_id, DecodeError, EncodeError, Record};
use serde::{Deserialize, Serialize};

/// Most custom personas kept.
pub const MAX_CUSTOM_PERSONAS: usize = 50;
/// Largest stored persona, as compact JSON.
pub const MAX_STORED_PERSONA_BYTES: usize = super::MAX_FILE_BYTES;

/// Where a custom persona came from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
pub enum Origin {
    /// Written from a blank persona.
    Written,
    /// Copied from another persona (its id).
    Copied { from: String },
    /// Imported from a share file.
    Imported,
    /// Hosted by the deployment (`personas/extra/`), then copied or edited by the user.
    Hosted,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CustomPersona {
    pub persona: Persona,
    pub created_ms: f64,
    pub updated_ms: f64,
    pub origin: Origin,
}

/// Every custom persona, in the order the user keeps them.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CustomPersonas {
    pub personas: Vec<CustomPersona>,
}

impl CustomPersonas {
    pub fn get(&self, id: &str) -> Option<&CustomPersona> {
        self.personas.iter().find(|c| c.persona.id == id)
    }

    /// Adds or replaces (by id) a persona. Refuses, with a sentence, a persona over the limits
    /// or one too many.
    pub fn upsert(&mut self, mut item: CustomPersona) -> Result<(), String> {
        item.created_ms = clamp_time(item.created_ms);
        item.updated_ms = clamp_time(item.updated_ms);
        validate_one(&item)?;
        match self
            .personas
            .iter()
            .position(|c| c.persona.id == item.persona.id)
        {
            Some(i) => self.personas[i] = item,
            None if self.personas.len() >= MAX_CUSTOM_PERSONAS => {
                return Err(format!(
                    "You can keep {MAX_CUSTOM_PERSONAS} personas of your own. Delete one you \
                     no longer use, then try again."
                ))
            }
            None => self.personas.push(item),
        }
        Ok(())
    }

    /// Removes a persona; false when there was none with that id.
    pub fn remove(&mut self, id: &str) -> bool {
        let before = self.personas.len();
        self.personas.retain(|c| c.persona.id != id);
        self.personas.len() != before
    }

    /// What an import or a stored record must satisfy: the count, unique custom ids, sizes
    /// and finite times. The error is a phrase for the user. Drafts need not be ready.
    pub fn validate(&self) -> Result<(), String> {
        if self.personas.len() > MAX_CUSTOM_PERSONAS {
            return Err(format!(
                "more than {MAX_CUSTOM_PERSONAS} personas of your own"
            ));
        }
        let mut ids: Vec<&str> = Vec::new();
        for item in &self.personas {
            validate_one(item)?;
            if ids.contains(&item.persona.id.as_str()) {
                return Err(format!("two personas share the id “{}”", item.persona.id));
            }
            ids.push(&item.persona.id);
        }
        Ok(())
    }
}

/// What merging an import's personas into the ones here did (each list of ids in the
/// file's order).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PersonaMerge {
    /// Not here before: added.
    pub added: Vec<String>,
    /// The file's copy was edited later: it replaced the copy here. The caller keeps the
    /// record as it was before the merge as a backup (`store::backup_key(PERSONAS_KEY, now)`)
    /// when this is not empty, as an import does for a replaced session.
    pub replaced: Vec<String>,
    /// The copy here was edited later (or at the same time): it stays.
    pub kept: Vec<String>,
    /// The same on both sides.
    pub unchanged: Vec<String>,
    /// New here but over `MAX_CUSTOM_PERSONAS`: left out.
    pub no_room: Vec<String>,
}

impl PersonaMerge {
    /// Whether the list here changed.
    pub fn changed(&self) -> bool {
        !(self.added.is_empty() && self.replaced.is_empty())
    }

    /// One sentence for the import's confirmation, or "" when the file holds no persona.
    pub fn describe(&self) -> String {
        let n = |k: usize| {
            if k == 1 {
                "1 persona".to_string()
            } else {
                format!("{k} personas")
            }
        };
        let total = self.added.len()
            + self.replaced.len()
            + self.kept.len()
            + self.unchanged.len()
            + self.no_room.len();
        if total == 0 {
            return String::new();
        }
        let mut out = format!(
            "Of your own personas, {} will be added and {} updated from the file",
            n(self.added.len()),
            n(self.replaced.len())
        );
        if !self.kept.is_empty() {
            out += &format!(
                "; {} edited more recently here will stay as they are",
                n(self.kept.len())
            );
        }
        out.push('.');
        if !self.replaced.is_empty() {
            out += " The list as it was is kept as a backup first.";
        }
        if !self.no_room.is_empty() {
            out += &format!(
                " {} will not fit (you can keep {MAX_CUSTOM_PERSONAS}); delete some, then import again.",
                n(self.no_room.len())
            );
        }
        out
    }
}

impl CustomPersonas {
    /// Merges an import's personas: new ones are added, one on both sides keeps the copy
    /// edited last (the copy here when the times are equal), nothing is deleted. Pure, so
    /// the confirmation can show it first (call it on a clone).
    pub fn merge_imported(&mut self, incoming: &CustomPersonas) -> PersonaMerge {
        let mut merge = PersonaMerge::default();
        for theirs in &incoming.personas {
            let id = theirs.persona.id.clone();
            match self.personas.iter().position(|c| c.persona.id == id) {
                None if self.personas.len() >= MAX_CUSTOM_PERSONAS => merge.no_room.push(id),
                None => {
                    self.personas.push(theirs.clone());
                    merge.added.push(id);
                }
                Some(i) if self.personas[i] == *theirs => merge.unchanged.push(id),
                Some(i) if theirs.updated_ms > self.personas[i].updated_ms => {
                    self.personas[i] = theirs.clone();
                    merge.replaced.push(id);
                }
                Some(_) => merge.kept.push(id),
            }
        }
        merge
    }
}

fn clamp_time(ms: f64) -> f64 {
    if ms.is_finite() && ms > 0.0 {
        ms
    } else {
        0.0
    }
}

fn validate_one(item: &CustomPersona) -> Result<(), String> {
    let id = &item.persona.id;
    if !is_custom_id(id) || !is_safe_id(id) {
        return Err(format!(
            "the persona id “{}” is not one of your own",
            id.chars().take(70).collect::<String>()
        ));
    }
    if !(item.created_ms.is_finite() && item.updated_ms.is_finite())
        || item.created_ms < 0.0
        || item.updated_ms < 0.0
    {
        return Err(format!("the persona “{id}” has a time that is not valid"));
    }
    if let Some(p) = size_problems(&item.persona).first() {
        return Err(format!("the persona “{id}” is too big ({})", p.message));
    }
    let bytes = serde_json::to_string(&item.persona).map_or(usize::MAX, |s| s.len());
    if bytes > MAX_STORED_PERSONA_BYTES {
        return Err(format!("the persona “{id}” is too big"));
    }
    Ok(())
}

/// Reads the stored record (any known schema version), checked like an import.
pub fn decode_personas(raw: &str) -> Result<CustomPersonas, DecodeError> {
    decode_personas_record(raw).map(|r| r.data)
}

/// `decode_personas` with the record's revision, for revision-checked writes
/// (`store::encode_next`).
pub fn decode_personas_record(raw: &str) -> Result<Record<CustomPersonas>, DecodeError> {
    let record = store::decode_record::<CustomPersonas>(raw)?;
    record.data.validate().map_err(DecodeError::Corrupt)?;
    Ok(record)
}

/// The record to store, at revision 0 (use `store::encode_next` for revision-checked writes).
/// Refuses a list that would not read back.
pub fn encode_personas(list: &CustomPersonas) -> Result<String, EncodeError> {
    list.validate().map_err(EncodeError)?;
    store::encode(list)
}
