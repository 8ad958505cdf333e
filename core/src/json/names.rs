//! Enum values as stored: a name from a fixed list, or serde's "unknown variant" error, which
//! the newer-build check (`store::decode`) recognises.

use super::{Error, Reader, Result};

impl Reader<'_> {
    /// serde's "unknown variant" error for `name`, which should have been one of `names`
    /// (separated by spaces). `as_key`: the name is the object key just read.
    pub fn unknown_variant(&self, name: &str, names: &str, as_key: bool) -> Error {
        let expected: Vec<String> = names.split(' ').map(|n| format!("`{n}`")).collect();
        let message = format!(
            "unknown variant `{name}`, expected one of {}",
            expected.join(", ")
        );
        if as_key {
            self.key_error(message)
        } else {
            self.error(message)
        }
    }

    /// Reads a string that must be one of `names` (separated by spaces): the value at its
    /// place in `values`.
    pub fn name_in<T: Copy>(&mut self, names: &str, values: &[T]) -> Result<T> {
        let name = self.string()?;
        match names.split(' ').position(|n| n == name) {
            Some(i) if i < values.len() => Ok(values[i]),
            _ => Err(self.unknown_variant(&name, names, false)),
        }
    }

    /// Reads a string that must be the id of one of `values`.
    pub fn name_of<T: Copy>(&mut self, values: &[T], id: fn(T) -> &'static str) -> Result<T> {
        let name = self.string()?;
        values
            .iter()
            .copied()
            .find(|&v| id(v) == name)
            .ok_or_else(|| {
                let names: Vec<&str> = values.iter().map(|&v| id(v)).collect();
                self.unknown_variant(&name, &names.join(" "), false)
            })
    }
}
