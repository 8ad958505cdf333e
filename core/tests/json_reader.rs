//! The small JSON reader (`askwell_core::json`): strings, numbers (bit for bit against the
//! standard library's parser), nesting, and trees built as serde_json builds them.

mod common;

use askwell_core::json::{Reader, Writer};

#[test]
fn strings_resolve_every_escape() {
    let mut r = Reader::new(r#" "a\"b\\c\/d\n\t\u00e9\ud83d\ude00 é" "#);
    assert_eq!(r.string().unwrap(), "a\"b\\c/d\n\té😀 é");
    r.finish().unwrap();
}

#[test]
fn broken_text_says_where() {
    for (text, at) in [
        ("\"abc", 4),
        ("\"\\ud800\"", 7),
        ("[1,", 3),
        ("{\"a\" 1}", 5),
    ] {
        let mut r = Reader::new(text);
        let err = match text.as_bytes()[0] {
            b'"' => r.string().unwrap_err(),
            b'[' => r.list(Reader::u64).unwrap_err(),
            _ => r.object(&mut |r, _| r.u64().map(drop)).unwrap_err(),
        };
        assert_eq!(err.at, at, "{text}: {err}");
    }
}

#[test]
fn numbers_are_whole_and_in_range() {
    assert_eq!(Reader::new(" 42").u32().unwrap(), 42);
    assert!(Reader::new("4294967296").u32().is_err());
    assert!(Reader::new("1.5").u64().is_err());
    assert!(Reader::new("-1").u64().is_err());
}

#[test]
fn objects_and_lists_nest() {
    let mut r = Reader::new(r#"{"a": ["x", "y"], "b": {}, "c": []}"#);
    let mut seen = Vec::new();
    r.object(&mut |r, key| {
        seen.push(key.to_string());
        match key {
            "a" => r.strings().map(|s| assert_eq!(s, ["x", "y"])),
            "b" => r.object(&mut |r, k| r.unknown_field(k)),
            _ => r.list(Reader::string).map(|s| assert!(s.is_empty())),
        }
    })
    .unwrap();
    assert_eq!(seen, ["a", "b", "c"]);
}

/// `tree` builds the same tree as serde_json on every stored fixture and on odd numbers, and
/// `Writer::tree` writes it back as serde_json does.
#[test]
fn values_match_serde_json() {
    let mut texts: Vec<String> = [
        "0",
        "-0",
        "-1",
        "18446744073709551615",
        "18446744073709551616",
        "-9223372036854775808",
        "-9223372036854775809",
        "1.5",
        "1e3",
        "-0.0",
        "[]",
        "{}",
        "[1,[2,[3]]]",
        "true",
        "null",
        r#"{"a":1,"a":2}"#,
        r#"{"b":{"c":[null,false,"x\u00e9"]}}"#,
    ]
    .map(String::from)
    .to_vec();
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures");
    for dir in std::fs::read_dir(root).unwrap() {
        let dir = dir.unwrap().path();
        if !dir.is_dir() {
            continue;
        }
        for file in std::fs::read_dir(dir).unwrap() {
            let path = file.unwrap().path();
            if path.extension().is_some_and(|e| e == "json") {
                texts.push(std::fs::read_to_string(path).unwrap());
            }
        }
    }
    assert!(texts.len() > 40);
    for text in &texts {
        let want: serde_json::Value = serde_json::from_str(text).unwrap();
        let mut r = Reader::new(text);
        let got = r.tree().unwrap();
        r.finish().unwrap();
        assert_eq!(got, common::tree_of(&want), "{text}");
        let mut w = Writer::new();
        w.tree(&got);
        assert_eq!(w.finish(), want.to_string());
    }
    for bad in ["[1,]", "{\"a\" 1}", "01x", "-", "1e400", "[", "\"\\x\""] {
        let mut r = Reader::new(bad);
        assert!(r.tree().and_then(|_| r.finish()).is_err(), "{bad}");
        assert!(
            serde_json::from_str::<serde_json::Value>(bad).is_err(),
            "{bad}"
        );
    }
}

#[test]
fn nesting_has_a_limit() {
    let deep = "[".repeat(200) + &"]".repeat(200);
    assert!(Reader::new(&deep).skip().is_err());
    let fine = "[".repeat(100) + &"]".repeat(100);
    Reader::new(&fine).skip().unwrap();
}

// Numbers.

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

/// Skipping a value (a record's data while its head is read) accepts and refuses what reading
/// it does, and stops at the same place: numbers skipped by a scan, strings without building
/// them. Random texts from JSON's own alphabet, and every odd number and string above.
#[test]
fn skipping_agrees_with_reading() {
    let same = |text: &str| {
        let (mut a, mut b) = (Reader::new(text), Reader::new(text));
        let (skipped, read) = (a.skip(), b.tree().map(drop));
        assert_eq!(skipped.is_ok(), read.is_ok(), "{text:?}");
        let at = |r: Result<(), askwell_core::json::Error>, reader: Reader| match r {
            Ok(()) => reader.finish().map_err(|e| e.at).err(),
            Err(e) => Some(e.at),
        };
        assert_eq!(at(skipped, a), at(read, b), "{text:?}");
    };
    let fixed = [
        "1e309",
        "-1e400",
        "1.",
        ".5",
        "-",
        "- 5",
        "1e",
        "01",
        "-0.0",
        "12.5e3",
        "1E-2",
        "123456789012345678901234567890",
        "\"a\\u00e9b\"",
        "\"abc",
        "\"a\u{1}b\"",
        "\"\\q\"",
        "{\"a\\\"b\": [1, 2.5, \"x\"]}",
        "[1,]",
        "{\"a\" 1}",
        "nul",
        "true",
        "[\"\\ud800\"]",
    ];
    for text in fixed {
        same(text);
    }
    same(&format!("{}.5", "9".repeat(310)));
    // A space after the sign is refused when read, as serde_json refuses it.
    assert!(serde_json::from_str::<serde_json::Value>("- 5").is_err());
    assert!(Reader::new("- 5").tree().is_err());
    let alphabet = b"0123456789.-+eE\"\\u{}[],: atrfn\x01";
    let mut rng = Rng(0x1234_5678_9abc_def1);
    for _ in 0..200_000 {
        let len = 1 + (rng.next() % 12) as usize;
        let bytes: Vec<u8> = (0..len)
            .map(|_| alphabet[(rng.next() % alphabet.len() as u64) as usize])
            .collect();
        same(std::str::from_utf8(&bytes).unwrap());
    }
}
