//! Small helpers shared by the people and person components: record ids, date fields, and
//! the short "role at organization" line.

use askwell_core::prepare::Person;

/// A fresh id for a person or a conversation log: `prefix`, the time, and a random suffix
/// (the same shape as session ids, so `is_safe_id` accepts it).
pub fn new_record_id(prefix: char, now_ms: f64) -> String {
    let session_like = crate::storage::new_session_id(now_ms);
    format!("{prefix}{}", session_like.trim_start_matches('s'))
}

/// "Research scientist at Acme", "Acme", or "" from what the user typed.
pub fn role_line(p: &Person) -> String {
    let d = &p.details;
    match (d.role.is_empty(), d.organization.is_empty()) {
        (false, false) => format!("{} at {}", d.role, d.organization),
        (false, true) => d.role.clone(),
        (true, false) => d.organization.clone(),
        (true, true) => String::new(),
    }
}

/// The value of a `datetime-local` field ("2026-12-01T14:30") for a time, in local time.
#[cfg(target_arch = "wasm32")]
pub fn to_local_input(ms: f64) -> String {
    let d = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(ms));
    format!(
        "{:04}-{:02}-{:02}T{:02}:{:02}",
        d.get_full_year(),
        d.get_month() + 1,
        d.get_date(),
        d.get_hours(),
        d.get_minutes()
    )
}

#[cfg(not(target_arch = "wasm32"))]
pub fn to_local_input(_ms: f64) -> String {
    String::new()
}

/// The time a `datetime-local` field holds (read as local time); None when empty or invalid.
#[cfg(target_arch = "wasm32")]
pub fn from_local_input(value: &str) -> Option<f64> {
    if value.trim().is_empty() {
        return None;
    }
    let ms = js_sys::Date::new(&wasm_bindgen::JsValue::from_str(value)).get_time();
    ms.is_finite().then_some(ms)
}

#[cfg(not(target_arch = "wasm32"))]
pub fn from_local_input(_value: &str) -> Option<f64> {
    None
}
