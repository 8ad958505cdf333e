//! Decimal text to `f64` without the standard library's parser, whose power-of-five tables
//! cost about 13 KB of `.wasm` (NOTES.md §1). Exact for what our stored records hold: whole
//! numbers and decimals of up to 19 significant digits whose exponent is at least -21 (all
//! times, durations and scores). Past that, within a few units in the last place.

/// `digits × 10^exponent` (with the sign) as the nearest `f64`.
pub fn to_f64(negative: bool, digits: u64, exponent: i32) -> f64 {
    let magnitude = if digits == 0 {
        0.0
    } else if exponent >= 0 {
        ten_to(exponent)
            .and_then(|p| u128::from(digits).checked_mul(p))
            // u128 to f64 rounds to nearest, ties to even.
            .map_or_else(|| approximate(digits, exponent), |n| n as f64)
    } else {
        divided(digits, exponent.unsigned_abs()).unwrap_or_else(|| approximate(digits, exponent))
    };
    if negative {
        -magnitude
    } else {
        magnitude
    }
}

fn ten_to(n: i32) -> Option<u128> {
    10u128.checked_pow(u32::try_from(n).ok()?)
}

/// `digits / 10^k` correctly rounded, when the quotient can carry 55 bits or more.
fn divided(digits: u64, k: u32) -> Option<f64> {
    let divisor = 10u128.checked_pow(k)?;
    // Shift the digits to the top of a u128 so the quotient keeps as many bits as it can.
    let shift = u128::from(digits).leading_zeros() - 1;
    let scaled = u128::from(digits) << shift;
    let (quotient, rest) = (scaled / divisor, scaled % divisor);
    if quotient >> 55 == 0 {
        return None;
    }
    // A sticky bit for the remainder, so the integer's rounding to f64 is the quotient's.
    let with_sticky = (quotient << 1) | u128::from(rest != 0);
    let scale = f64::from_bits(u64::from(1023 - (shift + 1)) << 52);
    Some(with_sticky as f64 * scale)
}

/// Outside the exact range: repeated scaling (a few units in the last place at most).
fn approximate(digits: u64, exponent: i32) -> f64 {
    let mut value = digits as f64;
    let step = if exponent >= 0 { 10.0 } else { 0.1 };
    for _ in 0..exponent.unsigned_abs().min(400) {
        value *= step;
    }
    value
}

#[cfg(test)]
mod tests {
    fn parse(text: &str) -> f64 {
        let mut r = crate::json::Reader::new(text);
        r.f64().unwrap()
    }

    #[test]
    fn agrees_with_the_standard_parser() {
        let exact = [
            "0",
            "-0",
            "1",
            "12.5",
            "0.1",
            "0.3",
            "1764800000000",
            "1764800000000.5",
            "123.45600000000002",
            "9007199254740993",
            "1e21",
            "0.000123",
            "5e-7",
            "1234567890123456789",
            "12345678901234567890",
            "3.14159265358979323846",
            "-42.125",
            "1E3",
            "2.5e+2",
            "0.1e1",
        ];
        for s in exact {
            let want: f64 = s.parse().unwrap();
            assert_eq!(parse(s).to_bits(), want.to_bits(), "{s}");
        }
        for s in [
            "2.2250738585072014e-300",
            "1.7976931348623157e300",
            "4.5e-40",
        ] {
            let want: f64 = s.parse().unwrap();
            assert!(((parse(s) - want) / want).abs() < 1e-13, "{s}");
        }
    }

    #[test]
    fn times_and_shortest_decimals_are_exact() {
        // What ryu (serde_json's writer) writes for sums of clock readings.
        let mut x = 0.0f64;
        for i in 0..2000 {
            x += 0.1 * f64::from(i % 7) + 1.0 / 3.0;
            let text = serde_json::to_string(&x).unwrap();
            assert_eq!(parse(&text).to_bits(), x.to_bits(), "{text}");
            let ms = 1_700_000_000_000.0 + x * 997.0;
            let text = serde_json::to_string(&ms).unwrap();
            assert_eq!(parse(&text).to_bits(), ms.to_bits(), "{text}");
        }
    }
}
