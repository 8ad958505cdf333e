//! Decimal text to the nearest `f64`, correctly rounded (ties to even), without tables:
//! exact for any input. The standard library's parser carries about 10 KB of power tables
//! and serde_json's its own reader around it (NOTES.md §1); this one is plain integer
//! arithmetic. Usual values (up to 15 digits, small exponents) take a fast path; the rest
//! an exact division of big integers, slower but rare (times of 17 digits, extremes).

use super::{Reader, Result};
use std::cmp::Ordering;

/// Significant digits kept exactly. Past them, a nonzero tail only nudges the value up:
/// no halfway point between two doubles needs more than 767 digits.
const MAX_DIGITS: usize = 800;

/// The powers of ten a double holds exactly.
const POWERS: [f64; 23] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
    1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
];

impl Reader<'_> {
    /// Reads any JSON number as the nearest `f64` (`number::to_f64`: exact, no tables).
    pub fn f64(&mut self) -> Result<f64> {
        self.peek();
        let start = self.at;
        let negative = self.eat(b'-');
        let mut digits = Vec::new();
        let mut exponent: i64 = 0;
        let whole = self.digits(&mut digits, &mut exponent, false);
        let fraction = self.byte() == Some(b'.') && {
            self.at += 1;
            self.digits(&mut digits, &mut exponent, true) > 0
        };
        let bad = whole == 0 || (self.text.as_bytes()[self.at - 1] == b'.' && !fraction);
        if bad {
            self.at = start;
            return Err(self.wrong_type("a number"));
        }
        if let Some(b'e' | b'E') = self.byte() {
            self.at += 1;
            let minus = self.byte() == Some(b'-');
            if let Some(b'+' | b'-') = self.byte() {
                self.at += 1;
            }
            let mut power: i64 = 0;
            let from = self.at;
            while let Some(d @ b'0'..=b'9') = self.byte() {
                power = (power * 10 + i64::from(d - b'0')).min(1 << 40);
                self.at += 1;
            }
            if self.at == from {
                return Err(self.error("invalid number"));
            }
            exponent += if minus { -power } else { power };
        }
        to_f64(negative, &digits, exponent).ok_or_else(|| self.error("number out of range"))
    }

    /// Skips a number as `f64` reads it, without working out its value when it cannot be
    /// out of range (no exponent, under 300 digits before the point): a value skipped, such
    /// as a record's data while its head is read, costs a scan.
    pub(super) fn skip_number(&mut self) -> Result<()> {
        self.peek();
        let rest = &self.text.as_bytes()[self.at..];
        let digits_from = |i: usize| {
            rest[i.min(rest.len())..]
                .iter()
                .take_while(|b| b.is_ascii_digit())
                .count()
        };
        let sign = usize::from(rest.first() == Some(&b'-'));
        let whole = digits_from(sign);
        let mut end = sign + whole;
        let mut plain = (1..300).contains(&whole);
        if rest.get(end) == Some(&b'.') {
            let fraction = digits_from(end + 1);
            plain &= fraction > 0;
            end += 1 + fraction;
        }
        if plain && !matches!(rest.get(end), Some(b'e' | b'E')) {
            self.at += end;
            return Ok(());
        }
        self.f64().map(drop)
    }

    /// Reads a run of digits into `digits` (leading zeros of the number left out) and
    /// counts the fraction's into `exponent`; returns how many digits there were.
    fn digits(&mut self, digits: &mut Vec<u8>, exponent: &mut i64, fraction: bool) -> usize {
        let from = self.at;
        while let Some(d @ b'0'..=b'9') = self.byte() {
            if !(digits.is_empty() && d == b'0') {
                digits.push(d);
            }
            *exponent -= i64::from(fraction);
            self.at += 1;
        }
        self.at - from
    }
}

/// The value of `[-]digits[.digits][e[+-]digits]` given as its sign, its significant
/// digits (ASCII, no leading zeros) and the power of ten of the last one. `None` when it
/// overflows `f64`.
pub fn to_f64(negative: bool, digits: &[u8], exponent: i64) -> Option<f64> {
    let magnitude = magnitude(digits, exponent)?;
    Some(if negative { -magnitude } else { magnitude })
}

fn magnitude(digits: &[u8], exponent: i64) -> Option<f64> {
    if digits.is_empty() {
        return Some(0.0);
    }
    // Beyond these the answer is known without arithmetic.
    let top = exponent + digits.len() as i64;
    if top > 310 {
        return None;
    }
    if top < -330 {
        return Some(0.0);
    }
    if digits.len() <= 15 && exponent.abs() <= 22 {
        // Both the digits and the power of ten are exact doubles: one rounding.
        let m = digits
            .iter()
            .fold(0u64, |n, d| n * 10 + u64::from(d - b'0')) as f64;
        let p = POWERS[exponent.unsigned_abs() as usize];
        return Some(if exponent < 0 { m / p } else { m * p });
    }
    let (mut big, mut exponent) = (Big::default(), exponent);
    for &d in digits.iter().take(MAX_DIGITS) {
        big.mul_add(10, u32::from(d - b'0'));
    }
    if digits.len() > MAX_DIGITS {
        exponent += (digits.len() - MAX_DIGITS) as i64;
        if digits[MAX_DIGITS..].iter().any(|&d| d != b'0') {
            big.mul_add(10, 1);
            exponent -= 1;
        }
    }
    let value = if exponent >= 0 {
        for _ in 0..exponent {
            big.mul_add(10, 0);
        }
        let bits = big.bits();
        let drop = bits.saturating_sub(128);
        let sticky = big.low_bits_nonzero(drop);
        round(big.top(drop), sticky, drop as i64)
    } else {
        let mut den = Big::default();
        den.mul_add(1, 1);
        for _ in 0..-exponent {
            den.mul_add(10, 0);
        }
        // Scale so the quotient has 66 or 67 bits.
        let shift = den.bits() as i64 - big.bits() as i64 + 66;
        if shift >= 0 {
            big.shl(shift as usize);
        } else {
            den.shl(shift.unsigned_abs() as usize);
        }
        let (quotient, rest) = big.divide(&mut den);
        round(quotient, rest, -shift)
    };
    value.filter(|v| v.is_finite())
}

/// `(q + a little, when sticky) × 2^exp2` rounded to the nearest double, ties to even,
/// subnormals included; `None` past the largest double.
fn round(q: u128, sticky: bool, exp2: i64) -> Option<f64> {
    if q == 0 {
        return Some(0.0);
    }
    let bits = 128 - i64::from(q.leading_zeros());
    let top = bits - 1 + exp2;
    if top > 1023 {
        return None;
    }
    // Bits of precision the result has: 53, fewer when it is subnormal.
    let keep = if top >= -1022 { 53 } else { 53 + 1022 + top };
    if keep <= 0 {
        // Below half the smallest subnormal it is 0; exactly half ties to 0 (even).
        let above_half = keep == 0 && (q.count_ones() > 1 || sticky);
        return Some(if above_half { f64::from_bits(1) } else { 0.0 });
    }
    let drop = bits - keep;
    let mut mantissa = if drop <= 0 {
        (q << -drop) as u64
    } else {
        let rest = q & ((1u128 << drop) - 1);
        let half = 1u128 << (drop - 1);
        let kept = (q >> drop) as u64;
        let up = rest > half || (rest == half && (sticky || kept & 1 == 1));
        kept + u64::from(up)
    };
    let mut top = top;
    if top >= -1022 {
        if mantissa >> 53 != 0 {
            // Rounding up carried into a new bit.
            mantissa >>= 1;
            top += 1;
            if top > 1023 {
                return None;
            }
        }
        let biased = (top + 1023) as u64;
        Some(f64::from_bits(
            (biased << 52) | (mantissa & ((1 << 52) - 1)),
        ))
    } else {
        // A subnormal's bits are its mantissa; a carry lands on the smallest normal.
        Some(f64::from_bits(mantissa))
    }
}

/// An unsigned big integer, little-endian in 32-bit limbs.
#[derive(Default)]
struct Big(Vec<u32>);

impl Big {
    /// `self = self * m + a`.
    fn mul_add(&mut self, m: u32, a: u32) {
        let mut carry = u64::from(a);
        for limb in &mut self.0 {
            let v = u64::from(*limb) * u64::from(m) + carry;
            *limb = v as u32;
            carry = v >> 32;
        }
        if carry != 0 {
            self.0.push(carry as u32);
        }
    }

    fn trim(&mut self) {
        while self.0.last() == Some(&0) {
            self.0.pop();
        }
    }

    fn bits(&self) -> usize {
        match self.0.last() {
            Some(&top) => self.0.len() * 32 - top.leading_zeros() as usize,
            None => 0,
        }
    }

    fn bit(&self, i: usize) -> bool {
        self.0.get(i / 32).is_some_and(|l| l >> (i % 32) & 1 == 1)
    }

    fn low_bits_nonzero(&self, n: usize) -> bool {
        (0..n).any(|i| self.bit(i))
    }

    /// The bits above the lowest `drop`, at most 128 of them.
    fn top(&self, drop: usize) -> u128 {
        (drop..self.bits())
            .rev()
            .fold(0u128, |q, i| (q << 1) | u128::from(self.bit(i)))
    }

    fn shl(&mut self, n: usize) {
        let (limbs, bits) = (n / 32, n % 32);
        if bits != 0 {
            let mut carry = 0u32;
            for limb in &mut self.0 {
                let v = (*limb << bits) | carry;
                carry = *limb >> (32 - bits);
                *limb = v;
            }
            if carry != 0 {
                self.0.push(carry);
            }
        }
        self.0.splice(0..0, std::iter::repeat_n(0, limbs));
    }

    fn shr1(&mut self) {
        let mut carry = 0u32;
        for limb in self.0.iter_mut().rev() {
            let v = (*limb >> 1) | (carry << 31);
            carry = *limb & 1;
            *limb = v;
        }
        self.trim();
    }

    fn cmp(&self, other: &Big) -> Ordering {
        self.0
            .len()
            .cmp(&other.0.len())
            .then_with(|| self.0.iter().rev().cmp(other.0.iter().rev()))
    }

    /// `self -= other`, where `other <= self`.
    fn sub(&mut self, other: &Big) {
        let mut borrow = 0i64;
        for (i, limb) in self.0.iter_mut().enumerate() {
            let v = i64::from(*limb) - i64::from(other.0.get(i).copied().unwrap_or(0)) - borrow;
            borrow = i64::from(v < 0);
            *limb = v.rem_euclid(1 << 32) as u32;
        }
        self.trim();
    }

    /// The quotient `self / den` (below 2^68 by the caller's scaling) and whether a
    /// remainder is left; `den` is used up.
    fn divide(&mut self, den: &mut Big) -> (u128, bool) {
        self.trim();
        den.trim();
        den.shl(67);
        let mut quotient = 0u128;
        for i in (0..=67).rev() {
            if self.cmp(den) != Ordering::Less {
                self.sub(den);
                quotient |= 1 << i;
            }
            den.shr1();
        }
        (quotient, !self.0.is_empty())
    }
}
