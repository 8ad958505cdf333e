//! How each stored type is read from its envelope's text. Most still use serde's derived
//! readers; a type read often in a practice can be read by hand with `crate::json::Reader`
//! instead, which is a fraction of the `.wasm` (NOTES.md §1). Both report failures the same
//! way (`Failure`: serde's wording, and the byte where reading stopped), so the newer-build
//! check (`decode::decode_value`) treats them alike.

use super::Envelope;
use crate::json::{self, Reader};

/// Why text did not read as an envelope of this type.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Failure {
    /// serde's wording ("unknown field `x`", "unknown variant `x`, expected `y`", ...),
    /// without a position.
    pub message: String,
    /// The byte after the last one read, when the text is a single line.
    pub at: Option<usize>,
}

impl From<serde_json::Error> for Failure {
    fn from(error: serde_json::Error) -> Failure {
        let message = error.to_string();
        let message = match message.rsplit_once(" at line ") {
            Some((m, _)) if error.line() > 0 => m.to_string(),
            _ => message,
        };
        Failure {
            message,
            at: (error.line() == 1).then(|| error.column()),
        }
    }
}

impl From<json::Error> for Failure {
    fn from(error: json::Error) -> Failure {
        Failure {
            message: error.message,
            at: Some(error.at),
        }
    }
}

/// A type kept in storage inside an `Envelope`.
pub trait Stored: Sized {
    /// Reads the whole envelope from `text`.
    fn parse_envelope(text: &str) -> Result<Envelope<Self>, Failure>;
}

/// Implements `Stored` through serde's derived reader.
macro_rules! by_serde {
    ($($t:ty),* $(,)?) => {$(
        impl Stored for $t {
            fn parse_envelope(text: &str) -> Result<Envelope<Self>, Failure> {
                serde_json::from_str(text).map_err(Failure::from)
            }
        }
    )*};
}

by_serde!(crate::custom::CustomPersonas, crate::prepare::Prepared,);

/// An envelope whose data `read` reads, by hand. The text must end after it.
pub fn by_hand<T>(
    text: &str,
    read: fn(&mut Reader) -> json::Result<T>,
) -> Result<Envelope<T>, Failure> {
    const NAMES: &str = "version revision data";
    let mut r = Reader::new(text);
    let (mut version, mut revision, mut data) = (0, 0, None);
    let seen = r.fields(NAMES, &mut |r, i| {
        match i {
            0 => version = r.u32()?,
            1 => revision = r.u64()?,
            _ => data = Some(read(r)?),
        }
        Ok(())
    })?;
    r.require(NAMES, seen, 0b111)?;
    r.finish()?;
    Ok(Envelope {
        version,
        revision,
        data: data.expect("required above"),
    })
}
