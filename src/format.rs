//! Small formatting helpers for people: dates and durations.

/// How a saved session is named in a list: its persona and start, and for a restored copy
/// beside a different session with its id, when its backup was set aside (the two would
/// otherwise read alike).
pub fn session_label(persona_name: &str, id: &str, started_at_ms: f64) -> String {
    let mut s = [persona_name, ", ", &date_time(started_at_ms)].concat();
    if let Some(at) = askwell_core::store::restored_copy_at(id) {
        s += &[
            " (restored from a backup set aside ",
            &date_time(at as f64),
            ")",
        ]
        .concat();
    }
    s
}

/// "Nov 22, 2026, 15:40" in the browser's locale; a plain fallback natively. `Intl` does
/// the whole job (`dateStyle: medium`, `timeStyle: short`): no string surgery, so digits of
/// any script (Bengali, Arabic, Devanagari...) come out whole.
pub fn date_time(ms: f64) -> String {
    #[cfg(target_arch = "wasm32")]
    {
        thread_local! {
            // One formatter for the page: building one per date costs more than formatting.
            static FORMAT: js_sys::Function =
                formatter(&[("dateStyle", "medium"), ("timeStyle", "short")]);
        }
        FORMAT.with(|f| format_with(f, ms))
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        format!("{} ms", ms as i64)
    }
}

/// "Nov 22" in the browser's locale, for a chart's axis; a plain fallback natively.
pub fn short_date(ms: f64) -> String {
    #[cfg(target_arch = "wasm32")]
    {
        thread_local! {
            static FORMAT: js_sys::Function = formatter(&[("month", "short"), ("day", "numeric")]);
        }
        FORMAT.with(|f| format_with(f, ms))
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        format!("day {}", (ms / 86_400_000.0) as i64)
    }
}

/// An `Intl.DateTimeFormat` in the browser's locale with these options, as its `format`.
#[cfg(target_arch = "wasm32")]
fn formatter(options: &[(&str, &str)]) -> js_sys::Function {
    let object = js_sys::Object::new();
    for (key, value) in options {
        let _ = js_sys::Reflect::set(&object, &(*key).into(), &(*value).into());
    }
    js_sys::Intl::DateTimeFormat::new(&js_sys::Array::new(), &object).format()
}

#[cfg(target_arch = "wasm32")]
fn format_with(format: &js_sys::Function, ms: f64) -> String {
    let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(ms));
    format
        .call1(&wasm_bindgen::JsValue::NULL, &date)
        .ok()
        .and_then(|v| v.as_string())
        .unwrap_or_default()
}

/// Whole and half minutes: "12 min", "7.5 min".
pub fn minutes(seconds: f64) -> String {
    let halves = (seconds / 30.0).round() as i64;
    if halves % 2 == 0 {
        format!("{} min", halves / 2)
    } else {
        format!("{}.5 min", halves / 2)
    }
}

/// Milliseconds since the epoch, now.
pub fn now_ms() -> f64 {
    #[cfg(target_arch = "wasm32")]
    {
        js_sys::Date::now()
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        0.0
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn minutes_round_to_halves() {
        assert_eq!(super::minutes(600.0), "10 min");
        assert_eq!(super::minutes(450.0), "7.5 min");
        assert_eq!(super::minutes(14.0), "0 min");
    }
}
