//! Numbers shown to people ("12.5", "80"), written with integer arithmetic. The standard
//! float formatter (`{:.1}`) kept about 7.6 KiB gzip of float-printing code in a practice's
//! `.wasm` (NOTES.md §1), and nothing Askwell shows needs more than three decimals.

/// `value` with `decimals` (at most 3) digits after the point, rounded half away from zero
/// as people round ("2.5" to "3"; `{:.0}` gives "2"); not-a-number and infinities read as 0,
/// and there is no "-0".
pub fn fixed(value: f64, decimals: u32) -> String {
    let decimals = decimals.min(3);
    let scale = 10_u64.pow(decimals);
    let scaled = value * scale as f64;
    let n = if scaled.is_finite() {
        scaled.round() as i64
    } else {
        0
    };
    let mut out = String::new();
    if n < 0 {
        out.push('-');
    }
    let n = n.unsigned_abs();
    out.push_str(&(n / scale).to_string());
    if decimals > 0 {
        out.push('.');
        let fraction = (n % scale).to_string();
        for _ in fraction.len()..decimals as usize {
            out.push('0');
        }
        out.push_str(&fraction);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::fixed;

    #[test]
    fn matches_the_standard_formatter() {
        for &(v, d) in &[
            (0.0, 0),
            (12.34, 1),
            (99.95, 1),
            (-1.26, 1),
            (7.0, 2),
            (1234.5678, 3),
            (0.05, 1),
            (100.0, 0),
        ] {
            assert_eq!(fixed(v, d), format!("{v:.*}", d as usize), "{v} to {d}");
        }
    }

    #[test]
    fn rounds_ties_away_from_zero() {
        assert_eq!(fixed(2.5, 0), "3");
        assert_eq!(fixed(0.125, 2), "0.13");
        assert_eq!(fixed(-2.5, 0), "-3");
    }

    #[test]
    fn never_prints_minus_zero_or_not_a_number() {
        assert_eq!(fixed(-0.04, 1), "0.0");
        assert_eq!(fixed(f64::NAN, 0), "0");
        assert_eq!(fixed(f64::INFINITY, 1), "0.0");
    }
}
