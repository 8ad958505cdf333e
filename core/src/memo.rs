//! Values derived from texts that are read again at every question (a persona's prepared
//! answers, the replies so far), kept by a hash of the text. Reading them afresh each time
//! was most of a reply's time, and grew with the length of the interview.

use std::cell::RefCell;

/// A fixed number of slots, each holding one text and what was derived from it. A text whose
/// slot holds another is derived again and takes the slot, so memory stays bounded.
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
        let at = (hash(text) % slots.len() as u64) as usize;
        match &mut slots[at] {
            Some((kept, value)) if kept == text => use_it(value),
            slot => {
                let value = derive(text);
                let out = use_it(&value);
                *slot = Some((text.to_string(), value));
                out
            }
        }
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
    h ^ (h >> 29)
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
}
