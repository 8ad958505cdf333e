use super::*;

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

/// `value` builds the same tree as serde_json on every stored fixture and on odd numbers.
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
        let got = r.value().unwrap();
        r.finish().unwrap();
        assert_eq!(got, want, "{text}");
        assert_eq!(got.to_string(), want.to_string());
    }
    for bad in ["[1,]", "{\"a\" 1}", "01x", "-", "1e400", "[", "\"\\x\""] {
        let mut r = Reader::new(bad);
        assert!(r.value().and_then(|_| r.finish()).is_err(), "{bad}");
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
