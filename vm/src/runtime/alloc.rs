//! The `krait` binary's memory allocator: mimalloc, called so that the VM's many small
//! allocations take its fastest path.
//!
//! The `mimalloc` crate passes every request to `mi_malloc_aligned`, whose fast path
//! works only while the size class's page has a free block ready; otherwise it takes a
//! generic path that, for a block size that is not a power of two (a 48-byte `Obj`),
//! over-allocates into a larger size class (about 100 instructions, and more memory).
//! Every mimalloc block is aligned to at least a machine word, so a request aligned to
//! a word or less is a plain `mi_malloc`, which has no such detour.

use libmimalloc_sys::{
    mi_free, mi_malloc, mi_malloc_aligned, mi_realloc, mi_realloc_aligned, mi_zalloc,
    mi_zalloc_aligned,
};
use std::alloc::{GlobalAlloc, Layout};
use std::ffi::c_void;

/// The alignment every mimalloc block has (`MI_INTPTR_SIZE`).
const WORD: usize = std::mem::size_of::<usize>();

/// mimalloc as the global allocator (see the module docs).
pub struct Allocator;

// SAFETY: mimalloc returns blocks of at least the requested size, aligned to at least
// a word for `mi_malloc`/`mi_zalloc`/`mi_realloc` and to the requested alignment for the
// `_aligned` variants, or null on failure; `mi_free` releases either kind.
unsafe impl GlobalAlloc for Allocator {
    #[inline]
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        if layout.align() <= WORD {
            unsafe { mi_malloc(layout.size()) as *mut u8 }
        } else {
            unsafe { mi_malloc_aligned(layout.size(), layout.align()) as *mut u8 }
        }
    }

    #[inline]
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        if layout.align() <= WORD {
            unsafe { mi_zalloc(layout.size()) as *mut u8 }
        } else {
            unsafe { mi_zalloc_aligned(layout.size(), layout.align()) as *mut u8 }
        }
    }

    #[inline]
    unsafe fn dealloc(&self, ptr: *mut u8, _layout: Layout) {
        unsafe { mi_free(ptr as *mut c_void) }
    }

    #[inline]
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        if layout.align() <= WORD {
            unsafe { mi_realloc(ptr as *mut c_void, new_size) as *mut u8 }
        } else {
            unsafe { mi_realloc_aligned(ptr as *mut c_void, new_size, layout.align()) as *mut u8 }
        }
    }
}

/// `mi_option_purge_delay` in the mimalloc (v3) that `libmimalloc-sys` vendors: the
/// index of that option in `mi_option_e` (`include/mimalloc.h`); a test checks it
/// still names the purge delay.
const MI_OPTION_PURGE_DELAY: std::ffi::c_int = 15;
unsafe extern "C" {
    #[cfg(test)]
    fn mi_option_get(option: std::ffi::c_int) -> std::ffi::c_long;
    fn mi_option_set_default(option: std::ffi::c_int, value: std::ffi::c_long);
}

/// Tunes mimalloc for the GC: memory that a collection frees is kept for the next
/// allocations instead of being returned to the OS after a delay (mimalloc's default
/// purge), which made the kernel zero the same pages again after every collection, and
/// made instruction counts depend on how long a run took. `MIMALLOC_PURGE_DELAY` in the
/// environment still wins.
///
/// Also turns transparent huge pages off (see [`disable_huge_pages`]).
/// Call it first thing in `main`.
pub fn configure() {
    // SAFETY: a plain option setter of the linked mimalloc, callable at any time.
    unsafe { mi_option_set_default(MI_OPTION_PURGE_DELAY, -1) };
    disable_huge_pages();
}

/// Turns transparent huge pages off for this process's fresh memory.
///
/// mimalloc asks for huge pages on its arenas, and with them the first touch of any
/// fresh 2 MiB region makes the kernel zero all of it: a small program spent more than
/// half of its run (30 of 50 ms) doing that. Big heaps do not gain either on the
/// virtual machines this project runs on: a fresh huge page costs the kernel far more
/// than 512 small ones there (2026-12-06, `string_build` in mode `on`: 0.6-1.8 s of
/// system time with huge pages against 0.3 s without, for the same 510-530 MB peak;
/// the user time saved by fewer TLB misses was about 5%, and the wall time over
/// three runs of every benchmark was the same or better without). Linux reads the
/// flag at each page fault; elsewhere, and on kernels without it, this does nothing.
pub fn disable_huge_pages() {
    #[cfg(target_os = "linux")]
    {
        const PR_SET_THP_DISABLE: std::ffi::c_int = 41;
        unsafe extern "C" {
            fn prctl(option: std::ffi::c_int, ...) -> std::ffi::c_int;
        }
        let (one, zero): (std::ffi::c_ulong, std::ffi::c_ulong) = (1, 0);
        // SAFETY: PR_SET_THP_DISABLE takes one integer argument (the other three must be
        // zero) and changes nothing but this process's THP flag; a failure leaves THP as
        // it was.
        unsafe { prctl(PR_SET_THP_DISABLE, one, zero, zero, zero) };
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn purge_delay_option_index_is_mimallocs() {
        // mimalloc v3 defaults the purge delay to 1000 ms (src/options.c); if the index
        // named another option, this would read that option's default instead.
        if std::env::var_os("MIMALLOC_PURGE_DELAY").is_none() {
            assert_eq!(unsafe { mi_option_get(MI_OPTION_PURGE_DELAY) }, 1000);
        }
        configure();
        assert_eq!(unsafe { mi_option_get(MI_OPTION_PURGE_DELAY) }, -1);
    }

    #[cfg(target_os = "linux")]
    #[test]
    fn huge_pages_are_turned_off() {
        const PR_GET_THP_DISABLE: std::ffi::c_int = 42;
        unsafe extern "C" {
            fn prctl(option: std::ffi::c_int, ...) -> std::ffi::c_int;
        }
        let zero: std::ffi::c_ulong = 0;
        let disabled = || unsafe { prctl(PR_GET_THP_DISABLE, zero, zero, zero, zero) };
        if disabled() < 0 {
            // A kernel without the flag (before 3.15, or a sandbox refusing prctl):
            // `disable_huge_pages` does nothing there.
            return;
        }
        disable_huge_pages();
        assert_eq!(disabled(), 1);
    }

    #[test]
    fn blocks_are_aligned_as_asked_and_usable() {
        let a = Allocator;
        for (size, align) in [
            (1, 1),
            (7, 1),
            (8, 8),
            (24, 8),
            (48, 8),
            (48, 16),
            (100, 64),
            (5000, 4096),
        ] {
            let layout = Layout::from_size_align(size, align).unwrap();
            unsafe {
                let p = a.alloc(layout);
                assert!(
                    !p.is_null() && (p as usize).is_multiple_of(align),
                    "{size}/{align}"
                );
                p.write_bytes(0xAB, size);
                let q = a.realloc(p, layout, size * 3);
                assert!(
                    !q.is_null() && (q as usize).is_multiple_of(align),
                    "{size}/{align} grown"
                );
                assert_eq!(*q.add(size - 1), 0xAB);
                a.dealloc(q, Layout::from_size_align(size * 3, align).unwrap());
                let z = a.alloc_zeroed(layout);
                assert!(std::slice::from_raw_parts(z, size).iter().all(|&b| b == 0));
                a.dealloc(z, layout);
            }
        }
    }
}
