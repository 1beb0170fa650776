//! The GC heap: a tracing, non-moving mark-and-sweep collector.
//!
//! Objects are individually boxed and never move, so a `Value` pointer stays valid
//! for as long as the object is reachable. Collection never happens inside `alloc`:
//! the heap only *requests* one ([`Heap::wants_collection`]) and the interpreter
//! collects at its safepoints (calls and loop back-edges), where every live value is
//! in a register, a global, a constant or on the handle stack. That is the invariant
//! every piece of Rust code relies on: between two safepoints, freshly allocated
//! values need no rooting; Rust code that calls back into Python code (a safepoint)
//! must first push what it holds onto the VM's handle stack.
//!
//! `KRAIT_GC_STRESS=1` (stress mode) makes every safepoint collect, so a value that
//! Rust code forgot to root is freed at the first chance and the bug shows.

use super::object::{Obj, ObjBody};
use super::value::Value;
use std::cell::Cell;
use std::ptr::NonNull;

pub struct Heap {
    objects: Vec<NonNull<Obj>>,
    /// Memory of freed objects (dropped in place, not deallocated) for `alloc` to
    /// reuse: saves a free and a malloc per object.
    free: Vec<NonNull<Obj>>,
    /// The mark stack, empty between collections.
    grey: Vec<Value>,
    bytes_allocated: usize,
    next_collection: usize,
    stress: bool,
    pub stats: HeapStats,
}

#[derive(Default, Clone, Copy, Debug)]
pub struct HeapStats {
    pub collections: u64,
    pub objects_allocated: u64,
    pub objects_freed: u64,
    /// Time spent collecting.
    pub gc_time: std::time::Duration,
}

const INITIAL_THRESHOLD: usize = 8 << 20;

impl Heap {
    pub fn new(stress: bool) -> Heap {
        let next_collection = if stress { 0 } else { INITIAL_THRESHOLD };
        Heap {
            objects: Vec::new(),
            free: Vec::new(),
            grey: Vec::new(),
            bytes_allocated: 0,
            next_collection,
            stress,
            stats: HeapStats::default(),
        }
    }

    /// Allocates an object. Never collects (see the module docs).
    pub fn alloc(&mut self, body: ObjBody) -> Value {
        let obj = Obj {
            marked: Cell::new(false),
            body,
        };
        self.bytes_allocated += obj.size_hint();
        let ptr = match self.free.pop() {
            Some(cell) => {
                // SAFETY: a cell on the free list is the memory of a `Box<Obj>` whose
                // object `collect` dropped in place; writing an `Obj` makes it live again.
                unsafe { cell.as_ptr().write(obj) };
                cell
            }
            None => NonNull::from(Box::leak(Box::new(obj))),
        };
        self.objects.push(ptr);
        self.stats.objects_allocated += 1;
        Value::from_obj(ptr)
    }

    /// Offsets of the two words whose comparison is [`Heap::wants_collection`], for
    /// compiled code's inline safepoint poll.
    pub(crate) const BYTES_ALLOCATED_OFFSET: usize = std::mem::offset_of!(Heap, bytes_allocated);
    pub(crate) const NEXT_COLLECTION_OFFSET: usize = std::mem::offset_of!(Heap, next_collection);

    /// Whether the next safepoint should collect.
    #[inline(always)]
    pub fn wants_collection(&self) -> bool {
        self.bytes_allocated >= self.next_collection
    }

    /// Marks everything reachable from `roots`, then frees the rest.
    pub fn collect(&mut self, roots: impl FnOnce(&mut dyn FnMut(Value))) {
        let started = std::time::Instant::now();
        // Mark. Objects without references (strs, ints) are only marked; the rest wait
        // on the grey stack (kept between collections, so it is not regrown each time).
        let mut grey = std::mem::take(&mut self.grey);
        let stress = self.stress;
        let mark = |v: Value, grey: &mut Vec<Value>| {
            if let Some(obj) = v.as_obj() {
                if stress && obj.is_freed_cell() {
                    panic!(
                        "the GC reached a freed object: a dangling value in a root or an object"
                    );
                }
                if !obj.marked.replace(true) && obj.has_refs() {
                    grey.push(v);
                }
            }
        };
        roots(&mut |v| mark(v, &mut grey));
        while let Some(v) = grey.pop() {
            let obj = v.as_obj().expect("grey values are objects");
            match &obj.body {
                // The items of a big list are scattered over the heap: prefetch each
                // one's header a few items before marking it.
                ObjBody::List(items) => mark_items(items, &mut |child| mark(child, &mut grey)),
                ObjBody::Tuple(items) => mark_items(items, &mut |child| mark(child, &mut grey)),
                _ => obj.for_each_ref(|child| mark(child, &mut grey)),
            }
        }
        self.grey = grey;

        // Sweep, compacting `objects` in place. The objects are scattered over the
        // heap, so each one's header is prefetched a few iterations before it is read.
        const AHEAD: usize = 8;
        let mut live_bytes = 0;
        let before = self.objects.len();
        let mut kept = 0;
        for i in 0..before {
            if let Some(next) = self.objects.get(i + AHEAD) {
                prefetch(next.as_ptr());
            }
            let ptr = self.objects[i];
            // SAFETY: every pointer in `objects` holds a live object allocated by
            // `alloc`, which is dropped only here, once, when unmarked (unreachable from
            // any root) and its pointer moved to `free`; the pointers before `kept` are
            // the survivors, each still owned by the heap.
            let obj = unsafe { ptr.as_ref() };
            if obj.marked.replace(false) {
                live_bytes += obj.size_hint();
                self.objects[kept] = ptr;
                kept += 1;
            } else {
                // The cell is kept for the next allocation (all objects are one size).
                unsafe { std::ptr::drop_in_place(ptr.as_ptr()) };
                if self.stress {
                    // Under stress, a freed cell is recognizably freed until reused,
                    // so marking one (a dangling value) panics instead of passing.
                    // SAFETY: the cell's object was just dropped; this makes it a
                    // valid object again, owned by the free list as before.
                    unsafe { ptr.as_ptr().write(Obj::freed_cell()) };
                }
                self.free.push(ptr);
            }
        }
        self.objects.truncate(kept);
        self.stats.collections += 1;
        self.stats.objects_freed += (before - kept) as u64;
        self.stats.gc_time += started.elapsed();
        self.bytes_allocated = live_bytes;
        self.next_collection = if self.stress {
            0
        } else {
            (live_bytes * 2).max(INITIAL_THRESHOLD)
        };
    }

    pub fn live_objects(&self) -> usize {
        self.objects.len()
    }
}

/// Marks `items` through `mark`, prefetching the object of the item `AHEAD` places on.
fn mark_items(items: &[Value], mark: &mut impl FnMut(Value)) {
    const AHEAD: usize = 8;
    for (i, &v) in items.iter().enumerate() {
        if let Some(next) = items.get(i + AHEAD).and_then(|n| n.as_obj()) {
            prefetch(next);
        }
        mark(v);
    }
}

/// A hint to the CPU to bring the cache line at `p` in; never faults.
#[inline(always)]
fn prefetch<T>(p: *const T) {
    #[cfg(target_arch = "x86_64")]
    // SAFETY: prefetching is a hint and does not access memory architecturally.
    unsafe {
        std::arch::x86_64::_mm_prefetch(p.cast::<i8>(), std::arch::x86_64::_MM_HINT_T0)
    };
    #[cfg(not(target_arch = "x86_64"))]
    let _ = p;
}

impl Drop for Heap {
    fn drop(&mut self) {
        for ptr in self.objects.drain(..) {
            // SAFETY: each pointer is owned by the heap and freed exactly once.
            drop(unsafe { Box::from_raw(ptr.as_ptr()) });
        }
        for cell in self.free.drain(..) {
            // SAFETY: a free cell's object was dropped already; only its memory, from
            // `Box::new` (the global allocator, `Obj`'s layout), is left to release.
            unsafe { std::alloc::dealloc(cell.as_ptr().cast(), std::alloc::Layout::new::<Obj>()) };
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn collects_unreachable_and_keeps_reachable_through_nesting() {
        let mut heap = Heap::new(false);
        let inner = heap.alloc(ObjBody::List(vec![Value::small_int(1)]));
        let outer = heap.alloc(ObjBody::List(vec![inner]));
        let _garbage = heap.alloc(ObjBody::List(vec![]));
        assert_eq!(heap.live_objects(), 3);
        heap.collect(|mark| mark(outer));
        assert_eq!(heap.live_objects(), 2);
        match &outer.as_obj().unwrap().body {
            ObjBody::List(items) => assert_eq!(items[0], inner),
            _ => panic!("not a list"),
        }
        heap.collect(|_| {});
        assert_eq!(heap.live_objects(), 0);
    }

    #[test]
    fn freed_objects_memory_is_reused() {
        let mut heap = Heap::new(false);
        let kept = heap.alloc(ObjBody::Str(super::super::object::StrObj::new(
            "kept".into(),
        )));
        let garbage = heap.alloc(ObjBody::List(vec![kept]));
        heap.collect(|mark| mark(kept));
        assert_eq!(heap.live_objects(), 1);
        let again = heap.alloc(ObjBody::List(vec![]));
        assert_eq!(
            again.bits(),
            garbage.bits(),
            "the freed cell is allocated again"
        );
        match &again.as_obj().unwrap().body {
            ObjBody::List(items) => assert!(items.is_empty()),
            _ => panic!("not a list"),
        }
        heap.collect(|mark| mark(again));
        assert_eq!(heap.live_objects(), 1);
    }

    #[test]
    #[should_panic(expected = "the GC reached a freed object")]
    fn under_stress_marking_a_freed_object_panics() {
        let mut heap = Heap::new(true);
        let dangling = heap.alloc(ObjBody::List(vec![Value::small_int(1)]));
        heap.collect(|_| {});
        heap.collect(|mark| mark(dangling));
    }

    #[test]
    fn under_stress_a_reused_cell_is_an_ordinary_object() {
        let mut heap = Heap::new(true);
        let first = heap.alloc(ObjBody::List(vec![]));
        heap.collect(|_| {});
        let again = heap.alloc(ObjBody::List(vec![Value::small_int(2)]));
        assert_eq!(again.bits(), first.bits(), "the freed cell is reused");
        heap.collect(|mark| mark(again));
        assert_eq!(heap.live_objects(), 1);
    }

    #[test]
    fn objects_are_48_bytes() {
        // Most objects are strs, small tuples and lists; a larger variant must be boxed.
        assert_eq!(std::mem::size_of::<Obj>(), 48);
    }

    #[test]
    fn cycles_are_collected() {
        let mut heap = Heap::new(false);
        let a = heap.alloc(ObjBody::List(vec![]));
        let b = heap.alloc(ObjBody::List(vec![a]));
        if let ObjBody::List(items) = &mut a.as_obj().unwrap().body {
            items.push(b);
        }
        heap.collect(|mark| mark(a));
        assert_eq!(heap.live_objects(), 2);
        heap.collect(|_| {});
        assert_eq!(heap.live_objects(), 0);
    }
}
