//! An adaptive binary range coder, the one LZMA uses: each bit is coded with a probability
//! of its being 0 (11 bits, moved a 32nd of the way towards each bit seen). A caller keeps
//! one probability per context and walks the same steps to write and to read, through
//! `Bits`: the encoder takes the bit it is given, the decoder returns the one it reads.
//! Used for the understanding model's tables (`understand::coded`).

/// A fresh probability: 0 and 1 equally likely.
pub(crate) const EVEN: u16 = 1024;

pub(crate) trait Bits {
    fn bit(&mut self, p: &mut u16, bit: bool) -> bool;

    /// `bits` low bits of `value`, high first, through a binary tree of probabilities
    /// (`probs` has at least `1 << bits` of them).
    fn tree(&mut self, probs: &mut [u16], bits: u8, value: u8) -> u8 {
        let mut node = 1usize;
        for k in (0..bits).rev() {
            let b = self.bit(&mut probs[node], value >> k & 1 == 1);
            node = node * 2 + usize::from(b);
        }
        (node - (1 << bits)) as u8
    }
}

fn adapt(p: &mut u16, bit: bool) {
    if bit {
        *p -= *p >> 5;
    } else {
        *p += (2048 - *p) >> 5;
    }
}

pub(crate) struct Encoder {
    low: u64,
    range: u32,
    cache: u8,
    pending: u64,
    out: Vec<u8>,
}

impl Encoder {
    pub(crate) fn new() -> Encoder {
        Encoder {
            low: 0,
            range: u32::MAX,
            cache: 0,
            pending: 1,
            out: Vec::new(),
        }
    }

    fn shift_low(&mut self) {
        if self.low < 0xFF00_0000 || self.low >= 1 << 32 {
            let carry = (self.low >> 32) as u8;
            let mut byte = self.cache;
            while self.pending > 0 {
                self.out.push(byte.wrapping_add(carry));
                byte = 0xFF;
                self.pending -= 1;
            }
            self.cache = (self.low >> 24) as u8;
        }
        self.pending += 1;
        self.low = (self.low & 0x00FF_FFFF) << 8;
    }

    /// The coded bytes; a decoder reads exactly these.
    pub(crate) fn finish(mut self) -> Vec<u8> {
        for _ in 0..5 {
            self.shift_low();
        }
        self.out
    }
}

impl Bits for Encoder {
    fn bit(&mut self, p: &mut u16, bit: bool) -> bool {
        let bound = (self.range >> 11) * u32::from(*p);
        if bit {
            self.low += u64::from(bound);
            self.range -= bound;
        } else {
            self.range = bound;
        }
        adapt(p, bit);
        while self.range < 1 << 24 {
            self.range <<= 8;
            self.shift_low();
        }
        bit
    }
}

pub(crate) struct Decoder<'a> {
    bytes: &'a [u8],
    /// Bytes read so far; past the end it counts on (reading zeros), so a caller sees that
    /// the input was short by comparing it with the input's length.
    pub(crate) read: usize,
    range: u32,
    code: u32,
}

impl Decoder<'_> {
    pub(crate) fn new(bytes: &[u8]) -> Decoder<'_> {
        let mut d = Decoder {
            bytes,
            read: 0,
            range: u32::MAX,
            code: 0,
        };
        for _ in 0..5 {
            d.code = d.code << 8 | d.next();
        }
        d
    }

    fn next(&mut self) -> u32 {
        self.read += 1;
        u32::from(self.bytes.get(self.read - 1).copied().unwrap_or(0))
    }
}

impl Bits for Decoder<'_> {
    fn bit(&mut self, p: &mut u16, _: bool) -> bool {
        let bound = (self.range >> 11) * u32::from(*p);
        let bit = self.code >= bound;
        if bit {
            self.code -= bound;
            self.range -= bound;
        } else {
            self.range = bound;
        }
        adapt(p, bit);
        if self.range < 1 << 24 {
            self.range <<= 8;
            self.code = self.code << 8 | self.next();
        }
        bit
    }
}
