//! Session ids mapped to what this tab holds about them (`SortedMap`: a few hundred entries
//! at most, and no tree code in the `.wasm`).

use askwell_core::interview::Interview;
use askwell_core::small_sort::sort_stable_by;
use askwell_core::sorted_map::SortedMap;

pub type IdMap<V> = SortedMap<String, V>;

/// `sessions` sorted by id with one session per id: the last one given wins (so unsaved
/// copies appended after the stored ones replace them).
pub fn one_per_id(sessions: Vec<Interview>) -> Vec<Interview> {
    last_per_key(sessions, |s| &s.id)
}

fn last_per_key<T>(mut items: Vec<T>, key: impl Fn(&T) -> &String) -> Vec<T> {
    items.reverse();
    sort_stable_by(&mut items, |a, b| key(a).cmp(key(b)));
    items.dedup_by(|later, kept| key(later) == key(kept));
    items
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_ids_sorted_and_unique() {
        let mut m = IdMap::default();
        for (id, v) in [("b", 1), ("a", 2), ("c", 3), ("a", 4)] {
            m.insert(id.to_string(), v);
        }
        assert_eq!(m.keys().collect::<Vec<_>>(), ["a", "b", "c"]);
        assert_eq!(m.values().copied().collect::<Vec<_>>(), [4, 1, 3]);
        assert_eq!((m.get("a"), m.get("z")), (Some(&4), None));
        assert_eq!(m.remove("b"), Some(1));
        assert!(!m.contains_key("b") && m.contains_key("c"));
        assert_eq!(m.len(), 2);
    }

    #[test]
    fn the_last_copy_of_an_id_wins() {
        let items = [("b", 1), ("a", 2), ("b", 3), ("c", 4), ("a", 5)];
        let items = items.map(|(k, v)| (k.to_string(), v)).to_vec();
        let kept = last_per_key(items, |(k, _)| k);
        assert_eq!(
            kept,
            [("a", 5), ("b", 3), ("c", 4)].map(|(k, v)| (k.to_string(), v))
        );
    }
}
