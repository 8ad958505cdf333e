//! Askwell's engine: pure Rust, no browser dependencies. Everything the app decides lives here
//! and is tested natively.

pub mod calendar;
pub mod coach;
pub mod content;
pub mod conversation;
pub mod custom;
pub mod decimal;
pub mod eval;
pub mod flags;
pub mod interview;
pub mod json;
pub mod lexicon;
pub mod memo;
pub mod persona;
pub mod prepare;
pub(crate) mod range_coder;
pub mod small_sort;
pub mod sorted_map;
pub mod store;
pub mod substr;
pub mod timing;
pub mod topic;
pub mod understand;

#[cfg(feature = "authoring")]
pub mod authoring;

pub use persona::{Persona, PersonaInfo, Temperament};
pub use topic::{Outcome, Segment, Topic};
