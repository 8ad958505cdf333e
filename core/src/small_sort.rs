//! A stable insertion sort for the engine's short lists (ranked topics, flags, tips, time
//! remainders: a few dozen items at most). Each `slice::sort_by` call site instantiates the
//! standard library's whole merge sort, about 3.5 KB of `.wasm` apiece; this is a few
//! hundred bytes and gives exactly the same order (equal items keep their order).

use std::cmp::Ordering;

/// Sorts `items` by `compare`, keeping equal items in their original order.
pub fn sort_small_by<T>(items: &mut [T], mut compare: impl FnMut(&T, &T) -> Ordering) {
    for i in 1..items.len() {
        let mut j = i;
        while j > 0 && compare(&items[j - 1], &items[j]) == Ordering::Greater {
            items.swap(j - 1, j);
            j -= 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matches_the_standard_stable_sort() {
        let mut seed = 0x9e37_79b9_u32;
        for len in 0..40 {
            let items: Vec<(u8, usize)> = (0..len)
                .map(|i| {
                    seed ^= seed << 13;
                    seed ^= seed >> 17;
                    seed ^= seed << 5;
                    ((seed % 5) as u8, i)
                })
                .collect();
            let mut ours = items.clone();
            let mut std_sorted = items;
            sort_small_by(&mut ours, |a, b| b.0.cmp(&a.0));
            std_sorted.sort_by_key(|item| std::cmp::Reverse(item.0));
            assert_eq!(ours, std_sorted);
        }
    }
}
