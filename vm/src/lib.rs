//! Krait: a fast VM for a Python subset.
//!
//! Source flows one way: [`syntax`] (bytes to AST) → [`compiler`] (AST to register
//! bytecode, [`bytecode`]) → [`interp`] (the interpreter, over the object model in
//! [`runtime`]). [`cli`] is the `krait` command.

pub mod bytecode;
pub mod cli;
pub mod compiler;
pub mod interp;
pub mod jit;
pub mod runtime;
pub mod syntax;
