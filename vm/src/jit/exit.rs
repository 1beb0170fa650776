//! How compiled code tells the interpreter why it stopped: one `u64` status word.
//!
//! | bits   | field                                                        |
//! |--------|--------------------------------------------------------------|
//! | 0..24  | the pc of the instruction where the compiled code stopped    |
//! | 24..28 | the [`ExitKind`]                                             |
//! | 28..32 | the [`DeoptReason`] (for [`ExitKind::Deopt`] only)           |
//! | 32..48 | which registers the exit left unboxed: an index into the     |
//! |        | JIT's [`RawMasks`] (0: none)                                  |
//! | 48..64 | the register whose guard failed (`HeaderGuard`), or else the |
//! |        | instructions counted ahead that were not run ([`overcount`])  |
//!
//! A plain return (kind `Return`, nothing else) is the pc alone, below 2**24.
//!
//! Every exit leaves all registers in the frame (the low ones possibly unboxed, for
//! `exit_of` to box: [`RAW_REGS`]), so the interpreter needs nothing else to
//! continue: a `Return` exit names the `Return` instruction (the interpreter
//! reads its operand), a `Deopt` exit the instruction to execute next, a `Raise` exit
//! the instruction that raised (the exception waits in `JitContext::exception`), a
//! `Yield` exit the `YieldFrom` whose delegate yielded (the value waits in
//! `JitContext::return_value`; the generator suspends there and runs the
//! instruction again when resumed).

use crate::runtime::value::Value;
use std::collections::HashMap;

/// The exclusive bound of a pc in a status word (code objects longer than this are
/// not compiled).
pub const MAX_PC: usize = 1 << 24;

/// Why compiled code stopped.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum ExitKind {
    /// The `Return` at pc ran: the frame is finished.
    Return = 0,
    /// Continue interpreting at pc.
    Deopt = 1,
    /// The instruction at pc raised; the exception is pending.
    Raise = 2,
    /// The `YieldFrom` at pc got a value from its delegate: the generator yields it
    /// and suspends at pc.
    Yield = 3,
}

/// Why a deopt exit was taken (counted in `--stats`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum DeoptReason {
    /// A small-int result left the 48-bit range: the interpreter makes the big int.
    IntOverflow = 0,
    /// An operand's type guard failed.
    TypeGuard = 1,
    /// The operands have the guarded types but values the inline code leaves to the
    /// interpreter (a zero divisor, a negative shift, a range past the small ints).
    Unhandled = 2,
    /// A register entering a loop header did not have the type the loop speculated on.
    HeaderGuard = 3,
    /// `yield` and `yield from` suspend the frame, which only the interpreter does.
    Yield = 4,
    /// Mode `stress` failed a guard on purpose.
    StressGuard = 5,
    /// The compiled code was entered at a pc that is not one of its entries.
    NoEntry = 6,
    /// Code compiled without feedback ran long enough to be compiled again with it.
    TierUp = 7,
    /// A call this deep in compiled code continues in the interpreter (whose calls
    /// do not use the native stack).
    DeepRecursion = 8,
    /// Control left a loop compiled on its own.
    LoopExit = 9,
}

impl DeoptReason {
    pub const ALL: [DeoptReason; 10] = [
        DeoptReason::IntOverflow,
        DeoptReason::TypeGuard,
        DeoptReason::Unhandled,
        DeoptReason::HeaderGuard,
        DeoptReason::Yield,
        DeoptReason::StressGuard,
        DeoptReason::NoEntry,
        DeoptReason::TierUp,
        DeoptReason::DeepRecursion,
        DeoptReason::LoopExit,
    ];

    pub fn name(self) -> &'static str {
        match self {
            DeoptReason::IntOverflow => "int_overflow",
            DeoptReason::TypeGuard => "type_guard",
            DeoptReason::Unhandled => "unhandled_value",
            DeoptReason::HeaderGuard => "loop_header_guard",
            DeoptReason::Yield => "yield",
            DeoptReason::StressGuard => "stress_guard",
            DeoptReason::NoEntry => "no_entry",
            DeoptReason::TierUp => "tier_up",
            DeoptReason::DeepRecursion => "deep_recursion",
            DeoptReason::LoopExit => "loop_exit",
        }
    }

    /// Whether a speculation failed (counted towards recompiling without it).
    pub fn is_misspeculation(self) -> bool {
        matches!(
            self,
            DeoptReason::IntOverflow
                | DeoptReason::TypeGuard
                | DeoptReason::Unhandled
                | DeoptReason::HeaderGuard
        )
    }
}

/// A decoded status word.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Exit {
    Return {
        pc: u32,
    },
    Deopt {
        pc: u32,
        reason: DeoptReason,
        /// The register of a `HeaderGuard`.
        reg: u16,
    },
    Raise {
        pc: u32,
    },
    Yield {
        pc: u32,
    },
}

pub fn encode(kind: ExitKind, pc: u32, reason: u8) -> u64 {
    debug_assert!((pc as usize) < MAX_PC && reason < 16);
    pc as u64 | (kind as u64) << 24 | (reason as u64) << 28
}

pub fn return_at(pc: u32) -> u64 {
    encode(ExitKind::Return, pc, 0)
}

pub fn deopt_at(pc: u32, reason: DeoptReason) -> u64 {
    encode(ExitKind::Deopt, pc, reason as u8)
}

/// A `HeaderGuard` deopt at loop header `pc` for register `reg`.
pub fn header_guard_at(pc: u32, reg: u16) -> u64 {
    deopt_at(pc, DeoptReason::HeaderGuard) | (reg as u64) << 48
}

pub fn raise_at(pc: u32) -> u64 {
    encode(ExitKind::Raise, pc, 0)
}

pub fn yield_at(pc: u32) -> u64 {
    encode(ExitKind::Yield, pc, 0)
}

/// `status`, saying that `over` instructions after its pc were counted as run
/// (`--stats`) but were not: compiled code counts a straight run of instructions
/// where it starts. A `HeaderGuard` exit is taken before any is counted.
pub fn with_overcount(status: u64, over: usize) -> u64 {
    debug_assert!(over < 1 << 16, "a counted run fits 16 bits");
    debug_assert!(
        over == 0
            || !matches!(
                decode(status),
                Exit::Deopt {
                    reason: DeoptReason::HeaderGuard,
                    ..
                }
            ),
        "a header guard exits before its run is counted"
    );
    status | (over as u64) << 48
}

/// Registers below this an exit may write unboxed: bit `r` of a raw mask says
/// register `r` holds an i64 (a small int's value), bit `RAW_REGS + r` an f64.
/// Boxing is then done once, in Rust, by [`box_raw`], not in every exit block (an
/// exit's int boxing was four IR instructions per register, a float's four).
pub const RAW_REGS: u32 = 32;

/// `status` of an exit that left the registers of `RawMasks` entry `index` unboxed.
pub fn with_raw(status: u64, index: u16) -> u64 {
    debug_assert_eq!(raw_index(status), 0, "one raw mask per exit");
    status | (index as u64) << 32
}

/// The [`RawMasks`] index in a status word (0: every register is boxed).
pub fn raw_index(status: u64) -> u16 {
    (status >> 32) as u16
}

/// The raw masks of every exit compiled so far, each once, for status words to
/// name by index (an exit then returns a constant instead of also storing its mask:
/// one IR instruction less in each exit that writes a number unboxed).
#[derive(Default)]
pub struct RawMasks {
    /// `masks[i - 1]` is index `i`'s.
    masks: Vec<u64>,
    index: HashMap<u64, u16>,
}

impl RawMasks {
    /// The index of `mask` (nonzero), or `None` once 65,535 different masks are
    /// taken (the compilation then fails, and its code stays interpreted).
    pub fn intern(&mut self, mask: u64) -> Option<u16> {
        debug_assert_ne!(mask, 0, "a mask names a register");
        if let Some(&i) = self.index.get(&mask) {
            return Some(i);
        }
        let i = u16::try_from(self.masks.len() + 1).ok()?;
        self.masks.push(mask);
        self.index.insert(mask, i);
        Some(i)
    }

    /// The mask of nonzero `index`.
    pub fn get(&self, index: u16) -> u64 {
        self.masks[index as usize - 1]
    }
}

/// Boxes the registers of `regs` (a frame's) that `raw` says an exit left unboxed.
/// Called by `exit_of` as soon as compiled code returns, before anything (the GC
/// above all) reads the frame.
pub fn box_raw(regs: &mut [Value], raw: u64) {
    for (r, reg) in regs.iter_mut().take(RAW_REGS as usize).enumerate() {
        if raw & 1 << r != 0 {
            *reg = Value::small_int(reg.bits() as i64);
        } else if raw & 1 << (RAW_REGS as usize + r) != 0 {
            *reg = Value::float(f64::from_bits(reg.bits()));
        }
    }
}

/// The instructions an exit's status says were counted but not run (see
/// [`with_overcount`]).
pub fn overcount(status: u64) -> u64 {
    match decode(status) {
        Exit::Deopt {
            reason: DeoptReason::HeaderGuard,
            ..
        } => 0,
        _ => status >> 48,
    }
}

/// Decodes a status word that compiled code returned.
pub fn decode(status: u64) -> Exit {
    let pc = status as u32 & (MAX_PC as u32 - 1);
    let reason = DeoptReason::ALL
        .get((status >> 28) as usize & 15)
        .copied()
        .unwrap_or(DeoptReason::NoEntry);
    match (status >> 24) & 15 {
        0 => Exit::Return { pc },
        1 => Exit::Deopt {
            pc,
            reason,
            reg: if reason == DeoptReason::HeaderGuard {
                (status >> 48) as u16
            } else {
                0
            },
        },
        2 => Exit::Raise { pc },
        3 => Exit::Yield { pc },
        k => unreachable!("compiled code returned an unknown exit kind {k}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_exit_round_trips() {
        for pc in [0, 1, 77, MAX_PC as u32 - 1] {
            assert_eq!(decode(return_at(pc)), Exit::Return { pc });
            assert_eq!(decode(raise_at(pc)), Exit::Raise { pc });
            assert_eq!(decode(yield_at(pc)), Exit::Yield { pc });
            for reason in DeoptReason::ALL {
                assert_eq!(
                    decode(deopt_at(pc, reason)),
                    Exit::Deopt { pc, reason, reg: 0 }
                );
            }
            for reg in [0, 7, u16::MAX] {
                assert_eq!(
                    decode(header_guard_at(pc, reg)),
                    Exit::Deopt {
                        pc,
                        reason: DeoptReason::HeaderGuard,
                        reg
                    }
                );
            }
        }
    }

    #[test]
    fn an_overcount_rides_along_with_every_exit_but_a_header_guard() {
        for status in [
            return_at(5),
            raise_at(5),
            yield_at(5),
            deopt_at(5, DeoptReason::TypeGuard),
        ] {
            let with = with_overcount(status, 7);
            assert_eq!(decode(with), decode(status));
            assert_eq!(overcount(with), 7);
            assert_eq!(overcount(status), 0);
            let raw = with_raw(with, u16::MAX);
            assert_eq!(decode(raw), decode(status));
            assert_eq!((overcount(raw), raw_index(raw)), (7, u16::MAX));
            assert_eq!(raw_index(status), 0);
        }
        // A plain return is its pc alone (compiled callers test for it so).
        assert!(return_at(MAX_PC as u32 - 1) < 1 << 24);
        for status in [
            raise_at(0),
            yield_at(0),
            deopt_at(0, DeoptReason::IntOverflow),
        ] {
            assert!(status >= 1 << 24);
        }
        assert_eq!(overcount(header_guard_at(5, 9)), 0);
    }

    #[test]
    fn raw_masks_are_interned_from_one() {
        let mut m = RawMasks::default();
        assert_eq!(m.intern(0b101), Some(1));
        assert_eq!(m.intern(1 << 40), Some(2));
        assert_eq!(m.intern(0b101), Some(1));
        assert_eq!((m.get(1), m.get(2)), (0b101, 1 << 40));
        for mask in 3..=u16::MAX as u64 {
            assert!(m.intern(mask << 1).is_some());
        }
        assert_eq!(m.intern(1), None, "full");
        assert_eq!(m.intern(0b101), Some(1), "still there");
    }

    #[test]
    fn reasons_are_indexed_by_their_code() {
        for (i, r) in DeoptReason::ALL.iter().enumerate() {
            assert_eq!(*r as usize, i);
        }
    }

    #[test]
    fn raw_registers_are_boxed_as_compiled_code_would() {
        let n = RAW_REGS as usize + 2;
        let mut regs: Vec<Value> = (0..n).map(|_| Value::NONE).collect();
        let nan = f64::from_bits(0xfffc_0000_dead_beef);
        regs[0] = Value::from_bits(-5i64 as u64);
        regs[3] = Value::from_bits((1i64 << 46) as u64);
        regs[4] = Value::from_bits(2.5f64.to_bits());
        regs[RAW_REGS as usize - 1] = Value::from_bits(nan.to_bits());
        let raw = 1 | 1 << 3 | 1 << (RAW_REGS + 4) | 1 << (2 * RAW_REGS - 1);
        box_raw(&mut regs, raw);
        assert_eq!(regs[0], Value::small_int(-5));
        assert_eq!(regs[3], Value::small_int(1 << 46));
        assert_eq!(regs[4], Value::float(2.5));
        // A NaN is boxed canonical (its bits could look like a tagged word).
        assert_eq!(regs[RAW_REGS as usize - 1], Value::float(f64::NAN));
        // Registers the mask does not name stay as they are.
        assert!(regs[1].is_none() && regs[n - 1].is_none());
    }
}
