//! `krait-harness`: the conformance and performance harness of Krait.
//!
//! It discovers every program in `corpus/` ([`discover`]), runs each one in
//! every JIT mode through the `krait` binary ([`run`], [`mode`]), compares the
//! result with the CPython-blessed expectation beside the program
//! ([`expected`], [`conform`]), and presents the outcome as a terminal summary
//! and a markdown report ([`report`]). Expectations are only ever written by
//! [`bless`], from CPython's output.
//!
//! The benchmarks ([`bench`](mod@bench): `corpus/bench/` and programs saying
//! `# krait-bench: yes`) are measured by [`measure`]: instruction counts and
//! `--stats` counters from one callgrind run ([`callgrind`], [`counters`]) and
//! wall-clock timings interleaved with the peers ([`peer`]: CPython, PyPy).
//! [`baseline`] keeps the numbers in `baselines/perf.toml`, [`gate`] judges a
//! fresh measurement against them, and the report draws a speedup [`chart`].
//!
//! Architecture invariant: the harness talks to the VM only by running the
//! `krait` binary, and to CPython only in [`bless`] (and [`peer`], which only
//! times it); it never links the `krait` library and never uses Krait's output
//! as an expectation.

pub mod baseline;
pub mod bench;
pub mod bless;
pub mod callgrind;
pub mod chart;
pub mod conform;
pub mod counters;
pub mod discover;
pub mod environment;
pub mod expected;
pub mod gate;
pub mod measure;
pub mod mode;
pub mod peer;
pub mod pool;
pub mod report;
pub mod run;
pub mod stats;
pub mod suite;
