//! Session ids mapped to what this tab holds about them, as a list sorted by id. The tab
//! holds a few hundred entries at most, and every `BTreeMap` key and value type pair costs
//! its own few KB of `.wasm` (tree nodes, rebalancing); a sorted list needs only a search.

use askwell_core::interview::Interview;
use askwell_core::small_sort::sort_stable_by;

#[derive(Debug, Clone)]
pub struct IdMap<V>(Vec<(String, V)>);

impl<V> Default for IdMap<V> {
    fn default() -> Self {
        IdMap(Vec::new())
    }
}

impl<V> IdMap<V> {
    fn find(&self, id: &str) -> Result<usize, usize> {
        self.0.binary_search_by(|(k, _)| k.as_str().cmp(id))
    }

    pub fn get(&self, id: &str) -> Option<&V> {
        self.find(id).ok().map(|at| &self.0[at].1)
    }

    pub fn contains(&self, id: &str) -> bool {
        self.find(id).is_ok()
    }

    /// Sets the value for `id`, replacing any it had.
    pub fn insert(&mut self, id: String, value: V) {
        match self.find(&id) {
            Ok(at) => self.0[at].1 = value,
            Err(at) => self.0.insert(at, (id, value)),
        }
    }

    pub fn remove(&mut self, id: &str) -> Option<V> {
        self.find(id).ok().map(|at| self.0.remove(at).1)
    }

    pub fn clear(&mut self) {
        self.0.clear();
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn ids(&self) -> impl Iterator<Item = &String> {
        self.0.iter().map(|(k, _)| k)
    }

    /// The values in id order.
    pub fn values(&self) -> impl Iterator<Item = &V> {
        self.0.iter().map(|(_, v)| v)
    }
}

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
        assert_eq!(m.ids().collect::<Vec<_>>(), ["a", "b", "c"]);
        assert_eq!(m.values().copied().collect::<Vec<_>>(), [4, 1, 3]);
        assert_eq!((m.get("a"), m.get("z")), (Some(&4), None));
        assert_eq!(m.remove("b"), Some(1));
        assert!(!m.contains("b") && m.contains("c"));
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
