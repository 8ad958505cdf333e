//! Reading values of any shape: skipping them, or building a `Tree` for the migrations of
//! older records, numbers written as serde_json writes the number it reads.

use super::{Reader, Result, Tree, Writer};

impl Reader<'_> {
    /// Skips one value of any kind.
    pub fn skip(&mut self) -> Result<()> {
        match self.peek() {
            Some(b'{') => self.object(&mut |r, _| r.skip()),
            Some(b'[') => self.array(&mut |r| r.skip()),
            Some(b'"') => self.text_of_string().map(drop),
            Some(b't' | b'f') => self.bool().map(drop),
            Some(b'n') if self.null() => Ok(()),
            _ => self.skip_number(),
        }
    }

    /// Reads one value of any kind as a `Tree`: keys sorted, the last of a repeated key
    /// kept, numbers as serde_json's `Value` would hold and write them.
    pub fn tree(&mut self) -> Result<Tree> {
        Ok(match self.peek() {
            Some(b'{') => {
                let mut object = Tree::Object(Default::default());
                self.object(&mut |r, key| {
                    let value = r.tree()?;
                    object.insert(key, value);
                    Ok(())
                })?;
                object
            }
            Some(b'[') => {
                let mut all = Vec::new();
                self.array(&mut |r| {
                    all.push(r.tree()?);
                    Ok(())
                })?;
                Tree::List(all)
            }
            Some(b'"') => Tree::String(self.string()?),
            Some(b't' | b'f') => Tree::Bool(self.bool()?),
            Some(b'n') if self.null() => Tree::Null,
            _ => Tree::Number(self.number()?),
        })
    }

    /// A number's text as serde_json writes the number it reads: `u64` or negative `i64`
    /// when whole and in range ("-0" is the float -0.0), otherwise the shortest `f64`.
    /// Written back, a record then reads (and fails) exactly as it did through `Value`.
    fn number(&mut self) -> Result<String> {
        self.peek();
        let start = self.at;
        let negative = self.eat(b'-');
        let mut w = Writer::new();
        // A digit right after the sign: a space after it makes no number, as serde_json says.
        let digit_next = self.byte().is_some_and(|b| b.is_ascii_digit());
        if let Some(magnitude) = digit_next.then(|| self.u64().ok()).flatten() {
            if !negative {
                w.u64(magnitude);
                return Ok(w.finish());
            }
            if let Some(n) = i64::try_from(magnitude).ok().filter(|&n| n > 0) {
                w.i64(-n);
                return Ok(w.finish());
            }
            if magnitude == 1 << 63 {
                w.i64(i64::MIN);
                return Ok(w.finish());
            }
        }
        self.at = start;
        let value = self.f64()?;
        if !value.is_finite() {
            return Err(self.error("number out of range"));
        }
        w.f64(value);
        Ok(w.finish())
    }
}
