//! The `Did you mean: 'x'?` that CPython 3.11 adds to the last line of an uncaught
//! NameError or AttributeError: the closest name by CPython's weighted Levenshtein
//! distance (`Python/suggestions.c`), among the innermost frame's local names, then
//! the globals, then the builtins for a NameError; among the object's attributes for
//! an AttributeError. The raise sites record the name (and object) as the
//! exception's `name` (and `obj`) attributes, as CPython does; the search runs only
//! when the exception is printed.

use super::methods::METHODS;
use super::Vm;
use crate::runtime::object::ObjBody;
use crate::runtime::value::Value;

const MAX_CANDIDATE_ITEMS: usize = 750;
const MAX_STRING_SIZE: usize = 40;
const MOVE_COST: usize = 2;
const CASE_COST: usize = 1;

fn substitution_cost(a: u8, b: u8) -> usize {
    if a & 31 != b & 31 {
        return MOVE_COST;
    }
    if a == b {
        return 0;
    }
    if a.eq_ignore_ascii_case(&b) {
        CASE_COST
    } else {
        MOVE_COST
    }
}

/// CPython's `levenshtein_distance`: insertions and deletions cost 2, a change of
/// case 1; more than `max_cost` comes back as `max_cost + 1`.
fn distance(a: &[u8], b: &[u8], max_cost: usize) -> usize {
    let prefix = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let (a, b) = (&a[prefix..], &b[prefix..]);
    let suffix = a
        .iter()
        .rev()
        .zip(b.iter().rev())
        .take_while(|(x, y)| x == y)
        .count();
    let (a, b) = (&a[..a.len() - suffix], &b[..b.len() - suffix]);
    if a.is_empty() || b.is_empty() {
        return (a.len() + b.len()) * MOVE_COST;
    }
    if a.len() > MAX_STRING_SIZE || b.len() > MAX_STRING_SIZE {
        return max_cost + 1;
    }
    let (a, b) = if b.len() < a.len() { (b, a) } else { (a, b) };
    if (b.len() - a.len()) * MOVE_COST > max_cost {
        return max_cost + 1;
    }
    let mut row: Vec<usize> = (1..=a.len()).map(|i| i * MOVE_COST).collect();
    let mut result = 0;
    for (bi, &code) in b.iter().enumerate() {
        let mut dist = bi * MOVE_COST;
        result = dist;
        let mut minimum = usize::MAX;
        for (ai, &c) in a.iter().enumerate() {
            let substitute = dist + substitution_cost(code, c);
            dist = row[ai];
            let insert_delete = result.min(dist) + MOVE_COST;
            result = insert_delete.min(substitute);
            row[ai] = result;
            minimum = minimum.min(result);
        }
        if minimum > max_cost {
            return max_cost + 1;
        }
    }
    result
}

/// CPython's `calculate_suggestions`: the first closest candidate within a third of
/// the characters involved.
fn closest<'a>(candidates: &[&'a str], name: &str) -> Option<&'a str> {
    if candidates.len() >= MAX_CANDIDATE_ITEMS {
        return None;
    }
    let mut best: Option<(&str, usize)> = None;
    for &item in candidates {
        if item == name {
            continue;
        }
        let max = (name.len() + item.len() + 3) * MOVE_COST / 6;
        let max = best.map_or(max, |(_, d)| max.min(d.saturating_sub(1)));
        let d = distance(name.as_bytes(), item.as_bytes(), max);
        if d > max {
            continue;
        }
        if best.is_none_or(|(_, bd)| d < bd) {
            best = Some((item, d));
        }
    }
    best.map(|(s, _)| s)
}

impl Vm {
    /// Records what a NameError (`name`) or AttributeError (`name`, `obj`) was about,
    /// for the suggestion printed if it is not caught.
    pub(super) fn set_error_context(&mut self, exc: Value, name: &str, obj: Option<Value>) {
        let name_v = self.new_str(name.to_string());
        let mut pairs = vec![(self.intern("name"), name_v)];
        if let Some(o) = obj {
            pairs.push((self.intern("obj"), o));
        }
        for (k, v) in pairs {
            let Ok(h) = self.hash(k) else { continue };
            let text = self.str_ref(k);
            if let Some(ObjBody::Exception(e)) = exc.as_obj().map(|o| &mut o.body) {
                e.attrs.insert(h, k, v, |key| self.str_ref(key) == text);
            }
        }
    }

    fn exception_attr(&mut self, exc: Value, key: &'static str) -> Option<Value> {
        let k = self.intern(key);
        let h = self.hash(k).ok()?;
        match exc.as_obj().map(|o| &o.body) {
            Some(ObjBody::Exception(e)) => e.attrs.get(h, |x| self.str_ref(x) == key),
            _ => None,
        }
    }

    /// The `Did you mean` name for an uncaught exception, if CPython would print one.
    pub(super) fn suggestion(&mut self, exc: Value) -> Option<String> {
        let name = self.exception_attr(exc, "name")?;
        let name = self.str_ref(name);
        if let Some(obj) = self.exception_attr(exc, "obj") {
            let names = self.attribute_names(obj);
            return closest(&names, name).map(str::to_string);
        }
        // A NameError: the innermost frame's locals, then the globals, then the
        // builtins.
        let code = match exc.as_obj().map(|o| &o.body) {
            Some(ObjBody::Exception(e)) => e.traceback.first().map(|&(c, _)| c),
            _ => None,
        };
        if let Some(code) = code {
            let c = &self.codes[code as usize];
            let locals: Vec<&str> = c
                .reg_names
                .iter()
                .filter(|(r, _)| !c.free_regs.contains(r))
                .map(|(_, n)| n.as_str())
                .collect();
            if let Some(s) = closest(&locals, name) {
                return Some(s.to_string());
            }
        }
        let globals: Vec<&str> = self
            .global_names
            .iter()
            .zip(&self.globals)
            .filter(|(_, v)| !v.is_unbound())
            .map(|(n, _)| n.as_str())
            .collect();
        if let Some(s) = closest(&globals, name) {
            return Some(s.to_string());
        }
        let mut builtins: Vec<&str> = self.builtins.keys().map(|k| &**k).collect();
        // CPython's builtins module also holds the constants.
        builtins.extend(["True", "False", "None", "Ellipsis"]);
        builtins.sort_unstable();
        closest(&builtins, name).map(str::to_string)
    }

    /// `dir(obj)` as far as the suggestion needs it: the object's own attributes, its
    /// class's (through the bases), and a built-in type's methods, sorted.
    fn attribute_names(&mut self, obj: Value) -> Vec<&'static str> {
        let mut names: Vec<&'static str> = Vec::new();
        let (mut class, mut builtin) = match obj.as_obj().map(|o| &o.body) {
            Some(ObjBody::Instance(i)) => {
                names.extend(i.attrs.keys().map(|k| self.str_ref(k)));
                (i.class, None)
            }
            Some(ObjBody::Exception(e)) => {
                names.extend(e.attrs.keys().map(|k| self.str_ref(k)));
                names.extend(["args", "with_traceback", "add_note"]);
                (e.class, None)
            }
            Some(ObjBody::Module(m)) => {
                names.extend(m.attrs.keys().map(|k| self.str_ref(k)));
                (Value::NONE, None)
            }
            Some(ObjBody::Class(_)) => (obj, None),
            _ => (Value::NONE, Some(self.builtin_type(obj))),
        };
        while let Some(ObjBody::Class(c)) = class.as_obj().map(|o| &o.body) {
            names.extend(c.attrs.keys().map(|k| self.str_ref(k)));
            builtin = builtin.or(c.builtin);
            class = c.base;
        }
        if let Some(t) = builtin {
            names.extend(
                METHODS
                    .iter()
                    .filter(|(mt, _, _)| *mt == t)
                    .map(|(_, n, _)| *n),
            );
        }
        names.sort_unstable();
        names.dedup();
        names
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn distances_weigh_case_and_moves_as_cpython() {
        assert_eq!(distance(b"apend", b"append", 100), 2);
        assert_eq!(distance(b"word", b"words", 100), 2);
        assert_eq!(distance(b"Foo", b"foo", 100), 1);
        assert_eq!(distance(b"quantiy", b"quantity", 100), 2);
        assert_eq!(distance(b"abc", b"xyz", 100), 6);
        // Too far: cut off past the maximum.
        assert_eq!(distance(b"abcdef", b"uvwxyz", 3), 4);
    }

    #[test]
    fn the_first_closest_candidate_within_a_third_wins() {
        assert_eq!(closest(&["words", "lengths"], "word"), Some("words"));
        assert_eq!(
            closest(&["append", "extend", "pop"], "apend"),
            Some("append")
        );
        // A tie keeps the first.
        assert_eq!(closest(&["cart", "card"], "car"), Some("cart"));
        assert_eq!(closest(&["completely", "different"], "x"), None);
        assert_eq!(closest(&["same"], "same"), None);
    }
}
