//! Values derived from texts that are read again and again (a persona's prepared answers and
//! glossary, the replies so far, the line's clauses read by one check after another), kept by
//! a hash of the text. Reading them afresh each time
//! was most of a reply's time, and grew with the length of the interview.

use std::cell::RefCell;

/// Slots in a set.
const WAYS: usize = 4;

/// A fixed number of slots, each holding one text and what was derived from it. A text whose
/// set of slots is full of others is derived again and takes the least recently used one, so
/// memory stays bounded.
pub struct Memo<T> {
    slots: RefCell<Vec<Option<(String, T)>>>,
}

impl<T> Memo<T> {
    pub fn new(slots: usize) -> Memo<T> {
        Memo {
            slots: RefCell::new((0..slots.max(1)).map(|_| None).collect()),
        }
    }

    /// Calls `use_it` with what `derive` makes of `text`, derived once while it keeps its
    /// slot. Neither closure may use the same memo.
    pub fn with<R>(
        &self,
        text: &str,
        derive: impl FnOnce(&str) -> T,
        use_it: impl FnOnce(&T) -> R,
    ) -> R {
        let mut slots = self.slots.borrow_mut();
        let (set, kept) = set_of(&mut slots, text);
        if let (true, Some((_, value))) = (kept, &set[0]) {
            return use_it(value);
        }
        let value = derive(text);
        let out = use_it(&value);
        set[0] = Some((text.to_string(), value));
        out
    }
}

/// The set of slots `text` may sit in, most recently used first, so that the few texts read
/// at every question (a glossary's phrases) that share a set do not push each other out each
/// time. `text`'s slot is moved to the front, or (when not kept) the least recently used one,
/// to be filled: with whether it was kept.
fn set_of<'a, T>(
    slots: &'a mut [Option<(String, T)>],
    text: &str,
) -> (&'a mut [Option<(String, T)>], bool) {
    let len = slots.len();
    let at = (hash(text) % len as u64) as usize / WAYS * WAYS;
    let set = &mut slots[at..(at + WAYS).min(len)];
    let found = (set.iter()).position(|slot| slot.as_ref().is_some_and(|s| s.0 == text));
    // Swaps, not `rotate_right`: its general algorithm is a few KB of `.wasm` per type.
    for j in (0..found.unwrap_or(set.len() - 1)).rev() {
        set.swap(j, j + 1);
    }
    (set, found.is_some())
}

impl<T: Clone> Memo<T> {
    /// What `derive` makes of `text`, derived once while it keeps its slot; a cheap clone (an
    /// `Rc`) lets callers that nest keep it without holding the memo.
    pub fn get(&self, text: &str, derive: impl FnOnce(&str) -> T) -> T {
        self.with(text, derive, T::clone)
    }
}

/// FNV-1a over eight bytes at a time, mixed at the end: far cheaper than reading the words.
fn hash(text: &str) -> u64 {
    let step = |h: u64, x: u64| (h ^ x).wrapping_mul(0x0100_0000_01b3);
    let mut chunks = text.as_bytes().chunks_exact(8);
    let mut h = 0xcbf2_9ce4_8422_2325_u64;
    for c in &mut chunks {
        h = step(
            h,
            u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]),
        );
    }
    for &b in chunks.remainder() {
        h = step(h, u64::from(b));
    }
    // A multiply only carries bits upwards, so without a final mix (half of MurmurHash3's
    // fmix64) the low bits (the slot) would see only the first bytes of each eight, and
    // near-alike texts would share a slot.
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^ (h >> 33)
}

#[cfg(test)]
mod tests {
    use super::Memo;

    #[test]
    fn a_text_is_derived_once_and_a_clash_only_costs_a_new_derivation() {
        let memo: Memo<usize> = Memo::new(1);
        let mut derived = 0;
        let mut len = |t: &str| {
            derived += 1;
            t.len()
        };
        assert_eq!(memo.with("four", &mut len, |n| *n), 4);
        assert_eq!(memo.with("four", &mut len, |n| *n), 4);
        assert_eq!(memo.with("three", &mut len, |n| *n), 5);
        assert_eq!(memo.with("four", &mut len, |n| *n), 4);
        assert_eq!(derived, 3);
    }

    #[test]
    fn texts_that_share_a_set_are_kept_until_it_is_full() {
        let memo: Memo<usize> = Memo::new(2);
        let derived = std::cell::Cell::new(0);
        let len = |t: &str| {
            derived.set(derived.get() + 1);
            t.len()
        };
        for _ in 0..3 {
            assert_eq!(memo.with("four", len, |n| *n), 4);
            assert_eq!(memo.with("three", len, |n| *n), 5);
        }
        assert_eq!(derived.get(), 2);
        assert_eq!(memo.get("two", len), 3);
        assert_eq!(memo.get("three", len), 5);
        assert_eq!(derived.get(), 3, "the two most recently used stay");
    }

    #[test]
    fn a_count_of_slots_that_is_not_a_multiple_of_the_set_size_works() {
        let memo: Memo<usize> = Memo::new(5);
        let texts: Vec<String> = (0..40).map(|i| "x".repeat(i + 1)).collect();
        for _ in 0..2 {
            for t in &texts {
                assert_eq!(memo.get(t, str::len), t.len());
            }
        }
    }
}
