//! The first pass over an import file, before any JSON is parsed: it refuses nesting and
//! strings no export holds, so the parser never sees them.

use super::ImportError;
use crate::store::{MAX_DEPTH, MAX_STRING_CHARS};

/// Rejects what no export holds before any JSON is parsed: nesting deeper than `MAX_DEPTH`
/// and strings longer than `MAX_STRING_CHARS` (an escape counts as one character).
pub(super) fn scan(text: &str) -> Result<(), ImportError> {
    let (mut depth, mut in_string, mut chars) = (0usize, false, 0usize);
    let mut bytes = text.bytes();
    while let Some(b) = bytes.next() {
        if in_string {
            match b {
                b'"' => in_string = false,
                b'\\' => {
                    if bytes.next() == Some(b'u') {
                        bytes.by_ref().take(4).for_each(drop);
                    }
                    chars += 1;
                }
                // Count characters, not UTF-8 continuation bytes.
                _ if b & 0xC0 != 0x80 => chars += 1,
                _ => {}
            }
            if chars > MAX_STRING_CHARS {
                return Err(ImportError::StringTooLong);
            }
        } else {
            match b {
                b'"' => (in_string, chars) = (true, 0),
                b'[' | b'{' => {
                    depth += 1;
                    if depth > MAX_DEPTH {
                        return Err(ImportError::TooDeep);
                    }
                }
                b']' | b'}' => depth = depth.saturating_sub(1),
                _ => {}
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scan_counts_characters_and_depth_outside_strings() {
        assert_eq!(
            scan(r#"{"a":"[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[["}"#),
            Ok(())
        );
        assert_eq!(scan(&"[".repeat(33)), Err(ImportError::TooDeep));
        assert_eq!(scan(&"[".repeat(32)), Ok(()));
        let s = |body: String| format!("\"{body}\"");
        assert_eq!(scan(&s("é".repeat(MAX_STRING_CHARS))), Ok(()));
        assert_eq!(scan(&s("\\n".repeat(MAX_STRING_CHARS))), Ok(()));
        assert_eq!(scan(&s("\\u00e9".repeat(MAX_STRING_CHARS))), Ok(()));
        assert_eq!(
            scan(&s("a".repeat(MAX_STRING_CHARS + 1))),
            Err(ImportError::StringTooLong)
        );
        // An escaped quote does not end the string.
        assert_eq!(
            scan(r#"["\"[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[["]"#),
            Ok(())
        );
    }
}
