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
