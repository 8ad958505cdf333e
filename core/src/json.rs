//! A small JSON reader that pulls values straight into our types.
//!
//! serde's derived readers are generic over the format and build one visitor and one
//! sequence reader per type: in the browser that is several KB of `.wasm` per type read
//! (NOTES.md §1). Reading by hand with this one non-generic reader costs a few hundred bytes
//! a type. Field readers are passed as `&mut dyn FnMut`, so no copy is made per caller.

use std::borrow::Cow;
use std::fmt;

mod names;
mod number;
mod tree;
mod value;
mod write;

pub use tree::Tree;
pub use write::Writer;

/// Where reading stopped and why, for messages such as "expected a string at byte 120".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    /// Byte offset into the text.
    pub at: usize,
    pub message: String,
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} at byte {}", self.message, self.at)
    }
}

pub type Result<T> = std::result::Result<T, Error>;

/// A cursor over JSON text. Each reading method consumes one value (and the white space
/// before it) or fails where the text stops fitting.
pub struct Reader<'a> {
    text: &'a str,
    at: usize,
    /// Where the last object key read ends (after its closing quote): errors about a key
    /// point there, as serde's do.
    key_end: usize,
    /// Objects and lists open around the cursor.
    depth: u32,
}

/// How deeply objects and lists may nest, as serde_json allows: deeper text is refused
/// rather than read by recursion without end.
const MAX_DEPTH: u32 = 128;

impl<'a> Reader<'a> {
    pub fn new(text: &'a str) -> Reader<'a> {
        Reader {
            text,
            at: 0,
            key_end: 0,
            depth: 0,
        }
    }

    /// An error at the current position.
    pub fn error(&self, message: impl Into<String>) -> Error {
        Error {
            at: self.at,
            message: message.into(),
        }
    }

    /// An error about the object key just read.
    pub fn key_error(&self, message: impl Into<String>) -> Error {
        Error {
            at: self.key_end,
            message: message.into(),
        }
    }

    /// The error for a field this build does not know (records and scripts refuse them).
    pub fn unknown_field<T>(&self, name: &str) -> Result<T> {
        Err(self.key_error(format!("unknown field `{name}`")))
    }

    fn byte(&self) -> Option<u8> {
        self.text.as_bytes().get(self.at).copied()
    }

    /// The next byte after white space, not consumed.
    fn peek(&mut self) -> Option<u8> {
        while let Some(b' ' | b'\n' | b'\r' | b'\t') = self.byte() {
            self.at += 1;
        }
        self.byte()
    }

    /// "invalid type: a string, expected a number", in serde's words; punctuation out of
    /// place is only "expected ...".
    fn wrong_type(&mut self, expected: &str) -> Error {
        let found = match self.peek() {
            Some(b'"') => "a string",
            Some(b'{') => "a map",
            Some(b'[') => "a list",
            Some(b'n') => "null",
            Some(b't' | b'f') => "a boolean",
            Some(b'-' | b'0'..=b'9') => "a number",
            _ => return self.error(format!("expected {expected}")),
        };
        self.error(format!("invalid type: {found}, expected {expected}"))
    }

    /// Consumes `b` if it comes next.
    fn eat(&mut self, b: u8) -> bool {
        let found = self.peek() == Some(b);
        if found {
            self.at += 1;
        }
        found
    }

    fn expect(&mut self, b: u8, what: &str) -> Result<()> {
        if self.eat(b) {
            Ok(())
        } else {
            Err(self.wrong_type(what))
        }
    }

    /// Reads an object, calling `field` with each key; `field` must read the value.
    pub fn object(&mut self, field: &mut dyn FnMut(&mut Self, &str) -> Result<()>) -> Result<()> {
        self.expect(b'{', "an object")?;
        self.enter()?;
        let result = self.object_rest(field);
        self.depth -= 1;
        result
    }

    fn enter(&mut self) -> Result<()> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            self.depth -= 1;
            return Err(self.error("recursion limit exceeded"));
        }
        Ok(())
    }

    fn object_rest(&mut self, field: &mut dyn FnMut(&mut Self, &str) -> Result<()>) -> Result<()> {
        if self.eat(b'}') {
            return Ok(());
        }
        loop {
            let key = self.text_of_string()?;
            self.key_end = self.at;
            self.expect(b':', "`:`")?;
            field(self, &key)?;
            if !self.eat(b',') {
                return self.expect(b'}', "`,` or `}`");
            }
        }
    }

    /// Reads an object whose keys must be among `names` (separated by spaces), calling
    /// `field` with each key's index; returns which were present (bit `i` for name `i`). Matching names here, once,
    /// keeps each type's reader to a `match` on small integers.
    pub fn fields(
        &mut self,
        names: &str,
        field: &mut dyn FnMut(&mut Self, usize) -> Result<()>,
    ) -> Result<u64> {
        let mut seen = 0u64;
        self.object(&mut |r, key| {
            let i = names
                .split(' ')
                .position(|n| n == key)
                .ok_or_else(|| r.key_error(format!("unknown field `{key}`")))?;
            if seen & (1 << i) != 0 {
                return Err(r.key_error(format!("duplicate field `{key}`")));
            }
            seen |= 1 << i;
            field(r, i)
        })?;
        Ok(seen)
    }

    /// Fails naming the first of the `required` fields (bits as `fields` returns) missing
    /// from `seen`.
    pub fn require(&self, names: &str, seen: u64, required: u64) -> Result<()> {
        match names
            .split(' ')
            .enumerate()
            .find(|(i, _)| required & !seen & (1 << i) != 0)
        {
            Some((_, name)) => Err(self.error(format!("missing field `{name}`"))),
            None => Ok(()),
        }
    }

    /// A list comes next.
    pub fn at_array(&mut self) -> bool {
        self.peek() == Some(b'[')
    }

    /// Consumes `null` if it comes next (an absent optional value).
    pub fn null(&mut self) -> bool {
        let found = self.peek() == Some(b'n') && self.text[self.at..].starts_with("null");
        if found {
            self.at += 4;
        }
        found
    }

    /// Reads an array, calling `item` for each element; `item` must read it.
    pub fn array(&mut self, item: &mut dyn FnMut(&mut Self) -> Result<()>) -> Result<()> {
        self.expect(b'[', "a list")?;
        self.enter()?;
        let result = self.array_rest(item);
        self.depth -= 1;
        result
    }

    fn array_rest(&mut self, item: &mut dyn FnMut(&mut Self) -> Result<()>) -> Result<()> {
        if self.eat(b']') {
            return Ok(());
        }
        loop {
            item(self)?;
            if !self.eat(b',') {
                return self.expect(b']', "`,` or `]`");
            }
        }
    }

    /// Reads an array of values that `read` reads one by one.
    pub fn list<T>(&mut self, read: fn(&mut Self) -> Result<T>) -> Result<Vec<T>> {
        let mut all = Vec::new();
        self.array(&mut |r| {
            all.push(read(r)?);
            Ok(())
        })?;
        Ok(all)
    }

    /// Reads an array of strings.
    pub fn strings(&mut self) -> Result<Vec<String>> {
        self.list(Self::string)
    }

    /// Reads a string, escapes resolved.
    pub fn string(&mut self) -> Result<String> {
        self.text_of_string().map(Cow::into_owned)
    }

    /// Reads a string, escapes resolved: borrowed from the text when it has none (most keys
    /// and values), so a key matched or a value skipped costs no allocation.
    fn text_of_string(&mut self) -> Result<Cow<'a, str>> {
        self.expect(b'"', "a string")?;
        let mut out: Option<String> = None;
        let mut run = self.at;
        loop {
            // Straight to the next quote, backslash or control character.
            let rest = &self.text.as_bytes()[self.at..];
            let Some(n) = rest
                .iter()
                .position(|&b| b == b'"' || b == b'\\' || b < 0x20)
            else {
                self.at = self.text.len();
                return Err(self.error("unfinished string"));
            };
            self.at += n;
            match rest[n] {
                b'"' => {
                    let tail = &self.text[run..self.at];
                    self.at += 1;
                    return Ok(match out {
                        None => Cow::Borrowed(tail),
                        Some(s) => Cow::Owned(s + tail),
                    });
                }
                b'\\' => {
                    let s = out.get_or_insert_with(String::new);
                    s.push_str(&self.text[run..self.at]);
                    self.at += 1;
                    self.escape(s)?;
                    run = self.at;
                }
                _ => return Err(self.error("control character in a string")),
            }
        }
    }

    /// One escape after its backslash.
    fn escape(&mut self, out: &mut String) -> Result<()> {
        let b = self.byte().ok_or_else(|| self.error("unfinished string"))?;
        self.at += 1;
        let c = match b {
            b'"' => '"',
            b'\\' => '\\',
            b'/' => '/',
            b'b' => '\u{8}',
            b'f' => '\u{c}',
            b'n' => '\n',
            b'r' => '\r',
            b't' => '\t',
            b'u' => {
                let first = self.hex4()?;
                let code = if (0xD800..0xDC00).contains(&first) {
                    // A surrogate pair: the second half must follow as its own escape.
                    if !self.text[self.at..].starts_with("\\u") {
                        return Err(self.error("lone surrogate in a string"));
                    }
                    self.at += 2;
                    let second = self.hex4()?;
                    if !(0xDC00..0xE000).contains(&second) {
                        return Err(self.error("lone surrogate in a string"));
                    }
                    0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
                } else {
                    first
                };
                char::from_u32(code).ok_or_else(|| self.error("lone surrogate in a string"))?
            }
            _ => return Err(self.error("invalid escape in a string")),
        };
        out.push(c);
        Ok(())
    }

    fn hex4(&mut self) -> Result<u32> {
        let digits = self
            .text
            .get(self.at..self.at + 4)
            .ok_or_else(|| self.error("unfinished escape"))?;
        let value = u32::from_str_radix(digits, 16)
            .map_err(|_| self.error("invalid escape in a string"))?;
        self.at += 4;
        Ok(value)
    }

    /// Reads a whole number that fits in `u64`.
    pub fn u64(&mut self) -> Result<u64> {
        self.peek();
        let start = self.at;
        let mut value: u64 = 0;
        while let Some(d @ b'0'..=b'9') = self.byte() {
            value = value
                .checked_mul(10)
                .and_then(|v| v.checked_add(u64::from(d - b'0')))
                .ok_or_else(|| self.error("number too large"))?;
            self.at += 1;
        }
        if self.at == start || matches!(self.byte(), Some(b'.' | b'e' | b'E')) {
            self.at = start;
            return Err(self.wrong_type("a whole number"));
        }
        Ok(value)
    }

    /// Reads `true` or `false`.
    pub fn bool(&mut self) -> Result<bool> {
        for (word, value) in [("true", true), ("false", false)] {
            if self.peek() == Some(word.as_bytes()[0]) && self.text[self.at..].starts_with(word) {
                self.at += word.len();
                return Ok(value);
            }
        }
        Err(self.wrong_type("true or false"))
    }

    /// Reads a whole number that fits in `i32`.
    pub fn i32(&mut self) -> Result<i32> {
        let negative = self.eat(b'-');
        let start = self.at;
        let magnitude = i64::try_from(self.u64()?).unwrap_or(i64::MAX);
        let value = if negative { -magnitude } else { magnitude };
        i32::try_from(value).map_err(|_| Error {
            at: start,
            message: "number out of range".into(),
        })
    }

    /// Reads a whole number that fits in `u32`.
    pub fn u32(&mut self) -> Result<u32> {
        let start = self.at;
        let value = self.u64()?;
        u32::try_from(value).map_err(|_| Error {
            at: start,
            message: "number too large".into(),
        })
    }

    /// Fails unless only white space is left.
    pub fn finish(mut self) -> Result<()> {
        match self.peek() {
            None => Ok(()),
            Some(_) => Err(self.error("unexpected text after the end")),
        }
    }
}
