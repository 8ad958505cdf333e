//! A stable insertion sort for the engine's short lists (ranked topics, flags, tips, time
//! remainders: a few dozen items at most). Each `slice::sort_by` call site instantiates the
//! standard library's whole merge sort, about 3.5 KB of `.wasm` apiece; this is a few
//! hundred bytes and gives exactly the same order (equal items keep their order).
//!
//! Lists that can be long (sessions, backups: thousands) use `sort_stable_by`: it sorts
//! positions with the one copy of the standard sort that every caller shares, then moves
//! the items into that order.

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

/// Sorts `items` by `compare`, stable and O(n log n), sharing one copy of the standard
/// library's sort with every other caller.
pub fn sort_stable_by<T>(items: &mut Vec<T>, mut compare: impl FnMut(&T, &T) -> Ordering) {
    if items.len() < 2 {
        return;
    }
    let mut order: Vec<usize> = (0..items.len()).collect();
    sort_positions(&mut order, &mut |a, b| compare(&items[a], &items[b]));
    let mut slots: Vec<Option<T>> = items.drain(..).map(Some).collect();
    items.extend(order.into_iter().filter_map(|i| slots[i].take()));
}

/// The shared copy: positions compared through a `dyn` callback, so it is built once. A
/// bottom-up merge sort (stable: on a tie the left run goes first) of a few hundred bytes;
/// the standard library's stable sort was about 4.5 KB of `.wasm` in the piece every
/// practice loads.
#[inline(never)]
fn sort_positions(order: &mut Vec<usize>, compare: &mut dyn FnMut(usize, usize) -> Ordering) {
    let n = order.len();
    let mut merged = vec![0usize; n];
    let mut width = 1;
    while width < n {
        let mut start = 0;
        while start < n {
            let mid = (start + width).min(n);
            let end = (start + 2 * width).min(n);
            let (mut left, mut right) = (start, mid);
            for slot in &mut merged[start..end] {
                let take_right = left == mid
                    || (right < end && compare(order[right], order[left]) == Ordering::Less);
                if take_right {
                    *slot = order[right];
                    right += 1;
                } else {
                    *slot = order[left];
                    left += 1;
                }
            }
            start = end;
        }
        std::mem::swap(order, &mut merged);
        width *= 2;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matches_the_standard_stable_sort() {
        let mut seed = 0x9e37_79b9_u32;
        for len in (0..40).chain([63, 64, 65, 257, 1000]) {
            let items: Vec<(u8, usize)> = (0..len)
                .map(|i| {
                    seed ^= seed << 13;
                    seed ^= seed >> 17;
                    seed ^= seed << 5;
                    ((seed % 5) as u8, i)
                })
                .collect();
            let mut ours = items.clone();
            let mut shared = items.clone();
            let mut std_sorted = items;
            sort_small_by(&mut ours, |a, b| b.0.cmp(&a.0));
            sort_stable_by(&mut shared, |a, b| b.0.cmp(&a.0));
            std_sorted.sort_by_key(|item| std::cmp::Reverse(item.0));
            assert_eq!(ours, std_sorted);
            assert_eq!(shared, std_sorted);
        }
    }
}
