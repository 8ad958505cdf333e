//! The export file's checksum: FNV-1a 64 over a canonical JSON text (keys sorted, no spaces,
//! numbers by value), so a file that went through any JSON tool still checks.

use crate::small_sort::sort_small_by;
use serde_json::Value;
use std::fmt::Write;

/// `fnv1a64:` and 16 hex digits of FNV-1a 64 over the canonical text of `payload`: keys
/// sorted, no spaces, numbers by value (`canonical`). A file's checksum is this over
/// `{"kept": [...], "sessions": [...]}`.
pub fn checksum(payload: &Value) -> String {
    let mut h = Fnv::default();
    canonical(payload, Numbers::ByValue, &mut h);
    h.hex()
}

/// The checksum of format version 1: over the sessions array alone, numbers as serde_json
/// prints the parsed value (so `5.0` and `5` differ).
pub(super) fn legacy_checksum(sessions: &Value) -> String {
    let mut h = Fnv::default();
    canonical(sessions, Numbers::AsParsed, &mut h);
    h.hex()
}

/// Builds the checksum one session at a time, so an import never holds more than one
/// session's JSON tree: the same as `checksum` of `{"kept": kept, "personas": personas,
/// "prepare": prepare, "sessions": [...]}` (format 3: no `personas`; format 2: no
/// `prepare` either).
pub(super) struct ContentSum(Fnv);

impl ContentSum {
    pub(super) fn new(
        kept: &Value,
        personas: Option<&Value>,
        prepare: Option<&Value>,
    ) -> ContentSum {
        let mut h = Fnv::default();
        h.feed("{\"kept\":");
        canonical(kept, Numbers::ByValue, &mut h);
        if let Some(personas) = personas {
            h.feed(",\"personas\":");
            canonical(personas, Numbers::ByValue, &mut h);
        }
        if let Some(prepare) = prepare {
            h.feed(",\"prepare\":");
            canonical(prepare, Numbers::ByValue, &mut h);
        }
        h.feed(",\"sessions\":[");
        ContentSum(h)
    }
    pub(super) fn session(&mut self, session: &Value) {
        if self.0.started {
            self.0.feed(",");
        }
        self.0.started = true;
        canonical(session, Numbers::ByValue, &mut self.0);
    }
    pub(super) fn finish(mut self) -> String {
        self.0.feed("]}");
        self.0.hex()
    }
}

/// FNV-1a 64, fed text piece by piece.
struct Fnv {
    state: u64,
    started: bool,
}

impl Default for Fnv {
    fn default() -> Self {
        Fnv {
            state: 0xcbf2_9ce4_8422_2325,
            started: false,
        }
    }
}

impl Fnv {
    fn feed(&mut self, text: &str) {
        self.state = fnv1a64_from(self.state, text.as_bytes());
    }
    fn hex(&self) -> String {
        format!("fnv1a64:{:016x}", self.state)
    }
}

impl Write for Fnv {
    fn write_str(&mut self, s: &str) -> std::fmt::Result {
        self.feed(s);
        Ok(())
    }
}

fn fnv1a64_from(start: u64, bytes: &[u8]) -> u64 {
    bytes.iter().fold(start, |h, &b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

#[cfg(test)]
fn fnv1a64(bytes: &[u8]) -> u64 {
    fnv1a64_from(0xcbf2_9ce4_8422_2325, bytes)
}

#[derive(Clone, Copy)]
enum Numbers {
    /// A number whose value is a whole number within ±2^53 is written as an integer (`5`,
    /// never `5.0` or `5e0`), any other in the shortest form that reads back the same.
    ByValue,
    /// As serde_json prints the parsed number (format version 1).
    AsParsed,
}

fn canonical(v: &Value, numbers: Numbers, out: &mut impl Write) {
    // Writing into an FNV state cannot fail.
    let _ = match v {
        Value::Object(map) => {
            let mut keys: Vec<&String> = map.keys().collect();
            // An object has a few dozen keys at most.
            sort_small_by(&mut keys, |a, b| a.cmp(b));
            let _ = out.write_char('{');
            for (i, k) in keys.into_iter().enumerate() {
                if i > 0 {
                    let _ = out.write_char(',');
                }
                let _ = write!(out, "{}:", Value::from(k.as_str()));
                canonical(&map[k], numbers, out);
            }
            out.write_char('}')
        }
        Value::Array(items) => {
            let _ = out.write_char('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    let _ = out.write_char(',');
                }
                canonical(item, numbers, out);
            }
            out.write_char(']')
        }
        Value::Number(n) => match numbers {
            Numbers::AsParsed => write!(out, "{n}"),
            Numbers::ByValue => write_number(n, out),
        },
        scalar => write!(out, "{scalar}"),
    };
}

fn write_number(n: &serde_json::Number, out: &mut impl Write) -> std::fmt::Result {
    const SAFE: f64 = 9_007_199_254_740_992.0; // 2^53
    if n.is_u64() || n.is_i64() {
        // An integer beyond 2^53 cannot come from a JavaScript tool: keep its digits.
        return write!(out, "{n}");
    }
    match n.as_f64() {
        Some(x) if x.fract() == 0.0 && x.abs() <= SAFE => write!(out, "{}", x as i64),
        Some(x) => write!(
            out,
            "{}",
            serde_json::Number::from_f64(x).unwrap_or(n.clone())
        ),
        None => write!(out, "{n}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn checksum_ignores_spacing_key_order_and_number_spelling() {
        let a: Value = serde_json::from_str(r#"[{"b":1,"a":[true,null,"x",2.5]}]"#).unwrap();
        let b: Value =
            serde_json::from_str("[ {\"a\": [true, null, \"\\u0078\", 25e-1], \"b\": 1.0} ]")
                .unwrap();
        assert_eq!(checksum(&a), checksum(&b));
        assert_ne!(
            checksum(&a),
            checksum(&json!([{"a": [true, null, "y", 2.5], "b": 1}]))
        );
        assert_ne!(
            checksum(&a),
            checksum(&json!([{"a": [true, null, "x", 2.5], "b": 2}]))
        );
        // -0 is written as 0 by JavaScript.
        assert_eq!(checksum(&json!(-0.0)), checksum(&json!(0)));
        // Published FNV-1a 64 test vectors.
        assert_eq!(fnv1a64(b""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(fnv1a64(b"a"), 0xaf63_dc4c_8601_ec8c);
        assert_eq!(fnv1a64(b"foobar"), 0x8594_4171_f739_67e8);
        assert_eq!(
            checksum(&json!([])),
            format!("fnv1a64:{:016x}", fnv1a64(b"[]"))
        );
        // Format version 1 kept serde's spelling.
        assert_ne!(legacy_checksum(&json!([1.0])), legacy_checksum(&json!([1])));
    }
}
