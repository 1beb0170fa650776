//! Checking a set of programs in a set of modes, in parallel.
//!
//! `krait-harness check` and the report use this; the libtest suite in
//! `tests/conformance.rs` calls [`crate::conform::check`] once per trial
//! instead, so both share one judging code path.

use std::time::Duration;

use crate::conform::{check, Verdict};
use crate::discover::Program;
use crate::mode::JitMode;
use crate::pool::for_each_parallel;
use crate::run::Krait;

/// The check of one program in one mode.
#[derive(Clone, Debug)]
pub struct Outcome {
    /// Index into [`SuiteResult::programs`].
    pub program: usize,
    /// The mode it ran in.
    pub mode: JitMode,
    /// What happened.
    pub verdict: Verdict,
    /// How long krait ran.
    pub elapsed: Duration,
}

impl Outcome {
    /// The test name, `corpus/tier1/arith/floordiv.py::off`, shared with the libtest suite.
    pub fn test_name(&self, programs: &[Program]) -> String {
        test_name(&programs[self.program], self.mode)
    }
}

/// The name of the (program, mode) test: `PROGRAM::MODE`.
pub fn test_name(program: &Program, mode: JitMode) -> String {
    format!("{}::{mode}", program.name)
}

/// Every outcome of a suite run, in program order then mode order.
#[derive(Clone, Debug)]
pub struct SuiteResult {
    /// The programs checked.
    pub programs: Vec<Program>,
    /// The modes checked, in [`JitMode::CONFORMANCE`] order.
    pub modes: Vec<JitMode>,
    /// One outcome per (program, mode).
    pub outcomes: Vec<Outcome>,
}

/// Pass, fail and ignore counts.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Tally {
    /// Runs that conformed.
    pub passed: usize,
    /// Runs that did not.
    pub failed: usize,
    /// Runs not made (mode not implemented).
    pub ignored: usize,
}

impl Tally {
    fn count(&mut self, verdict: &Verdict) {
        match verdict {
            Verdict::Pass => self.passed += 1,
            Verdict::Fail(_) => self.failed += 1,
            Verdict::Ignored(_) => self.ignored += 1,
        }
    }
}

impl SuiteResult {
    /// The counts over all outcomes, or over one mode's.
    pub fn tally(&self, mode: Option<JitMode>) -> Tally {
        let mut tally = Tally::default();
        for outcome in &self.outcomes {
            if mode.is_none_or(|mode| mode == outcome.mode) {
                tally.count(&outcome.verdict);
            }
        }
        tally
    }

    /// The outcome of `program` (an index) in `mode`.
    pub fn outcome(&self, program: usize, mode: JitMode) -> Option<&Outcome> {
        self.outcomes
            .iter()
            .find(|outcome| outcome.program == program && outcome.mode == mode)
    }
}

/// Checks every program in every mode of `modes` on `workers` threads, calling
/// `progress` as each check finishes.
pub fn run_suite(
    programs: Vec<Program>,
    modes: &[JitMode],
    krait: &Krait,
    workers: usize,
    mut progress: impl FnMut(&Outcome, &[Program]),
) -> SuiteResult {
    let mut modes = modes.to_vec();
    modes.sort();
    modes.dedup();
    let jobs: Vec<(usize, JitMode)> = (0..programs.len())
        .flat_map(|program| modes.iter().map(move |&mode| (program, mode)))
        .collect();
    let mut outcomes: Vec<Option<Outcome>> = vec![None; jobs.len()];
    for_each_parallel(
        &jobs,
        workers,
        |&(program, mode)| check(&programs[program], mode, krait),
        |index, checked| {
            let (program, mode) = jobs[index];
            let outcome = Outcome {
                program,
                mode,
                verdict: checked.verdict,
                elapsed: checked.elapsed,
            };
            progress(&outcome, &programs);
            outcomes[index] = Some(outcome);
        },
    );
    SuiteResult {
        outcomes: outcomes
            .into_iter()
            .map(|outcome| outcome.expect("every job reports"))
            .collect(),
        programs,
        modes,
    }
}
