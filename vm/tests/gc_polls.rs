//! Compiled code polls the GC where allocation could otherwise go on without bound:
//! at a loop's back-edge when the loop allocates, at the start of a function that
//! allocates, and in the call helper after a builtin it called. Calls of compiled
//! functions and functions that allocate nothing (`fib`) do not poll. Each program
//! here allocates in only one of these ways, in compiled code (`--jit on`, after
//! tiering up with feedback), and must see collections: with the poll it relies on
//! missing, it would see none and its memory would only grow.

mod common;

use std::path::Path;
use std::process::Command;

/// `gc_collections` of a `--stats` run of the corpus program `name`.
fn collections(name: &str) -> u64 {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../corpus/jit/gc")
        .join(name);
    let out = Command::new(env!("CARGO_BIN_EXE_krait"))
        .args(["--jit", "on", "--stats"])
        .arg(&path)
        .output()
        .expect("runs krait");
    assert!(out.status.success(), "krait failed on {name}");
    let stderr = String::from_utf8_lossy(&out.stderr);
    let json = common::stats_json(&stderr).expect("the --stats line");
    common::stat(json, "gc_collections").expect("gc_collections in --stats") as u64
}

#[test]
fn a_loop_that_allocates_only_in_builtins_collects() {
    // The call helper polls after each builtin.
    assert!(collections("builtin_allocs_in_loop.py") >= 3);
}

#[test]
fn recursion_that_allocates_only_in_builtins_collects() {
    assert!(collections("recursion_allocates_via_builtin.py") >= 3);
}

#[test]
fn recursion_that_builds_lists_collects() {
    // No loop and no builtin: only the function's start polls.
    assert!(collections("recursion_allocates_lists.py") >= 3);
}
