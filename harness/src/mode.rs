//! The JIT modes of the `krait` binary, and which of them conformance covers.

use std::fmt;

/// A value of `krait --jit MODE`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, clap::ValueEnum)]
pub enum JitMode {
    /// Interpreter only.
    Off,
    /// Interpret, compile hot functions and loops (measured by the performance work).
    On,
    /// Compile every function at first call and every loop at first entry.
    Eager,
    /// `eager`, with guards failing deliberately to exercise deoptimization.
    Stress,
}

impl JitMode {
    /// Every mode the binary accepts, in `--help` order.
    pub const ALL: [JitMode; 4] = [JitMode::Off, JitMode::On, JitMode::Eager, JitMode::Stress];

    /// The modes every corpus program must pass in: the one list that `check`,
    /// the report and the libtest conformance suite all derive from.
    pub const CONFORMANCE: [JitMode; 3] = [JitMode::Off, JitMode::Eager, JitMode::Stress];

    /// The modes the benchmarks are measured in (when the binary implements
    /// them): the one list that `bench`, `gate`, `baseline save` and the report
    /// derive from. `stress` is a test mode, never measured.
    pub const MEASURED: [JitMode; 3] = [JitMode::Off, JitMode::On, JitMode::Eager];

    /// The name used on the command line (`--jit off`) and in test names (`::off`).
    pub fn name(self) -> &'static str {
        match self {
            JitMode::Off => "off",
            JitMode::On => "on",
            JitMode::Eager => "eager",
            JitMode::Stress => "stress",
        }
    }

    /// Parses a mode name as printed by `krait --jit-modes`.
    pub fn from_name(name: &str) -> Option<JitMode> {
        JitMode::ALL.into_iter().find(|mode| mode.name() == name)
    }
}

impl fmt::Display for JitMode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip() {
        for mode in JitMode::ALL {
            assert_eq!(JitMode::from_name(mode.name()), Some(mode));
        }
        assert_eq!(JitMode::from_name("fast"), None);
    }

    #[test]
    fn measured_excludes_stress() {
        assert!(!JitMode::MEASURED.contains(&JitMode::Stress));
    }

    #[test]
    fn conformance_excludes_on() {
        assert!(!JitMode::CONFORMANCE.contains(&JitMode::On));
    }
}
