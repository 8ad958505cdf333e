//! How each stored type is read from its envelope's text and written into one. Every type a
//! practice or Home uses is read with `crate::json::Reader` and written with
//! `crate::json::Writer`, by hand, a fraction of the `.wasm` serde's derived code was
//! (NOTES.md §1); the two only the management pages use keep serde (`by_serde!`). Both
//! report failures the same way (`Failure`: serde's wording, and the byte where reading
//! stopped), so the newer-build check (`decode::decode_value`) treats them alike.

use super::{EncodeError, Envelope};
use crate::json::{self, Reader, Writer};

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

    /// Writes the data (the envelope's `data`) as JSON. An error means nothing may be
    /// written.
    fn write(&self, w: &mut Writer) -> Result<(), EncodeError>;
}

/// Implements `Stored` through serde's derived reader and writer.
macro_rules! by_serde {
    ($($t:ty),* $(,)?) => {$(
        impl Stored for $t {
            fn parse_envelope(text: &str) -> Result<Envelope<Self>, Failure> {
                serde_json::from_str(text).map_err(Failure::from)
            }

            fn write(&self, w: &mut Writer) -> Result<(), EncodeError> {
                let text = serde_json::to_string(self).map_err(|e| EncodeError(e.to_string()))?;
                w.raw(&text);
                Ok(())
            }
        }
    )*};
}

by_serde!(crate::custom::CustomPersonas, crate::prepare::Prepared,);

/// The envelope's field names, in the order they are written.
const ENVELOPE: &str = "version revision data";

/// `data` in an envelope of this schema version, at `revision`.
pub(super) fn write_envelope<T: Stored>(data: &T, revision: u64) -> Result<String, EncodeError> {
    write_around(revision, &|w| data.write(w))
}

/// `write_envelope` for any type (one copy for all): `write_data` writes the data.
fn write_around(
    revision: u64,
    write_data: &dyn Fn(&mut Writer) -> Result<(), EncodeError>,
) -> Result<String, EncodeError> {
    let mut w = Writer::new();
    w.begin();
    w.key(ENVELOPE, 0);
    w.u64(super::SCHEMA_VERSION.into());
    w.key(ENVELOPE, 1);
    w.u64(revision);
    w.key(ENVELOPE, 2);
    write_data(&mut w)?;
    w.end();
    Ok(w.finish())
}

/// An envelope whose data `read` reads, by hand. The text must end after it.
pub fn by_hand<T>(
    text: &str,
    read: fn(&mut Reader) -> json::Result<T>,
) -> Result<Envelope<T>, Failure> {
    let mut data = None;
    let (version, revision) = read_envelope(text, &mut |r| {
        data = Some(read(r)?);
        Ok(())
    })?;
    Ok(Envelope {
        version,
        revision,
        data: data.expect("required above"),
    })
}

/// `by_hand` for any type (one copy for all): `read_data` reads the data and keeps it.
/// Returns the version and the revision.
fn read_envelope(
    text: &str,
    read_data: &mut dyn FnMut(&mut Reader) -> json::Result<()>,
) -> Result<(u32, u64), Failure> {
    const NAMES: &str = ENVELOPE;
    let mut r = Reader::new(text);
    let (mut version, mut revision) = (0, 0);
    let seen = r.fields(NAMES, &mut |r, i| {
        match i {
            0 => version = r.u32()?,
            1 => revision = r.u64()?,
            _ => read_data(r)?,
        }
        Ok(())
    })?;
    r.require(NAMES, seen, 0b111)?;
    r.finish()?;
    Ok((version, revision))
}
