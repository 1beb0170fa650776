//! The object model: the tagged [`value::Value`] word, heap objects, the GC heap, and
//! the data structures behind dicts and sets, plus pure formatting and string helpers.
//!
//! Architecture invariant: nothing here executes Python code. Operations that may call
//! back into the program (user `__eq__`, `__hash__`) take their behaviour as closures
//! from the interpreter.

pub mod alloc;
pub mod dict;
pub mod format;
pub mod hash;
pub mod heap;
pub mod object;
pub mod regstack;
pub mod set;
pub mod strmethods;
pub mod value;
