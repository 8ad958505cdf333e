//! A JSON tree of our own, for the migrations of older records and the newer-build check.
//! `serde_json::Value` would bring serde_json's map (a `BTreeMap`) and number code into the
//! practice's `.wasm`; this is plain `Vec`s (an object is a `SortedMap`) read and written
//! by `Reader` and `Writer`.

use super::{Reader, Result};
use crate::sorted_map::SortedMap;

/// One JSON value. It behaves as `serde_json::Value` did, so records are checked and
/// rewritten as before: an object's keys are kept sorted (a repeated key: the last value
/// wins), and a number is the text serde_json would write for it (`Reader::tree`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Tree {
    Null,
    Bool(bool),
    Number(String),
    String(String),
    List(Vec<Tree>),
    Object(SortedMap<String, Tree>),
}

impl Tree {
    /// The whole of `text` as a tree.
    pub fn parse(text: &str) -> Result<Tree> {
        let mut r = Reader::new(text);
        let tree = r.tree()?;
        r.finish()?;
        Ok(tree)
    }

    /// A whole number.
    pub fn whole(n: u64) -> Tree {
        Tree::Number(itoa::Buffer::new().format(n).into())
    }

    /// The value under `key`, if this is an object that has it.
    pub fn get(&self, key: &str) -> Option<&Tree> {
        match self {
            Tree::Object(fields) => fields.get(key),
            _ => None,
        }
    }

    pub fn get_mut(&mut self, key: &str) -> Option<&mut Tree> {
        match self {
            Tree::Object(fields) => fields.get_mut(key),
            _ => None,
        }
    }

    /// Sets `key` in an object (replacing its value if present); does nothing otherwise.
    pub fn insert(&mut self, key: &str, value: Tree) {
        if let Tree::Object(fields) = self {
            fields.insert(key.into(), value);
        }
    }

    /// Takes `key` out of an object.
    pub fn remove(&mut self, key: &str) -> Option<Tree> {
        match self {
            Tree::Object(fields) => fields.remove(key),
            _ => None,
        }
    }

    /// The `i`th item of a list.
    pub fn item_mut(&mut self, i: usize) -> Option<&mut Tree> {
        match self {
            Tree::List(items) => items.get_mut(i),
            _ => None,
        }
    }

    pub fn as_str(&self) -> Option<&str> {
        match self {
            Tree::String(s) => Some(s),
            _ => None,
        }
    }

    /// A number that is whole and not negative.
    pub fn as_u64(&self) -> Option<u64> {
        match self {
            Tree::Number(n) => Reader::new(n).u64().ok(),
            _ => None,
        }
    }
}
