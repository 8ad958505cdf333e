//! JSON text written by hand, byte for byte as `serde_json::to_string` writes it (compact, the
//! same escapes, floats through the same shortest printer), so records written by this build
//! and by earlier ones look alike. serde's derived writers are generic over the format and
//! cost several KB of `.wasm` per stored type (NOTES.md §1); this one writer is shared.
//! `core/tests/store_props.rs` and `store_writer.rs` compare both writers on random records.

use super::Tree;

/// Builds JSON text. Every value method first writes the comma it needs, so callers only say
/// what comes next.
pub struct Writer {
    out: String,
    /// Nothing written yet in the current object or list (or a key was just written): the
    /// next value needs no comma.
    fresh: bool,
}

impl Default for Writer {
    fn default() -> Writer {
        Writer::new()
    }
}

impl Writer {
    pub fn new() -> Writer {
        Writer {
            out: String::new(),
            fresh: true,
        }
    }

    /// The text written.
    pub fn finish(self) -> String {
        self.out
    }

    fn comma(&mut self) {
        if !self.fresh {
            self.out.push(',');
        }
        self.fresh = false;
    }

    /// Opens an object; close it with `end`.
    pub fn begin(&mut self) {
        self.comma();
        self.out.push('{');
        self.fresh = true;
    }

    pub fn end(&mut self) {
        self.out.push('}');
        self.fresh = false;
    }

    /// Opens a list; close it with `close`.
    pub fn open(&mut self) {
        self.comma();
        self.out.push('[');
        self.fresh = true;
    }

    pub fn close(&mut self) {
        self.out.push(']');
        self.fresh = false;
    }

    /// A key: the `index`th of `names` (separated by spaces, as `Reader::fields` takes them).
    pub fn key(&mut self, names: &str, index: usize) {
        self.key_text(nth(names, index));
    }

    /// A key given as text (a map's key).
    pub fn key_text(&mut self, key: &str) {
        self.string(key);
        self.out.push(':');
        self.fresh = true;
    }

    pub fn string(&mut self, text: &str) {
        self.comma();
        escape_into(&mut self.out, text);
    }

    /// `value`'s name: the name at its place in `values`.
    pub fn name_in<T: PartialEq>(&mut self, names: &str, values: &[T], value: &T) {
        let index = values.iter().position(|v| v == value);
        // A value missing from `values` is a list out of date with its enum.
        debug_assert!(index.is_some(), "a value with no stored name");
        self.string(nth(names, index.unwrap_or(0)));
    }

    pub fn u64(&mut self, n: u64) {
        self.comma();
        self.out.push_str(itoa::Buffer::new().format(n));
    }

    pub fn i64(&mut self, n: i64) {
        self.comma();
        self.out.push_str(itoa::Buffer::new().format(n));
    }

    /// A float as serde_json writes one: the shortest text that reads back the same, and
    /// `null` for infinities and NaN.
    pub fn f64(&mut self, x: f64) {
        self.comma();
        if x.is_finite() {
            self.out.push_str(zmij::Buffer::new().format_finite(x));
        } else {
            self.out.push_str("null");
        }
    }

    pub fn bool(&mut self, b: bool) {
        self.comma();
        self.out.push_str(if b { "true" } else { "false" });
    }

    pub fn null(&mut self) {
        self.comma();
        self.out.push_str("null");
    }

    /// A value that may be absent, written as `null` then.
    pub fn option<T>(&mut self, value: Option<&T>, write: fn(&mut Writer, &T)) {
        match value {
            Some(v) => write(self, v),
            None => self.null(),
        }
    }

    /// A list, each item written by `write`.
    pub fn list<T>(&mut self, items: &[T], write: fn(&mut Writer, &T)) {
        self.open();
        for item in items {
            write(self, item);
        }
        self.close();
    }

    pub fn strings(&mut self, items: &[String]) {
        self.list(items, |w, s| w.string(s));
    }

    /// Text that is already JSON (a record written by serde, for types not written by hand).
    pub fn raw(&mut self, json: &str) {
        self.comma();
        self.out.push_str(json);
    }

    /// A JSON tree, as serde_json's `Value::to_string` wrote the same tree.
    pub fn tree(&mut self, tree: &Tree) {
        match tree {
            Tree::Null => self.null(),
            Tree::Bool(b) => self.bool(*b),
            Tree::Number(n) => self.raw(n),
            Tree::String(s) => self.string(s),
            Tree::List(items) => self.list(items, Writer::tree),
            Tree::Object(fields) => {
                self.begin();
                for (key, item) in fields.iter() {
                    self.key_text(key);
                    self.tree(item);
                }
                self.end();
            }
        }
    }
}

/// The `index`th of the space-separated `names`.
fn nth(names: &str, index: usize) -> &str {
    let name = names.split(' ').nth(index);
    debug_assert!(name.is_some(), "no name {index} in {names}");
    name.unwrap_or_default()
}

/// `text` as a JSON string, escaped as serde_json escapes: quote, backslash and control
/// characters only (short forms where JSON has them, `\u00XX` otherwise).
fn escape_into(out: &mut String, text: &str) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    out.push('"');
    let mut start = 0;
    for (i, b) in text.bytes().enumerate() {
        let short = match b {
            b'"' => '"',
            b'\\' => '\\',
            b'\n' => 'n',
            b'\r' => 'r',
            b'\t' => 't',
            0x08 => 'b',
            0x0c => 'f',
            0..=0x1f => 'u',
            _ => continue,
        };
        out.push_str(&text[start..i]);
        out.push('\\');
        out.push(short);
        if short == 'u' {
            out.push_str("00");
            out.push(HEX[(b >> 4) as usize] as char);
            out.push(HEX[(b & 0xf) as usize] as char);
        }
        start = i + 1;
    }
    out.push_str(&text[start..]);
    out.push('"');
}
