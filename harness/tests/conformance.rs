//! The conformance suite as `cargo test` trials: one per (program, mode),
//! named `corpus/tier1/arith/floordiv.py::off`.
//!
//! ```text
//! cargo test --release -p krait-harness -- floordiv        # filter by name
//! cargo nextest run --release -p krait-harness             # one process per trial
//! ```
//!
//! Every mode in [`JitMode::CONFORMANCE`] gets a trial; a mode the binary does
//! not list in `krait --jit-modes` is marked ignored, never failed. The binary
//! is built (or `$KRAIT_BIN` is used) only when a trial is about to run: for
//! `--list` the ignored marks come from a binary that already exists, if any,
//! and a trial that runs re-checks its mode against the located binary.

use std::process::ExitCode;
use std::sync::Arc;

use libtest_mimic::{Arguments, Completion, Failed, Trial};

use krait_harness::conform::{check, unsupported_reason, Verdict};
use krait_harness::discover::{corpus, Program};
use krait_harness::mode::JitMode;
use krait_harness::run::Krait;
use krait_harness::suite::test_name;

fn main() -> ExitCode {
    let args = Arguments::from_args();
    let programs: Vec<Arc<Program>> = match corpus() {
        Ok(programs) => programs.into_iter().map(Arc::new).collect(),
        Err(err) => {
            eprintln!("conformance: {err}");
            return ExitCode::FAILURE;
        }
    };
    let names: Vec<(Arc<Program>, JitMode, String)> = programs
        .iter()
        .flat_map(|program| {
            JitMode::CONFORMANCE
                .into_iter()
                .map(move |mode| (Arc::clone(program), mode, test_name(program, mode)))
        })
        .collect();

    // Decide the ignored marks without building unless a trial will run.
    let will_run = !args.list
        && names
            .iter()
            .any(|(_, _, name)| !args.is_filtered_out(&Trial::test(name.clone(), || Ok(()))));
    let implemented: Option<Vec<JitMode>> = if will_run {
        Krait::locate().ok().map(|krait| krait.modes.clone())
    } else {
        Krait::locate_without_building().map(|krait| krait.modes)
    };

    let trials = names
        .into_iter()
        .map(|(program, mode, name)| {
            let ignored = implemented
                .as_ref()
                .is_some_and(|modes| !modes.contains(&mode));
            Trial::ignorable_test(name, move || run_trial(&program, mode))
                .with_ignored_flag(ignored)
        })
        .collect();
    libtest_mimic::run(&args, trials).exit_code()
}

fn run_trial(program: &Program, mode: JitMode) -> Result<Completion, Failed> {
    let krait = Krait::locate().map_err(Failed::from)?;
    if !krait.supports(mode) {
        return Ok(Completion::ignored_with(unsupported_reason(mode, krait)));
    }
    match check(program, mode, krait).verdict {
        Verdict::Pass => Ok(Completion::Completed),
        Verdict::Ignored(reason) => Ok(Completion::ignored_with(reason)),
        Verdict::Fail(failure) => Err(failure.details.into()),
    }
}
