//! Small formatting helpers for people: dates and durations.

use askwell_core::calendar;

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

/// "6 Dec 2026, 17:42" in the device's time zone; "Dec 6, 2026, 5:42 PM" where the browser's
/// language is US English. Written out here rather than by `Intl.DateTimeFormat`: the first
/// Intl object a page builds costs 18-53 ms on the 2-core dev machine and 66-103 ms at a
/// phone's speed (4x CPU throttling), a long task on every visit (NOTES.md §11). The app's
/// words are English; digits are ASCII in every locale.
pub fn date_time(ms: f64) -> String {
    let t = calendar::moment(local_ms(ms));
    let us = us_english();
    let mut s = day_month(t, us);
    s.push_str(if us { ", " } else { " " });
    s.push_str(&t.year.to_string());
    s.push_str(", ");
    if us {
        s.push_str(&((t.hour + 11) % 12 + 1).to_string());
    } else {
        two_digits(&mut s, t.hour);
    }
    s.push(':');
    two_digits(&mut s, t.minute);
    if us {
        s.push_str(if t.hour < 12 { " AM" } else { " PM" });
    }
    s
}

/// "6 Dec" ("Dec 6" in US English), for a chart's axis.
pub fn short_date(ms: f64) -> String {
    day_month(calendar::moment(local_ms(ms)), us_english())
}

fn day_month(t: calendar::Moment, us: bool) -> String {
    let (day, month) = (t.day.to_string(), MONTHS[t.month as usize - 1]);
    if us {
        [month, " ", &day].concat()
    } else {
        [&day, " ", month].concat()
    }
}

fn two_digits(s: &mut String, n: u32) {
    s.push(char::from(b'0' + (n / 10 % 10) as u8));
    s.push(char::from(b'0' + (n % 10) as u8));
}

const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// `ms` moved to the device's time zone (as it was on that day); UTC natively.
fn local_ms(ms: f64) -> f64 {
    #[cfg(target_arch = "wasm32")]
    {
        let offset = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(ms)).get_timezone_offset();
        if offset.is_finite() {
            return ms - offset * 60_000.0;
        }
    }
    ms
}

/// Whether the browser's language is US English (month first, a 12-hour clock).
fn us_english() -> bool {
    #[cfg(target_arch = "wasm32")]
    {
        thread_local! {
            static US: bool = web_sys::window()
                .and_then(|w| w.navigator().language())
                .is_some_and(|l| l.eq_ignore_ascii_case("en-US"));
        }
        US.with(|us| *us)
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        false
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

    #[test]
    fn dates_read_day_month_year_natively() {
        assert_eq!(super::date_time(1_714_000_000_000.0), "24 Apr 2024, 23:06");
        assert_eq!(super::date_time(f64::NAN), "1 Jan 1970, 00:00");
        assert_eq!(super::short_date(951_782_400_000.0), "29 Feb");
    }
}
