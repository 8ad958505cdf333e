//! `number::to_f64` (through `Reader::f64`) against the standard library's parser.

use super::Reader;

fn parse(text: &str) -> f64 {
    let mut r = Reader::new(text);
    let v = r.f64().unwrap_or_else(|e| panic!("{text}: {e}"));
    r.finish().unwrap();
    v
}

/// Reads as the standard parser does; past the largest double both refuse (serde_json
/// calls it out of range, std gives infinity).
fn check(text: &str) {
    let want: f64 = text.parse().unwrap();
    if want.is_infinite() {
        assert!(Reader::new(text).f64().is_err(), "{text}");
        return;
    }
    assert_eq!(parse(text).to_bits(), want.to_bits(), "{text}");
}

/// A small deterministic generator (xorshift), so the test needs no crate.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
}

#[test]
fn hand_picked_values_round_exactly() {
    for text in [
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
        "9007199254740992.5",
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
        "2.2250738585072014e-308",
        "2.2250738585072011e-308",
        "4.9406564584124654e-324",
        "2.4703282292062327e-324",
        "2.4703282292062328e-324",
        "1e-400",
        "1.7976931348623157e308",
        "1.7976931348623158e308",
        "0.000000000000000000000000000000000000001",
        "100000000000000000000000",
        "7.2057594037927933e16",
        "8.98846567431158e307",
        "1.0000000000000002",
        "0.9999999999999999",
        "5e-324",
        "1e-323",
    ] {
        check(text);
    }
    // Halfway between 1 and the next double, with a tail past 800 digits that tips it.
    let halfway = "1.00000000000000011102230246251565404236316680908203125";
    check(halfway);
    check(&format!("{halfway}{}1", "0".repeat(900)));
    check(&format!("{}e-900", "1".repeat(850)));
}

#[test]
fn out_of_range_and_malformed_numbers_are_refused() {
    for bad in ["1e309", "-1e400", "1.", ".5", "-", "1e", "1e+", "+1"] {
        let mut r = Reader::new(bad);
        assert!(r.f64().and_then(|_| r.finish()).is_err(), "{bad}");
    }
}

#[test]
fn random_doubles_written_every_way_read_back_exactly() {
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    for _ in 0..40_000 {
        let x = f64::from_bits(rng.next());
        if !x.is_finite() {
            continue;
        }
        let ryu = serde_json::to_string(&x).unwrap();
        assert_eq!(parse(&ryu).to_bits(), x.to_bits(), "{ryu}");
        check(&format!("{x:e}"));
        check(&format!("{:.25e}", x));
    }
}

#[test]
fn random_decimals_round_as_the_standard_parser_does() {
    let mut rng = Rng(0x2545_f491_4f6c_dd1d);
    for _ in 0..40_000 {
        let len = 1 + (rng.next() % 30) as usize;
        let digits: String = (0..len)
            .map(|_| char::from(b'0' + (rng.next() % 10) as u8))
            .collect();
        let exponent = (rng.next() % 700) as i64 - 350;
        check(&format!("{digits}e{exponent}"));
        let point = (rng.next() as usize) % len;
        let with_point = format!("1{}.{}", &digits[..point], &digits[point..]);
        if !with_point.ends_with('.') {
            check(&with_point);
        }
    }
}
