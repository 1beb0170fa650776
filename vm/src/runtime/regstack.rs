//! The register stack: every frame's registers, in one buffer that never moves.
//!
//! Compiled code computes a frame's register address once, at its entry, and keeps
//! it across every helper it calls; so the buffer is reserved whole up front (an
//! anonymous mapping the kernel backs with pages only as frames first touch them)
//! and grows in place. It is a `Vec<Value>` in all but that: it dereferences to the
//! slice of its values.

use crate::runtime::value::Value;
use std::ops::{Deref, DerefMut};
use std::ptr::NonNull;

pub struct RegStack {
    /// The start of the mapping, of `cap` values.
    ptr: NonNull<Value>,
    /// Values `0..len` are initialized.
    len: usize,
    cap: usize,
}

impl RegStack {
    /// A stack of `len` unbound registers, with room for `cap` (its address space is
    /// reserved now; a smaller one if the system refuses that much).
    pub fn new(len: usize, cap: usize) -> RegStack {
        let mut cap = cap.max(len);
        let ptr = loop {
            // SAFETY: a fresh private anonymous mapping, aliasing nothing.
            let p = unsafe {
                libc::mmap(
                    std::ptr::null_mut(),
                    cap * size_of::<Value>(),
                    libc::PROT_READ | libc::PROT_WRITE,
                    libc::MAP_PRIVATE | libc::MAP_ANONYMOUS | libc::MAP_NORESERVE,
                    -1,
                    0,
                )
            };
            if p != libc::MAP_FAILED {
                break p as *mut Value;
            }
            assert!(
                cap > len.max(1 << 16),
                "krait: cannot reserve memory for the register stack"
            );
            cap /= 2;
        };
        let mut stack = RegStack {
            ptr: NonNull::new(ptr).expect("mmap gives a non-null address"),
            len: 0,
            cap,
        };
        stack.resize(len, Value::UNBOUND);
        stack
    }

    /// The offset of the length word in a `RegStack` (which compiled code reads
    /// before it pushes a frame).
    pub const LEN_OFFSET: usize = std::mem::offset_of!(RegStack, len);
    /// The offset of the address word (compiled code reads it once per call: the
    /// address never changes).
    pub const PTR_OFFSET: usize = std::mem::offset_of!(RegStack, ptr);

    /// How many values the stack can hold without moving: all it ever holds.
    pub fn capacity(&self) -> usize {
        self.cap
    }

    /// Makes the stack `new_len` values long, new ones `fill`, in place.
    ///
    /// # Panics
    /// If `new_len` exceeds the capacity (callers check: `Vm::grow_stack`).
    pub fn resize(&mut self, new_len: usize, fill: Value) {
        assert!(new_len <= self.cap, "the register stack is full");
        for i in self.len..new_len {
            // SAFETY: `i < cap`, inside the mapping; `Value` is `Copy` (no drop of
            // the zero bits there before).
            unsafe { self.ptr.as_ptr().add(i).write(fill) };
        }
        self.len = new_len;
    }
}

impl Deref for RegStack {
    type Target = [Value];
    fn deref(&self) -> &[Value] {
        // SAFETY: `0..len` is initialized and inside the mapping, which lives as long
        // as `self`.
        unsafe { std::slice::from_raw_parts(self.ptr.as_ptr(), self.len) }
    }
}

impl DerefMut for RegStack {
    fn deref_mut(&mut self) -> &mut [Value] {
        // SAFETY: as in `deref`, and `&mut self` is the only access.
        unsafe { std::slice::from_raw_parts_mut(self.ptr.as_ptr(), self.len) }
    }
}

impl Drop for RegStack {
    fn drop(&mut self) {
        // SAFETY: the mapping `new` made, unmapped once.
        unsafe {
            libc::munmap(
                self.ptr.as_ptr() as *mut libc::c_void,
                self.cap * size_of::<Value>(),
            )
        };
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn grows_in_place_up_to_its_capacity() {
        let mut s = RegStack::new(4, 1 << 20);
        let at = s.as_ptr();
        assert_eq!(s.len(), 4);
        assert!(s.iter().all(|&v| v == Value::UNBOUND));
        s[3] = Value::NONE;
        s.resize(1 << 20, Value::UNBOUND);
        assert_eq!(s.as_ptr(), at, "the stack never moves");
        assert_eq!(s[3], Value::NONE);
        assert_eq!(s[(1 << 20) - 1], Value::UNBOUND);
        s.resize(2, Value::UNBOUND);
        assert_eq!(s.len(), 2);
    }

    #[test]
    #[should_panic(expected = "full")]
    fn refuses_to_grow_past_its_capacity() {
        let mut s = RegStack::new(4, 1 << 16);
        s.resize((1 << 16) + 1, Value::UNBOUND);
    }
}
