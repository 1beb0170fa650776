//! The `krait-harness` command: check, report and bless the corpus.

use std::env;
use std::io::{self, IsTerminal as _};
use std::num::NonZeroUsize;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::{Duration, SystemTime};

use clap::{Args, Parser, Subcommand};
use indicatif::{ProgressBar, ProgressStyle};

use krait_harness::bless::{bless_program, Change, Oracle};
use krait_harness::conform::Verdict;
use krait_harness::discover::{corpus, corpus_root, programs_under, Program};
use krait_harness::mode::JitMode;
use krait_harness::pool::{default_workers, for_each_parallel};
use krait_harness::report::{self, Environment};
use krait_harness::run::Krait;
use krait_harness::suite::{run_suite, Outcome, SuiteResult};

const ABOUT: &str = "Conformance harness of Krait: runs every corpus program in every JIT mode \
and compares it with CPython's blessed output";

const LONG_ABOUT: &str = "\
Conformance harness of Krait.

Every `.py` file under corpus/ is a program. Beside `foo.py`, `foo.expected.toml` records what \
CPython did with it (exit code, exact stdout, and the final stderr line when it failed); only \
`bless` writes it. `check` and `report` run each program with `krait --jit MODE` in the modes \
off, eager and stress, and compare. A mode that the binary does not list in `krait --jit-modes` \
is reported as ignored, never as failed.

With no subcommand, runs `report`: the whole corpus in all modes, then a markdown report.

Environment:
  KRAIT_BIN           the krait binary to test; otherwise `cargo build --release -p krait` is \
run in the workspace and <target dir>/release/krait is used
  CARGO_TARGET_DIR    where that build goes (default <workspace>/target)
  KRAIT_CORPUS        the corpus directory (default <workspace>/corpus)
  KRAIT_TEST_TIMEOUT  seconds a program may run unless it says `# krait-timeout: N` (default 30)
  CI                  when `true`, print one plain line per check instead of a progress bar

Exit status: 0 when everything passed (ignored modes included), 1 when anything failed, \
2 on a usage error or when there is nothing to run programs with (no krait, no python3).";

#[derive(Parser)]
#[command(name = "krait-harness", version, about = ABOUT, long_about = LONG_ABOUT)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Check programs against their expectations; writes a report only with --report.
    Check(CheckArgs),
    /// Check programs, then write reports/<UTC time>.md and reports/latest.md (the default).
    Report(RunArgs),
    /// Run programs under CPython (python3) and record the results as their expectations.
    #[command(long_about = "\
Run programs under CPython (python3) and record the results as their expectations.

Each program `foo.py` runs as `python3 -s -P foo.py ARGS` (`-P` on Python 3.11 and later; ARGS \
from its `# krait-args:` directive) in its own directory, under its timeout, with \
PYTHONHASHSEED=0, PYTHONIOENCODING=utf-8 and no other PYTHON* variables. Its exit code, its \
stdout and, when the exit code is not 0, its last non-empty stderr line are written to \
`foo.expected.toml` beside it, unless that file already says exactly that. Krait is never run.

Exit status: 0 when every program was blessed, 1 when some could not be (bad directive, timeout, crash), \
2 when python3 is missing or is not Python 3.")]
    Bless(BlessArgs),
}

#[derive(Args, Default)]
struct RunArgs {
    /// Check only in MODE (repeat for several) [default: off, eager, stress]
    #[arg(long = "mode", value_enum, value_name = "MODE")]
    modes: Vec<JitMode>,
    /// Run N programs at once [default: one per core]
    #[arg(short, long, value_name = "N")]
    jobs: Option<NonZeroUsize>,
    /// Write reports into DIR [default: <workspace>/reports]
    #[arg(long, value_name = "DIR")]
    reports_dir: Option<PathBuf>,
    /// Programs (.py files) or directories to check [default: the whole corpus]
    #[arg(value_name = "PATH")]
    paths: Vec<PathBuf>,
}

#[derive(Args)]
struct CheckArgs {
    #[command(flatten)]
    run: RunArgs,
    /// Also write the markdown report
    #[arg(long)]
    report: bool,
}

#[derive(Args)]
struct BlessArgs {
    /// Run N programs at once [default: one per core]
    #[arg(short, long, value_name = "N")]
    jobs: Option<NonZeroUsize>,
    /// Programs (.py files) or directories to bless [default: the whole corpus]
    #[arg(value_name = "PATH")]
    paths: Vec<PathBuf>,
}

/// Exit status for a usage error or a missing tool.
const USAGE: u8 = 2;

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command.unwrap_or(Command::Report(RunArgs::default())) {
        Command::Check(args) => check(&args.run, args.report),
        Command::Report(args) => check(&args, true),
        Command::Bless(args) => bless(&args),
    }
}

fn select_programs(paths: &[PathBuf]) -> Result<Vec<Program>, ExitCode> {
    let found = if paths.is_empty() {
        corpus()
    } else {
        programs_under(paths)
    };
    found.map_err(|err| {
        eprintln!("krait-harness: {err}");
        ExitCode::from(USAGE)
    })
}

fn workers(jobs: Option<NonZeroUsize>) -> usize {
    jobs.map_or_else(default_workers, NonZeroUsize::get)
}

fn check(args: &RunArgs, write_report: bool) -> ExitCode {
    let programs = match select_programs(&args.paths) {
        Ok(programs) => programs,
        Err(code) => return code,
    };
    if programs.is_empty() {
        println!("no programs to check under {}", describe_paths(&args.paths));
        return ExitCode::SUCCESS;
    }
    if env::var_os("KRAIT_BIN").is_none() {
        eprintln!(
            "building krait: cargo build --release -p krait --bin krait (set KRAIT_BIN to skip)"
        );
    }
    let krait = match Krait::locate() {
        Ok(krait) => krait,
        Err(problem) => {
            eprintln!("krait-harness: {problem}");
            return ExitCode::from(USAGE);
        }
    };
    let modes = if args.modes.is_empty() {
        JitMode::CONFORMANCE.to_vec()
    } else {
        args.modes.clone()
    };
    let workers = workers(args.jobs);
    let implemented: Vec<_> = krait.modes.iter().map(|mode| mode.name()).collect();
    println!(
        "checking {} programs in {} with {} (implements: {}), {workers} at a time",
        programs.len(),
        modes
            .iter()
            .map(|mode| mode.name())
            .collect::<Vec<_>>()
            .join(", "),
        krait.path.display(),
        implemented.join(", "),
    );

    let started = SystemTime::now();
    let progress = Progress::new((programs.len() * modes.len()) as u64);
    let result = run_suite(programs, &modes, krait, workers, |outcome, programs| {
        progress.record(outcome, programs);
    });
    progress.finish();

    print_failures(&result);
    println!("{}", report::summary_table(&result));
    println!("{}", report::closing_line(&result));

    if write_report {
        let markdown = report::markdown(&result, &Environment::capture(started));
        let dir = args
            .reports_dir
            .clone()
            .unwrap_or_else(report::default_reports_dir);
        match report::write_report(&dir, &markdown, started) {
            Ok(path) => println!(
                "report: {} (also {})",
                path.display(),
                dir.join("latest.md").display()
            ),
            Err(err) => {
                eprintln!(
                    "krait-harness: cannot write the report into {}: {err}",
                    dir.display()
                );
                return ExitCode::FAILURE;
            }
        }
    }
    if result.tally(None).failed > 0 {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

fn describe_paths(paths: &[PathBuf]) -> String {
    if paths.is_empty() {
        return corpus_root().display().to_string();
    }
    paths
        .iter()
        .map(|path| path.display().to_string())
        .collect::<Vec<_>>()
        .join(" ")
}

fn print_failures(result: &SuiteResult) {
    for outcome in &result.outcomes {
        if let Verdict::Fail(failure) = &outcome.verdict {
            println!("\n──── FAIL {} ────", outcome.test_name(&result.programs));
            print!("{}", failure.details);
        }
    }
    println!();
}

/// Live feedback while the suite runs: a progress bar on a terminal, else one line per check.
enum Progress {
    Bar(ProgressBar),
    Lines,
}

impl Progress {
    fn new(total: u64) -> Progress {
        let ci =
            env::var("CI").is_ok_and(|value| !value.is_empty() && value != "false" && value != "0");
        if ci || !io::stdout().is_terminal() {
            return Progress::Lines;
        }
        let bar = ProgressBar::new(total);
        bar.set_style(
            ProgressStyle::with_template("{bar:40.cyan/blue} {pos}/{len} {elapsed} {wide_msg}")
                .expect("the progress template is valid"),
        );
        bar.enable_steady_tick(Duration::from_millis(200));
        Progress::Bar(bar)
    }

    fn record(&self, outcome: &Outcome, programs: &[Program]) {
        let name = outcome.test_name(programs);
        let millis = outcome.elapsed.as_millis();
        match self {
            Progress::Bar(bar) => {
                if let Verdict::Fail(failure) = &outcome.verdict {
                    bar.println(format!("FAIL    {name}: {}", failure.summary));
                }
                bar.set_message(name);
                bar.inc(1);
            }
            Progress::Lines => match &outcome.verdict {
                Verdict::Pass => println!("ok      {name} ({millis} ms)"),
                Verdict::Fail(failure) => {
                    println!("FAIL    {name} ({millis} ms): {}", failure.summary)
                }
                Verdict::Ignored(_) => println!("ignored {name}"),
            },
        }
    }

    fn finish(&self) {
        if let Progress::Bar(bar) = self {
            bar.finish_and_clear();
        }
    }
}

fn bless(args: &BlessArgs) -> ExitCode {
    let oracle = match Oracle::find() {
        Ok(oracle) => oracle,
        Err(problem) => {
            eprintln!("krait-harness: {problem}");
            return ExitCode::from(USAGE);
        }
    };
    let programs = match select_programs(&args.paths) {
        Ok(programs) => programs,
        Err(code) => return code,
    };
    let mut results = vec![None; programs.len()];
    for_each_parallel(
        &programs,
        workers(args.jobs),
        |program| bless_program(&oracle, program),
        |index, result| results[index] = Some(result),
    );

    let (mut new, mut updated, mut unchanged, mut errors) = (0, 0, 0, 0);
    for (program, result) in programs.iter().zip(results) {
        match result.expect("every program was blessed") {
            Ok(Change::Unchanged) => unchanged += 1,
            Ok(change) => {
                match change {
                    Change::New => new += 1,
                    _ => updated += 1,
                }
                println!("{:<10} {}", change.to_string(), program.name);
            }
            Err(problem) => {
                errors += 1;
                eprintln!("error      {problem}");
            }
        }
    }
    println!(
        "blessed {} programs with {}: {new} new, {updated} updated, {unchanged} unchanged, {errors} failed",
        programs.len(),
        oracle.version
    );
    if errors > 0 {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}
