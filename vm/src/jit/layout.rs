//! Where compiled code finds the fields it reads inline in heap objects.
//!
//! `ObjBody` and `IterState` are `#[repr(C, u8)]`, so their tags are bytes at known
//! places; the positions of the fields (and of a `Vec`'s pointer and length, which
//! Rust does not fix) are *measured* once on sample objects rather than assumed.

use crate::runtime::object::{IterObj, IterState, Obj, ObjBody, StrObj};
use crate::runtime::value::Value;
use std::cell::Cell;
use std::sync::OnceLock;

/// Byte offsets from the start of an [`Obj`], and tag values.
#[derive(Debug)]
pub struct Layout {
    /// The `ObjBody` tag byte.
    pub body_tag: i32,
    pub list_tag: u8,
    pub tuple_tag: u8,
    pub str_tag: u8,
    pub dict_tag: u8,
    pub iter_tag: u8,
    /// The `IterState` tag byte of an iterator, and the tag of `IterState::Range`.
    pub iter_state_tag: i32,
    pub range_tag: u8,
    pub range_next: i32,
    pub range_stop: i32,
    pub range_step: i32,
    /// A list's `Vec<Value>`: its buffer pointer and its length.
    pub list_ptr: i32,
    pub list_len: i32,
    /// A tuple's `Box<[Value]>`: its pointer and its length.
    pub tuple_ptr: i32,
    pub tuple_len: i32,
    /// A str's length in code points.
    pub str_char_len: i32,
    /// The tag of `IterState::Seq`, and its sequence and index.
    pub seq_tag: u8,
    pub seq_seq: i32,
    pub seq_index: i32,
}

fn offset<T>(field: &T, obj: &Obj) -> i32 {
    (field as *const T as usize - obj as *const Obj as usize) as i32
}

/// The tag byte of a `#[repr(C, u8)]` enum value.
fn tag_of<T>(value: &T) -> u8 {
    // SAFETY: only called on `ObjBody` and `IterState`, both `#[repr(C, u8)]`: their
    // first byte is the tag.
    unsafe { *(value as *const T as *const u8) }
}

/// The offsets (from `obj`) of the words of `field` (a `Vec` or a boxed slice) that
/// hold `ptr` and `len`.
fn fat_fields<T>(field: &T, obj: &Obj, ptr: usize, len: usize) -> (i32, i32) {
    let at = offset(field, obj);
    let n = std::mem::size_of::<T>() / 8;
    // SAFETY: `T` is a `Vec` or a boxed slice: two or three initialized machine words.
    let words: Vec<usize> = (0..n)
        .map(|i| unsafe { *(field as *const T as *const usize).add(i) })
        .collect();
    let find = |w: usize| {
        let i = words
            .iter()
            .position(|&x| x == w)
            .expect("a field with this value");
        at + 8 * i as i32
    };
    (find(ptr), find(len))
}

fn measure() -> Layout {
    let iter = Obj {
        marked: Cell::new(false),
        body: ObjBody::Iter(IterObj {
            state: IterState::Range {
                next: 1,
                stop: 2,
                step: 3,
            },
        }),
    };
    let ObjBody::Iter(it) = &iter.body else {
        unreachable!("built as an iterator")
    };
    let IterState::Range { next, stop, step } = &it.state else {
        unreachable!("built as a range iterator")
    };
    let mut items = Vec::with_capacity(7);
    items.extend([Value::NONE; 3]);
    let list = Obj {
        marked: Cell::new(false),
        body: ObjBody::List(items),
    };
    let ObjBody::List(v) = &list.body else {
        unreachable!("built as a list")
    };
    let (list_ptr, list_len) = fat_fields(v, &list, v.as_ptr() as usize, 3);
    let tuple = Obj {
        marked: Cell::new(false),
        body: ObjBody::Tuple(vec![Value::NONE; 5].into_boxed_slice()),
    };
    let ObjBody::Tuple(t) = &tuple.body else {
        unreachable!("built as a tuple")
    };
    let (tuple_ptr, tuple_len) = fat_fields(t, &tuple, t.as_ptr() as usize, 5);
    let string = Obj {
        marked: Cell::new(false),
        body: ObjBody::Str(StrObj::new("abc".into())),
    };
    let ObjBody::Str(st) = &string.body else {
        unreachable!("built as a str")
    };
    let seq_iter = Obj {
        marked: Cell::new(false),
        body: ObjBody::Iter(IterObj {
            state: IterState::Seq {
                seq: Value::NONE,
                index: 9,
            },
        }),
    };
    let ObjBody::Iter(si) = &seq_iter.body else {
        unreachable!("built as an iterator")
    };
    let IterState::Seq { seq, index } = &si.state else {
        unreachable!("built as a sequence iterator")
    };
    Layout {
        body_tag: offset(&iter.body, &iter),
        list_tag: tag_of(&list.body),
        tuple_tag: tag_of(&tuple.body),
        str_tag: tag_of(&string.body),
        dict_tag: tag_of(&ObjBody::Dict(Default::default())),
        iter_tag: tag_of(&iter.body),
        iter_state_tag: offset(&it.state, &iter),
        range_tag: tag_of(&it.state),
        range_next: offset(next, &iter),
        range_stop: offset(stop, &iter),
        range_step: offset(step, &iter),
        list_ptr,
        list_len,
        tuple_ptr,
        tuple_len,
        str_char_len: offset(&st.char_len, &string),
        seq_tag: tag_of(&si.state),
        seq_seq: offset(seq, &seq_iter),
        seq_index: offset(index, &seq_iter),
    }
}

pub fn layout() -> &'static Layout {
    static LAYOUT: OnceLock<Layout> = OnceLock::new();
    LAYOUT.get_or_init(measure)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn measured_offsets_are_distinct_and_inside_the_object() {
        let l = layout();
        let size = std::mem::size_of::<Obj>() as i32;
        let fields = [
            l.body_tag,
            l.iter_state_tag,
            l.range_next,
            l.range_stop,
            l.range_step,
        ];
        assert!(fields.iter().all(|&f| f >= 0 && f < size));
        assert!(l.list_ptr != l.list_len && l.tuple_ptr != l.tuple_len);
        assert_ne!(l.list_tag, l.iter_tag);
        assert_ne!(l.list_tag, l.tuple_tag);
        assert_ne!(l.seq_tag, l.range_tag);
        assert_ne!(l.seq_seq, l.seq_index);
    }
}
