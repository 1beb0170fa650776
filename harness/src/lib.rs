//! `krait-harness`: the conformance harness of Krait.
//!
//! It discovers every program in `corpus/` ([`discover`]), runs each one in
//! every JIT mode through the `krait` binary ([`run`], [`mode`]), compares the
//! result with the CPython-blessed expectation beside the program
//! ([`expected`], [`conform`]), and presents the outcome as a terminal summary
//! and a markdown report ([`report`]). Expectations are only ever written by
//! [`bless`], from CPython's output.
//!
//! Architecture invariant: the harness talks to the VM only by running the
//! `krait` binary, and to CPython only in [`bless`]; it never links the `krait`
//! library and never uses Krait's output as an expectation.

pub mod bless;
pub mod conform;
pub mod discover;
pub mod expected;
pub mod mode;
pub mod pool;
pub mod report;
pub mod run;
pub mod suite;
