//! The `krait-harness` command: check, measure, gate, report and bless the corpus.

use std::env;
use std::io::{self, IsTerminal as _};
use std::num::NonZeroUsize;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::{Duration, SystemTime};

use clap::{Args, Parser, Subcommand};
use indicatif::{ProgressBar, ProgressStyle};

use krait_harness::baseline::{self, Baseline};
use krait_harness::bench::{self, Benchmark, Size};
use krait_harness::bless::{bless_program, Change, Oracle};
use krait_harness::conform::Verdict;
use krait_harness::discover::{corpus, corpus_root, programs_under, Program};
use krait_harness::environment::Environment;
use krait_harness::gate::{self, Comparison, GateConfig, Severity};
use krait_harness::measure::{measure, Measurement, Plan, TimingPlan};
use krait_harness::mode::JitMode;
use krait_harness::peer::PeerKind;
use krait_harness::pool::{default_workers, for_each_parallel};
use krait_harness::report::performance::{self, Performance};
use krait_harness::report::{self, Report};
use krait_harness::run::{target_dir, Krait};
use krait_harness::suite::{run_suite, Outcome, SuiteResult};

const ABOUT: &str = "Conformance and performance harness of Krait: runs every corpus program in \
every JIT mode against CPython's blessed output, and measures and gates the benchmarks";

const LONG_ABOUT: &str = "\
Conformance and performance harness of Krait.

Every `.py` file under corpus/ is a program. Beside `foo.py`, `foo.expected.toml` records what \
CPython did with it (exit code, exact stdout, and the final stderr line when it failed); only \
`bless` writes it. `check` and `report` run each program with `krait --jit MODE` in the modes \
off, eager and stress, and compare. A mode that the binary does not list in `krait --jit-modes` \
is reported as ignored, never as failed.

Benchmarks are the programs in corpus/bench/ and any program saying `# krait-bench: yes`. `bench` \
measures them in the modes off, on and eager (those the binary implements): instruction counts and \
`--stats` counters from one callgrind run at the small size (their `# krait-args:`), and wall-clock \
times at their full size, interleaved with python3 and pypy3 when installed. `gate` compares fresh \
instruction counts and counters with baselines/perf.toml and fails on a regression; `baseline save` \
writes that file. See docs/performance.md.

With no subcommand, runs `report`: the whole corpus in all modes, then the benchmarks, then a \
markdown report in reports/.

Environment:
  KRAIT_BIN           the krait binary to test; otherwise `cargo build --release -p krait` is \
run in the workspace and <target dir>/release/krait is used
  CARGO_TARGET_DIR    where that build goes (default <workspace>/target)
  KRAIT_CORPUS        the corpus directory (default <workspace>/corpus)
  KRAIT_TEST_TIMEOUT  seconds a program may run unless it says `# krait-timeout: N` (default 30)
  CI                  when `true`, print one plain line per check instead of a progress bar

Exit status: 0 when everything passed (ignored modes included), 1 when anything failed (a \
conformance check, or the gate), 2 on a usage error or when there is nothing to run programs with \
(no krait, no python3, no baseline for the gate).";

#[derive(Parser)]
#[command(name = "krait-harness", version, about = ABOUT, long_about = LONG_ABOUT)]
struct Cli {
    /// The performance baseline to compare with or save [default: <workspace>/baselines/perf.toml]
    #[arg(long, global = true, value_name = "PATH")]
    baseline: Option<PathBuf>,
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Check programs against their expectations; writes a report only with --report.
    Check(CheckArgs),
    /// Check programs, measure the benchmarks, then write reports/<UTC time>.md and reports/latest.md (the default).
    Report(ReportArgs),
    /// Measure the benchmarks and write a report comparing them with the baseline.
    Bench(BenchArgs),
    /// Count instructions of the benchmarks and fail on a regression against the baseline.
    #[command(long_about = "\
Count instructions of the benchmarks and fail on a regression against the baseline.

Runs every benchmark once under callgrind at its small size in each measured mode, and compares \
the instruction counts and the gated `--stats` counters with the baseline. Fails when one count \
grows past `instructions_percent` (default 1), their geomean past `geomean_percent` (default 0.5), \
a gated counter changes, or a program that ran in the baseline now fails. With --timing it also \
times them and, if the baseline sets `timing_percent`, gates the medians. Thresholds live in the \
baseline's [gate] table.

Exit status: 0 when the gate passes, 1 on a regression, 2 when there is no baseline or no krait.")]
    Gate(GateArgs),
    /// Manage the performance baseline.
    #[command(subcommand)]
    Baseline(BaselineCommand),
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

#[derive(Subcommand)]
enum BaselineCommand {
    /// Measure the benchmarks (instruction counts, counters and timings) and write the baseline.
    Save(SaveArgs),
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

#[derive(Args, Default)]
struct ReportArgs {
    #[command(flatten)]
    run: RunArgs,
    #[command(flatten)]
    timing: TimingArgs,
    /// Check conformance only: do not measure the benchmarks
    #[arg(long)]
    no_bench: bool,
}

/// How wall-clock timings are taken.
#[derive(Args)]
struct TimingArgs {
    /// Timed runs per program and engine
    #[arg(long, value_name = "N", default_value = "5")]
    runs: NonZeroUsize,
    /// Untimed warm-up runs per program and engine before them
    #[arg(long, value_name = "N", default_value_t = 1)]
    warmup: usize,
    /// Input size of timed runs: full (the program's default) or small (its `# krait-args:`)
    #[arg(long, value_enum, value_name = "SIZE", default_value_t = Size::Full)]
    size: Size,
    /// Do not time python3 and pypy3 alongside
    #[arg(long)]
    no_peers: bool,
}

impl Default for TimingArgs {
    fn default() -> TimingArgs {
        let plan = TimingPlan::default();
        TimingArgs {
            runs: NonZeroUsize::new(plan.runs).expect("the default run count is positive"),
            warmup: plan.warmup,
            size: plan.size,
            no_peers: false,
        }
    }
}

impl TimingArgs {
    fn plan(&self) -> TimingPlan {
        TimingPlan {
            warmup: self.warmup,
            runs: self.runs.get(),
            size: self.size,
        }
    }

    fn peers(&self) -> Vec<PeerKind> {
        if self.no_peers {
            Vec::new()
        } else {
            PeerKind::ALL.to_vec()
        }
    }
}

/// Which benchmarks, in which modes.
#[derive(Args)]
struct SelectArgs {
    /// Measure only in MODE (repeat for several) [default: off, on, eager]
    #[arg(long = "mode", value_enum, value_name = "MODE")]
    modes: Vec<JitMode>,
    /// Benchmarks (.py files) or directories to measure [default: every benchmark of the corpus]
    #[arg(value_name = "PATH")]
    paths: Vec<PathBuf>,
}

impl SelectArgs {
    fn modes(&self) -> Vec<JitMode> {
        if self.modes.is_empty() {
            JitMode::MEASURED.to_vec()
        } else {
            self.modes.clone()
        }
    }
}

#[derive(Args)]
struct BenchArgs {
    #[command(flatten)]
    select: SelectArgs,
    #[command(flatten)]
    timing: TimingArgs,
    /// Count instructions only: take no timings
    #[arg(long, conflicts_with = "no_instructions")]
    no_timing: bool,
    /// Time only: no callgrind runs
    #[arg(long)]
    no_instructions: bool,
    /// Write reports into DIR [default: <workspace>/reports]
    #[arg(long, value_name = "DIR")]
    reports_dir: Option<PathBuf>,
}

#[derive(Args)]
struct GateArgs {
    #[command(flatten)]
    select: SelectArgs,
    /// Also time the benchmarks (gated only if the baseline sets `timing_percent`)
    #[arg(long)]
    timing: bool,
    #[command(flatten)]
    timing_args: TimingArgs,
}

#[derive(Args)]
struct SaveArgs {
    #[command(flatten)]
    select: SelectArgs,
    /// Record instruction counts and counters only, no timing medians
    #[arg(long)]
    no_timing: bool,
    #[command(flatten)]
    timing: TimingArgs,
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
    let baseline = cli.baseline.unwrap_or_else(baseline::default_path);
    let outcome = match cli
        .command
        .unwrap_or(Command::Report(ReportArgs::default()))
    {
        Command::Check(args) => check(&args.run, args.report),
        Command::Report(args) => report(&args, &baseline),
        Command::Bench(args) => bench(&args, &baseline),
        Command::Gate(args) => gate(&args, &baseline),
        Command::Baseline(BaselineCommand::Save(args)) => save_baseline(&args, &baseline),
        Command::Bless(args) => Ok(bless(&args)),
    };
    outcome.unwrap_or_else(|code| code)
}

/// Prints `problem` as the harness's error and returns the usage exit status.
fn usage_error(problem: impl std::fmt::Display) -> ExitCode {
    eprintln!("krait-harness: {problem}");
    ExitCode::from(USAGE)
}

fn select_programs(paths: &[PathBuf]) -> Result<Vec<Program>, ExitCode> {
    let found = if paths.is_empty() {
        corpus()
    } else {
        programs_under(paths)
    };
    found.map_err(usage_error)
}

fn workers(jobs: Option<NonZeroUsize>) -> usize {
    jobs.map_or_else(default_workers, NonZeroUsize::get)
}

/// Finds (or builds) the krait binary, saying so when it builds.
fn locate_krait() -> Result<&'static Krait, ExitCode> {
    if env::var_os("KRAIT_BIN").is_none() {
        eprintln!(
            "building krait: cargo build --release -p krait --bin krait (set KRAIT_BIN to skip)"
        );
    }
    Krait::locate().map_err(usage_error)
}

fn check(args: &RunArgs, with_report: bool) -> Result<ExitCode, ExitCode> {
    let started = SystemTime::now();
    let Some(result) = conformance(args)? else {
        return Ok(ExitCode::SUCCESS);
    };
    if with_report {
        let environment = Environment::capture(started);
        let report = Report {
            environment: &environment,
            conformance: Some(&result),
            performance: None,
        };
        write_report(args.reports_dir.as_deref(), &report, started)?;
    }
    Ok(conformance_status(&result))
}

fn conformance_status(result: &SuiteResult) -> ExitCode {
    if result.tally(None).failed > 0 {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

/// Runs the conformance suite and prints its outcome; `None` when there was nothing to check.
fn conformance(args: &RunArgs) -> Result<Option<SuiteResult>, ExitCode> {
    let programs = select_programs(&args.paths)?;
    if programs.is_empty() {
        println!("no programs to check under {}", describe_paths(&args.paths));
        return Ok(None);
    }
    let krait = locate_krait()?;
    let modes = if args.modes.is_empty() {
        JitMode::CONFORMANCE.to_vec()
    } else {
        args.modes.clone()
    };
    let workers = workers(args.jobs);
    println!(
        "checking {} programs in {} with {} (implements: {}), {workers} at a time",
        programs.len(),
        names(&modes),
        krait.path.display(),
        names(&krait.modes),
    );

    let progress = Progress::new((programs.len() * modes.len()) as u64);
    let result = run_suite(programs, &modes, krait, workers, |outcome, programs| {
        progress.record(outcome, programs);
    });
    progress.finish();

    print_failures(&result);
    println!("{}", report::summary_table(&result));
    println!("{}", report::closing_line(&result));
    Ok(Some(result))
}

fn names(modes: &[JitMode]) -> String {
    modes
        .iter()
        .map(|mode| mode.name())
        .collect::<Vec<_>>()
        .join(", ")
}

/// The main job: conformance, then the benchmarks, then one report of both.
fn report(args: &ReportArgs, baseline_path: &Path) -> Result<ExitCode, ExitCode> {
    let started = SystemTime::now();
    let result = conformance(&args.run)?;
    let measured = if args.no_bench {
        None
    } else {
        let plan = plan(JitMode::MEASURED.to_vec(), true, Some(&args.timing));
        benchmarks_measured(&args.run.paths, &plan)?
    };
    let environment = Environment::capture(started);
    let compared = measured
        .as_ref()
        .map(|measurement| compare_with_baseline(measurement, baseline_path, &environment))
        .transpose()?;
    let performance =
        measured
            .as_ref()
            .zip(compared.as_ref())
            .map(|(measurement, (comparison, described))| {
                performance_of(measurement, comparison.as_ref(), described, started)
            });
    if let Some(performance) = &performance {
        print_performance(performance);
    }
    let report = Report {
        environment: &environment,
        conformance: result.as_ref(),
        performance: performance.as_ref(),
    };
    write_report(args.run.reports_dir.as_deref(), &report, started)?;
    Ok(result
        .as_ref()
        .map_or(ExitCode::SUCCESS, conformance_status))
}

/// `bench`: measure, compare with the baseline if there is one, report.
fn bench(args: &BenchArgs, baseline_path: &Path) -> Result<ExitCode, ExitCode> {
    let started = SystemTime::now();
    let timing = (!args.no_timing).then_some(&args.timing);
    let plan = plan(args.select.modes(), !args.no_instructions, timing);
    let Some(measurement) = benchmarks_measured(&args.select.paths, &plan)? else {
        return Ok(ExitCode::SUCCESS);
    };
    let environment = Environment::capture(started);
    let (comparison, described) = compare_with_baseline(&measurement, baseline_path, &environment)?;
    let performance = performance_of(&measurement, comparison.as_ref(), &described, started);
    print_performance(&performance);
    let report = Report {
        environment: &environment,
        conformance: None,
        performance: Some(&performance),
    };
    write_report(args.reports_dir.as_deref(), &report, started)?;
    Ok(ExitCode::SUCCESS)
}

/// `gate`: fresh instruction counts against the baseline; fails on a regression.
fn gate(args: &GateArgs, baseline_path: &Path) -> Result<ExitCode, ExitCode> {
    let baseline = match Baseline::load(baseline_path) {
        Ok(Some(baseline)) => baseline,
        Ok(None) => {
            return Err(usage_error(format!(
                "no baseline at {}: save one with `cargo run --release -p krait-harness -- \
                 baseline save` (or point --baseline at one)",
                baseline_path.display()
            )))
        }
        Err(problem) => return Err(usage_error(problem)),
    };
    let timing = args.timing.then_some(&args.timing_args);
    let plan = plan(args.select.modes(), true, timing);
    let Some(measurement) = benchmarks_measured(&args.select.paths, &plan)? else {
        return Ok(ExitCode::SUCCESS);
    };
    let started = SystemTime::now();
    let environment = Environment::capture(started);
    let comparison = gate::compare(&baseline, &measurement, &environment);
    let described = format!(
        "{} (measured at {})",
        baseline_path.display(),
        baseline.measured_with.commit
    );
    print_performance(&performance_of(
        &measurement,
        Some(&comparison),
        &described,
        started,
    ));
    if comparison.passed() {
        println!(
            "gate: passed ({} program-modes compared with {})",
            comparison.changes.len(),
            baseline_path.display()
        );
        Ok(ExitCode::SUCCESS)
    } else {
        println!(
            "gate: FAILED with {} regressions against {}.\n\
             If the change is meant to move these numbers, save a new baseline and commit it:\n  \
             cargo run --release -p krait-harness -- baseline save",
            comparison.of(Severity::Regression).count(),
            baseline_path.display()
        );
        Ok(ExitCode::FAILURE)
    }
}

/// `baseline save`: measure and write the baseline, keeping its thresholds.
fn save_baseline(args: &SaveArgs, baseline_path: &Path) -> Result<ExitCode, ExitCode> {
    let gate = match Baseline::load(baseline_path) {
        Ok(Some(old)) => old.gate,
        Ok(None) => GateConfig::default(),
        Err(problem) => {
            eprintln!("krait-harness: {problem}; writing a new one with the default thresholds");
            GateConfig::default()
        }
    };
    let timing = (!args.no_timing).then_some(&args.timing);
    let mut plan = plan(args.select.modes(), true, timing);
    plan.peers.clear(); // the baseline records Krait only
    let Some(measurement) = benchmarks_measured(&args.select.paths, &plan)? else {
        return Ok(ExitCode::SUCCESS);
    };
    let environment = Environment::capture(SystemTime::now());
    let baseline = Baseline::from_measurement(&measurement, &environment, gate);
    for note in &measurement.notes {
        println!("note: {note}");
    }
    let failed: Vec<String> = measurement
        .programs
        .iter()
        .flat_map(|program| {
            program.profiles.iter().filter_map(move |(mode, profile)| {
                profile
                    .as_ref()
                    .err()
                    .map(|problem| format!("{} {mode}: {problem}", program.name))
            })
        })
        .collect();
    for failure in &failed {
        println!("not recorded (the run failed, so it is not gated): {failure}");
    }
    baseline.save(baseline_path).map_err(|err| {
        eprintln!(
            "krait-harness: cannot write {}: {err}",
            baseline_path.display()
        );
        ExitCode::FAILURE
    })?;
    let entries: usize = baseline.programs.values().map(|modes| modes.len()).sum();
    println!(
        "saved {} ({entries} program-modes, measured with {} at {}); commit it",
        baseline_path.display(),
        baseline.measured_with.rustc,
        baseline.measured_with.commit
    );
    Ok(ExitCode::SUCCESS)
}

/// The plan of a measurement run.
fn plan(modes: Vec<JitMode>, instructions: bool, timing: Option<&TimingArgs>) -> Plan {
    Plan {
        modes,
        instructions,
        timing: timing.map(TimingArgs::plan),
        peers: timing.map(TimingArgs::peers).unwrap_or_default(),
        callgrind_dir: target_dir().join("krait-harness").join("callgrind"),
    }
}

/// Selects the benchmarks under `paths` and measures them, one line per
/// measurement; `None` when there are none.
fn benchmarks_measured(paths: &[PathBuf], plan: &Plan) -> Result<Option<Measurement>, ExitCode> {
    let benchmarks: Vec<Benchmark> = bench::select(select_programs(paths)?).map_err(usage_error)?;
    if benchmarks.is_empty() {
        println!("no benchmarks under {}", describe_paths(paths));
        return Ok(None);
    }
    let krait = locate_krait()?;
    let what = match (plan.instructions, plan.timing) {
        (true, Some(timing)) => format!(
            "instruction counts (small size) and timings ({} runs after {} warm-up, {} size)",
            timing.runs, timing.warmup, timing.size
        ),
        (true, None) => "instruction counts (small size)".to_owned(),
        (false, Some(timing)) => format!(
            "timings ({} runs after {} warm-up, {} size)",
            timing.runs, timing.warmup, timing.size
        ),
        (false, None) => "nothing".to_owned(),
    };
    println!(
        "measuring {} benchmarks in {} with {}: {what}",
        benchmarks.len(),
        names(&plan.modes),
        krait.path.display()
    );
    let measurement = measure(krait, &benchmarks, plan, |line| println!("{line}"));
    Ok(Some(measurement))
}

/// Compares with the baseline at `path` if there is one; also describes which baseline it was.
fn compare_with_baseline(
    measurement: &Measurement,
    path: &Path,
    environment: &Environment,
) -> Result<(Option<Comparison>, String), ExitCode> {
    match Baseline::load(path) {
        Ok(Some(baseline)) => Ok((
            measurement
                .instructions
                .then(|| gate::compare(&baseline, measurement, environment)),
            format!(
                "`{}`, measured at {} with {} on {}",
                path.display(),
                baseline.measured_with.commit,
                baseline.measured_with.rustc,
                baseline.measured_with.cpu
            ),
        )),
        Ok(None) => Ok((
            None,
            format!(
                "none at `{}` (save one with `krait-harness baseline save`)",
                path.display()
            ),
        )),
        Err(problem) => Err(usage_error(problem)),
    }
}

fn performance_of<'a>(
    measurement: &'a Measurement,
    comparison: Option<&'a Comparison>,
    described: &str,
    started: SystemTime,
) -> Performance<'a> {
    Performance {
        measurement,
        comparison,
        baseline: described.to_owned(),
        chart_file: performance::speedup_chart(measurement)
            .is_some()
            .then(|| report::chart_file_name(started)),
    }
}

/// The terminal view of a measurement: findings, then the table, then the headline.
fn print_performance(performance: &Performance) {
    println!();
    if let Some(comparison) = performance.comparison {
        if let Some(stale) = &comparison.stale {
            println!("WARNING: {stale}");
        }
        for finding in &comparison.findings {
            let label = match finding.severity {
                Severity::Regression => "REGRESSION",
                Severity::Improvement => "improvement",
                Severity::Note => "note",
            };
            println!("{label:<11} {}", finding.message);
        }
    }
    for note in &performance.measurement.notes {
        println!("skipped     {note}");
    }
    let mut table = performance::table(performance).build();
    table.with(tabled::settings::Style::rounded());
    println!("{table}");
    for line in performance::summary_lines(performance) {
        println!("{}", line.replace("**", ""));
    }
}

/// Writes the report (and the speedup chart it links, if any) and says where.
fn write_report(dir: Option<&Path>, report: &Report, started: SystemTime) -> Result<(), ExitCode> {
    let dir = dir.map_or_else(report::default_reports_dir, Path::to_path_buf);
    let fail = |err: std::io::Error| {
        eprintln!(
            "krait-harness: cannot write the report into {}: {err}",
            dir.display()
        );
        ExitCode::FAILURE
    };
    if let Some(performance) = report.performance {
        if let Some(chart) = performance::speedup_chart(performance.measurement) {
            report::write_chart(&dir, &chart.to_svg(), started).map_err(fail)?;
        }
    }
    let path = report::write_report(&dir, &report::markdown(report), started).map_err(fail)?;
    println!(
        "report: {} (also {})",
        path.display(),
        dir.join("latest.md").display()
    );
    Ok(())
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
