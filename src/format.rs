//! Small formatting helpers for people: dates and durations.

/// "Nov 22, 2026, 15:40" in the browser's locale; a plain fallback natively.
pub fn date_time(ms: f64) -> String {
    #[cfg(target_arch = "wasm32")]
    {
        let d = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(ms));
        let date: String = d
            .to_locale_date_string("default", &wasm_bindgen::JsValue::UNDEFINED)
            .into();
        let time: String = d.to_locale_time_string("default").into();
        // Drop seconds from "15:40:12" or "3:40:12 PM".
        let time = match time.rfind(':') {
            Some(i) if time[..i].contains(':') => format!("{}{}", &time[..i], &time[i + 3..]),
            _ => time,
        };
        format!("{date}, {time}")
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        format!("{} ms", ms as i64)
    }
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
