//! Askwell's browser shell: a thin Leptos layer over `askwell-core`.

pub mod app;
pub mod chunks;
pub mod clipboard;
pub mod components;
pub mod content;
pub mod file_input;
pub mod focus;
pub mod format;
pub mod pages;
pub mod panic;
pub mod personas;
pub mod practice_start;
pub mod route;
pub mod saved;
pub mod state;
pub mod storage;
pub mod tasks;
pub mod upkeep;
