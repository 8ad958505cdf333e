//! Sessions from the frozen schema 1 fixtures (`tests/fixtures/v1/`), decoded as the app
//! would read them.
#![allow(dead_code)]

use askwell_core::interview::Interview;
use askwell_core::store;

pub fn fixture_session(name: &str) -> Interview {
    let path = format!(
        "{}/tests/fixtures/v1/{name}.json",
        env!("CARGO_MANIFEST_DIR")
    );
    store::decode(&std::fs::read_to_string(path).unwrap()).unwrap()
}

pub fn two_sessions() -> Vec<Interview> {
    vec![
        fixture_session("session_simulated"),
        fixture_session("session_real_active"),
    ]
}
