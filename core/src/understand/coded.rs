//! The model's idf bytes and sparse weights, range coded (`crate::range_coder`) in one pass
//! over the buckets. Per bucket: its idf (`idf_bits` bits); whether any weight is non-zero,
//! in the context of the idf (rare words carry more); then for such a bucket each column's
//! non-zero bit, in the context of the column, the row's earlier non-zeros (0, 1, 2+) and
//! the idf (up to 8); and each non-zero weight as a sign and its magnitude in unary. The
//! tables read are exactly the ones written: this spends fewer bytes on them than gzip of
//! the plain tables (format 3) did.

use crate::range_coder::{Bits, Decoder, Encoder, EVEN};

/// Magnitude steps with a probability of their own; longer runs share the last.
const STEPS: usize = 16;

fn tables(c: &mut impl Bits, idf_bits: u8, width: usize, idf: &mut [u8], weights: &mut [i8]) {
    let (mut idf_p, mut present, mut sign) = ([EVEN; 256], [EVEN; 256], [EVEN; 2]);
    let mut mask = vec![EVEN; width * 3 * 9];
    let mut magnitude = [EVEN; 2 * STEPS];
    for (bucket, q) in idf.iter_mut().enumerate() {
        *q = c.tree(&mut idf_p, idf_bits, *q);
        let row = &mut weights[bucket * width..][..width];
        let any = row.iter().any(|w| *w != 0);
        if !c.bit(&mut present[usize::from(*q)], any) {
            continue;
        }
        let mut earlier = 0;
        for (column, w) in row.iter_mut().enumerate() {
            let at = (column * 3 + earlier.min(2)) * 9 + usize::from(*q).min(8);
            if !c.bit(&mut mask[at], *w != 0) {
                continue;
            }
            earlier += 1;
            let g = usize::from(column + 1 == width);
            let negative = c.bit(&mut sign[g], *w < 0);
            let (target, mut m) = (w.unsigned_abs(), 1u8);
            while m < 128
                && c.bit(
                    &mut magnitude[g * STEPS + usize::from(m - 1).min(STEPS - 1)],
                    m < target,
                )
            {
                m += 1;
            }
            *w = if negative {
                (m as i8).wrapping_neg()
            } else {
                m as i8
            };
        }
    }
}

/// Codes `idf` (every value below `1 << idf_bits`) and the `width`-wide weight rows.
pub(super) fn write(idf_bits: u8, width: usize, idf: &[u8], weights: &[i8]) -> Vec<u8> {
    let mut e = Encoder::new();
    tables(
        &mut e,
        idf_bits,
        width,
        &mut idf.to_vec(),
        &mut weights.to_vec(),
    );
    e.finish()
}

/// Reads what `write` wrote: (idf, weights, the bytes it took). A short input reads as
/// zeros past its end, so the count passes its length.
pub(super) fn read(
    bytes: &[u8],
    idf_bits: u8,
    width: usize,
    buckets: usize,
) -> (Vec<u8>, Vec<i8>, usize) {
    let mut d = Decoder::new(bytes);
    let mut idf = vec![0u8; buckets];
    let mut weights = vec![0i8; width * buckets];
    tables(&mut d, idf_bits, width, &mut idf, &mut weights);
    (idf, weights, d.read)
}
