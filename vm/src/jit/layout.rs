//! Where compiled code finds the fields it reads inline in heap objects.
//!
//! `ObjBody` and `IterState` are `#[repr(C, u8)]`, so their tags are bytes at known
//! places; the positions of the fields (and of a `Vec`'s pointer and length, which
//! Rust does not fix) are *measured* once on sample objects rather than assumed.

use crate::interp::{Frame, Stats, Vm};
use crate::runtime::object::{FunctionObj, IterObj, IterState, Obj, ObjBody, StrObj};
use crate::runtime::regstack::RegStack;
use crate::runtime::value::Value;
use std::cell::Cell;
use std::mem::offset_of;
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
    /// The capacity word of a list's `Vec` (inline `append` writes into spare room).
    pub list_cap: i32,
    /// A tuple's `Box<[Value]>`: its pointer and its length.
    pub tuple_ptr: i32,
    pub tuple_len: i32,
    /// A str's length in code points, and its UTF-8 text's pointer and byte length.
    pub str_char_len: i32,
    /// `StrObj::hash` (0: not computed yet).
    pub str_hash: i32,
    pub str_text_ptr: i32,
    pub str_text_len: i32,
    /// The tag of `IterState::Seq`, and its sequence and index.
    pub seq_tag: u8,
    pub seq_seq: i32,
    pub seq_index: i32,
    pub function_tag: u8,
    /// A function's boxed `FunctionObj`, and its code index (a u32) in there.
    pub function_box: i32,
    pub function_code: i32,
    /// Where compiled code pushes and pops frames itself (inline calls).
    pub frames: FramesLayout,
}

/// Offsets from the `Vm` pointer of what an inline call reads and writes, and the
/// layout of a [`Frame`].
#[derive(Debug)]
pub struct FramesLayout {
    /// `vm.frames`: its buffer and length words.
    pub frames_ptr: i32,
    pub frames_len: i32,
    /// `vm.stack.len()` and `vm.handled.len()`.
    pub stack_len: i32,
    pub handled_len: i32,
    pub stack_top: i32,
    /// `vm.stats.calls`.
    pub calls: i32,
    pub frame_size: i32,
    pub frame_code: i32,
    pub frame_base: i32,
    pub frame_pc: i32,
    pub frame_func: i32,
    pub frame_ret: i32,
    pub frame_handled_base: i32,
    pub frame_namespace: i32,
    pub frame_generator: i32,
    pub frame_saved_top: i32,
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

/// The offsets of the pointer, length and capacity words of a `Vec`.
fn vec_fields<T>(v: &Vec<T>) -> [usize; 3] {
    assert!(
        v.len() != v.capacity() && !v.is_empty(),
        "a sample with distinct words"
    );
    // SAFETY: a `Vec` is three initialized machine words (pointer, capacity, length
    // in some order).
    let words: [usize; 3] = unsafe { std::mem::transmute_copy(v) };
    let find = |w: usize| 8 * words.iter().position(|&x| x == w).expect("a Vec word");
    [find(v.as_ptr() as usize), find(v.len()), find(v.capacity())]
}

fn measure_frames() -> FramesLayout {
    let mut frames: Vec<Frame> = Vec::with_capacity(7);
    let sample = Frame {
        code: 0,
        base: 0,
        pc: 0,
        func: Value::NONE,
        ret: 0,
        handled_base: 0,
        namespace: Value::NONE,
        entry: false,
        generator: Value::NONE,
        saved_top: 0,
    };
    frames.extend([sample; 3]);
    let [ptr, len, _] = vec_fields(&frames);
    let mut values: Vec<Value> = Vec::with_capacity(7);
    values.extend([Value::NONE; 3]);
    let [_, value_len, _] = vec_fields(&values);
    let at = |field: usize| field as i32;
    FramesLayout {
        frames_ptr: at(offset_of!(Vm, frames) + ptr),
        frames_len: at(offset_of!(Vm, frames) + len),
        stack_len: at(offset_of!(Vm, stack) + RegStack::LEN_OFFSET),
        handled_len: at(offset_of!(Vm, handled) + value_len),
        stack_top: at(offset_of!(Vm, stack_top)),
        calls: at(offset_of!(Vm, stats) + offset_of!(Stats, calls)),
        frame_size: at(std::mem::size_of::<Frame>()),
        frame_code: at(offset_of!(Frame, code)),
        frame_base: at(offset_of!(Frame, base)),
        frame_pc: at(offset_of!(Frame, pc)),
        frame_func: at(offset_of!(Frame, func)),
        frame_ret: at(offset_of!(Frame, ret)),
        frame_handled_base: at(offset_of!(Frame, handled_base)),
        frame_namespace: at(offset_of!(Frame, namespace)),
        frame_generator: at(offset_of!(Frame, generator)),
        frame_saved_top: at(offset_of!(Frame, saved_top)),
    }
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
    let list_cap = offset(v, &list) + vec_fields(v)[2] as i32;
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
    let (str_text_ptr, str_text_len) = fat_fields(&st.text, &string, st.text.as_ptr() as usize, 3);
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
    let function = Obj {
        marked: Cell::new(false),
        body: ObjBody::Function(Box::new(FunctionObj {
            code: 0,
            defaults: Box::new([]),
            kw_defaults: Box::new([]),
            closure: Box::new([]),
            owner_class: Value::NONE,
        })),
    };
    let ObjBody::Function(fo) = &function.body else {
        unreachable!("built as a function")
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
        list_cap,
        tuple_ptr,
        tuple_len,
        str_char_len: offset(&st.char_len, &string),
        str_hash: offset(&st.hash, &string),
        str_text_ptr,
        str_text_len,
        seq_tag: tag_of(&si.state),
        seq_seq: offset(seq, &seq_iter),
        seq_index: offset(index, &seq_iter),
        function_tag: tag_of(&function.body),
        function_box: offset(fo, &function),
        function_code: offset_of!(FunctionObj, code) as i32,
        frames: measure_frames(),
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
        assert!(l.list_cap != l.list_ptr && l.list_cap != l.list_len);
        assert_ne!(l.list_tag, l.iter_tag);
        assert_ne!(l.list_tag, l.tuple_tag);
        assert_ne!(l.seq_tag, l.range_tag);
        assert_ne!(l.seq_seq, l.seq_index);
        // Compiled code writes a frame's `code` and `entry` (false) as one word: the
        // last, where every other field (a word each) is below it.
        let f = &l.frames;
        assert_eq!(offset_of!(Frame, entry) as i32, f.frame_code + 4);
        assert_eq!(f.frame_code + 8, f.frame_size);
    }
}
