//! Reading values of any shape: skipping them, or building a `serde_json::Value` tree for
//! the migrations of older records, numbers made as serde_json makes them.

use super::{Reader, Result};
use serde_json::{Map, Number, Value};

impl Reader<'_> {
    /// Skips one value of any kind.
    pub fn skip(&mut self) -> Result<()> {
        match self.peek() {
            Some(b'{') => self.object(&mut |r, _| r.skip()),
            Some(b'[') => self.array(&mut |r| r.skip()),
            Some(b'"') => self.string().map(drop),
            Some(b't' | b'f') => self.bool().map(drop),
            Some(b'n') if self.null() => Ok(()),
            _ => self.f64().map(drop),
        }
    }

    /// Reads one value of any kind as a `serde_json::Value`, numbers as serde_json makes
    /// them (whole numbers as integers when they fit), for the migrations of older records.
    pub fn value(&mut self) -> Result<Value> {
        Ok(match self.peek() {
            Some(b'{') => {
                let mut map = Map::new();
                self.object(&mut |r, key| {
                    let value = r.value()?;
                    map.insert(key.to_string(), value);
                    Ok(())
                })?;
                Value::Object(map)
            }
            Some(b'[') => {
                let mut all = Vec::new();
                self.array(&mut |r| {
                    all.push(r.value()?);
                    Ok(())
                })?;
                Value::Array(all)
            }
            Some(b'"') => Value::String(self.string()?),
            Some(b't' | b'f') => Value::Bool(self.bool()?),
            Some(b'n') if self.null() => Value::Null,
            _ => Value::Number(self.number()?),
        })
    }

    /// A number as serde_json reads it: `u64` or negative `i64` when whole and in range
    /// ("-0" is the float -0.0), otherwise `f64`.
    fn number(&mut self) -> Result<Number> {
        self.peek();
        let start = self.at;
        let negative = self.eat(b'-');
        if let Ok(magnitude) = self.u64() {
            if !negative {
                return Ok(Number::from(magnitude));
            }
            if let Some(n) = i64::try_from(magnitude).ok().filter(|&n| n > 0) {
                return Ok(Number::from(-n));
            }
            if magnitude == 1 << 63 {
                return Ok(Number::from(i64::MIN));
            }
        }
        self.at = start;
        let value = self.f64()?;
        Number::from_f64(value).ok_or_else(|| self.error("number out of range"))
    }
}
