//! `PyDict`: an insertion-ordered hash map from `Value` to `Value`, like CPython's
//! compact dict: entries in insertion order, plus an index from hash to entry slot.
//!
//! The dict stores Python hash values and compares keys with a caller-supplied
//! equality, so it knows nothing of Python's equality rules (`1 == 1.0 == True`).
//! Deleted entries leave a hole (key `UNBOUND`) that iteration skips; holes are
//! compacted away when they outnumber live entries.

use super::value::Value;
use hashbrown::HashTable;

/// Python's hashes of small ints are the ints themselves; hashbrown takes its 7-bit
/// tag from the top bits and its position from the low bits, so spread the bits first.
#[inline(always)]
fn spread(hash: i64) -> u64 {
    let x = (hash as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    x ^ (x >> 32)
}

#[derive(Clone, Copy)]
struct Entry {
    hash: i64,
    key: Value,
    value: Value,
}

#[derive(Default)]
pub struct PyDict {
    entries: Vec<Entry>,
    index: HashTable<u32>,
    len: usize,
}

impl PyDict {
    pub fn new() -> PyDict {
        PyDict::default()
    }

    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    pub fn capacity(&self) -> usize {
        self.entries.capacity()
    }

    /// The slot of the entry whose key has `hash` and satisfies `eq`.
    pub fn find(&self, hash: i64, mut eq: impl FnMut(Value) -> bool) -> Option<usize> {
        let entries = &self.entries;
        self.index
            .find(spread(hash), |&slot| {
                let e = &entries[slot as usize];
                e.hash == hash && eq(e.key)
            })
            .map(|&slot| slot as usize)
    }

    pub fn get(&self, hash: i64, eq: impl FnMut(Value) -> bool) -> Option<Value> {
        self.find(hash, eq).map(|slot| self.entries[slot].value)
    }

    /// Inserts or replaces; returns the previous value. An existing key keeps its
    /// position and its original key object, as in CPython.
    pub fn insert(
        &mut self,
        hash: i64,
        key: Value,
        value: Value,
        eq: impl FnMut(Value) -> bool,
    ) -> Option<Value> {
        if let Some(slot) = self.find(hash, eq) {
            return Some(self.replace_at(slot, value));
        }
        self.insert_absent(hash, key, value);
        None
    }

    /// Replaces the value in `slot` (from [`PyDict::find`]); returns the old one.
    pub fn replace_at(&mut self, slot: usize, value: Value) -> Value {
        std::mem::replace(&mut self.entries[slot].value, value)
    }

    /// Adds an entry for a key known to be absent.
    pub fn insert_absent(&mut self, hash: i64, key: Value, value: Value) {
        let slot = self.entries.len() as u32;
        self.entries.push(Entry { hash, key, value });
        let entries = &self.entries;
        self.index
            .insert_unique(spread(hash), slot, |&s| spread(entries[s as usize].hash));
        self.len += 1;
    }

    /// Removes the entry for the key; returns its (key, value).
    pub fn remove(&mut self, hash: i64, eq: impl FnMut(Value) -> bool) -> Option<(Value, Value)> {
        let entries = &self.entries;
        let found = self
            .index
            .find_entry(spread(hash), {
                let mut eq = eq;
                move |&slot| {
                    let e = &entries[slot as usize];
                    e.hash == hash && eq(e.key)
                }
            })
            .ok()?;
        let (slot, _) = found.remove();
        let e = std::mem::replace(
            &mut self.entries[slot as usize],
            Entry {
                hash: 0,
                key: Value::UNBOUND,
                value: Value::UNBOUND,
            },
        );
        self.len -= 1;
        self.maybe_compact();
        Some((e.key, e.value))
    }

    /// Removes and returns the last inserted entry (`dict.popitem()`).
    pub fn pop_last(&mut self) -> Option<(Value, Value)> {
        while let Some(e) = self.entries.last().copied() {
            if e.key.is_unbound() {
                self.entries.pop();
                continue;
            }
            let slot = (self.entries.len() - 1) as u32;
            if let Ok(found) = self.index.find_entry(spread(e.hash), |&s| s == slot) {
                found.remove();
            }
            self.entries.pop();
            self.len -= 1;
            return Some((e.key, e.value));
        }
        None
    }

    fn maybe_compact(&mut self) {
        let holes = self.entries.len() - self.len;
        if holes > 8 && holes > self.len {
            self.entries.retain(|e| !e.key.is_unbound());
            self.rebuild_index();
        }
    }

    fn rebuild_index(&mut self) {
        self.index.clear();
        for (slot, e) in self.entries.iter().enumerate() {
            let entries = &self.entries;
            self.index.insert_unique(spread(e.hash), slot as u32, |&s| {
                spread(entries[s as usize].hash)
            });
        }
    }

    pub fn clear(&mut self) {
        self.entries.clear();
        self.index.clear();
        self.len = 0;
    }

    /// The number of slots, holes included: iterators walk `0..slots()` with [`Self::slot`].
    pub fn slots(&self) -> usize {
        self.entries.len()
    }

    /// The live entry at `slot`, or None for a hole.
    pub fn slot(&self, slot: usize) -> Option<(Value, Value)> {
        self.entries
            .get(slot)
            .filter(|e| !e.key.is_unbound())
            .map(|e| (e.key, e.value))
    }

    /// Live entries in insertion order, with their hashes.
    pub fn iter_hashed(&self) -> impl Iterator<Item = (i64, Value, Value)> + '_ {
        self.entries
            .iter()
            .filter(|e| !e.key.is_unbound())
            .map(|e| (e.hash, e.key, e.value))
    }

    pub fn iter(&self) -> impl Iterator<Item = (Value, Value)> + '_ {
        self.iter_hashed().map(|(_, k, v)| (k, v))
    }

    pub fn keys(&self) -> impl Iterator<Item = Value> + '_ {
        self.iter().map(|(k, _)| k)
    }

    pub fn values(&self) -> impl Iterator<Item = Value> + '_ {
        self.iter().map(|(_, v)| v)
    }

    /// A copy with the same order and no holes.
    pub fn copy(&self) -> PyDict {
        let mut d = PyDict {
            entries: self
                .entries
                .iter()
                .filter(|e| !e.key.is_unbound())
                .copied()
                .collect(),
            index: HashTable::new(),
            len: self.len,
        };
        d.rebuild_index();
        d
    }

    pub fn for_each_ref(&self, mut f: impl FnMut(Value)) {
        for e in &self.entries {
            f(e.key);
            f(e.value);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn int(i: i64) -> Value {
        Value::small_int(i)
    }

    #[test]
    fn keeps_insertion_order_across_replace_and_delete() {
        let mut d = PyDict::new();
        for i in [5, 1, 9, 3] {
            d.insert(i, int(i), int(i * 10), |k| k == int(i));
        }
        assert_eq!(d.insert(1, int(1), int(0), |k| k == int(1)), Some(int(10)));
        assert_eq!(d.remove(9, |k| k == int(9)), Some((int(9), int(90))));
        d.insert(9, int(9), int(1), |k| k == int(9));
        let keys: Vec<i64> = d.keys().map(|k| k.as_small_int()).collect();
        assert_eq!(keys, vec![5, 1, 3, 9]);
        assert_eq!(d.get(1, |k| k == int(1)), Some(int(0)));
        assert_eq!(d.len(), 4);
    }

    #[test]
    fn compaction_preserves_contents() {
        let mut d = PyDict::new();
        for i in 0..100 {
            d.insert(i, int(i), int(i), |k| k == int(i));
        }
        for i in 0..90 {
            assert!(d.remove(i, |k| k == int(i)).is_some());
        }
        assert_eq!(d.len(), 10);
        assert!(d.slots() < 100, "holes were compacted");
        for i in 90..100 {
            assert_eq!(d.get(i, |k| k == int(i)), Some(int(i)));
        }
        assert_eq!(d.pop_last(), Some((int(99), int(99))));
        assert_eq!(d.len(), 9);
    }

    #[test]
    fn colliding_hashes_are_told_apart_by_eq() {
        let mut d = PyDict::new();
        d.insert(7, int(1), int(100), |k| k == int(1));
        d.insert(7, int(2), int(200), |k| k == int(2));
        assert_eq!(d.get(7, |k| k == int(2)), Some(int(200)));
        assert_eq!(d.get(7, |k| k == int(1)), Some(int(100)));
        assert_eq!(d.get(7, |k| k == int(3)), None);
    }
}
