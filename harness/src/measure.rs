//! Measuring the benchmarks: instruction counts and counters (one callgrind
//! run per program and mode, at the small size) and wall-clock timings
//! (several runs after a warm-up, Krait's modes and the peers interleaved).
//!
//! Interleaving: for each program, every round runs each engine once (`off`,
//! `on`, …, CPython, PyPy) before the next round starts, so a slow minute of a
//! shared machine slows every engine alike and their ratios stay honest.
//!
//! Architecture invariant: this module produces a [`Measurement`] and never
//! reads a baseline; comparing is [`crate::gate`]'s job.

use std::collections::BTreeMap;
use std::fmt;
use std::path::PathBuf;
use std::process::Command;

use crate::bench::{Benchmark, Size};
use crate::callgrind::{self, Invocation, Profile};
use crate::conform::unsupported_reason;
use crate::counters;
use crate::mode::JitMode;
use crate::peer::{Peer, PeerKind};
use crate::run::{last_nonempty_line, run_captured, Ending, Krait};
use crate::stats::Spread;

/// Something that runs a program and is timed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Engine {
    /// `krait --jit MODE`.
    Krait(JitMode),
    /// A peer implementation.
    Peer(PeerKind),
}

impl fmt::Display for Engine {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Engine::Krait(mode) => write!(f, "{mode}"),
            Engine::Peer(kind) => write!(f, "{kind}"),
        }
    }
}

/// How wall-clock timings are taken.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TimingPlan {
    /// Untimed runs per engine and program before the timed ones.
    pub warmup: usize,
    /// Timed runs per engine and program.
    pub runs: usize,
    /// The input size of timed runs.
    pub size: Size,
}

impl Default for TimingPlan {
    fn default() -> TimingPlan {
        TimingPlan {
            warmup: 1,
            runs: 5,
            size: Size::Full,
        }
    }
}

/// What to measure.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Plan {
    /// Krait's modes; those the binary does not implement are skipped with a note.
    pub modes: Vec<JitMode>,
    /// Whether to count instructions (and read counters) under callgrind.
    pub instructions: bool,
    /// Whether and how to time.
    pub timing: Option<TimingPlan>,
    /// Peers to time as well; those not installed are skipped with a note.
    pub peers: Vec<PeerKind>,
    /// Where callgrind's output files are kept.
    pub callgrind_dir: PathBuf,
}

/// Everything measured about one benchmark.
#[derive(Clone, Debug, PartialEq)]
pub struct ProgramMeasurement {
    /// The program's name, e.g. `corpus/bench/fib_recursive.py`.
    pub name: String,
    /// The arguments of the instruction-count runs (the small size).
    pub small_args: Vec<String>,
    /// Instruction counts and counters by mode; `Err` says why a run failed.
    pub profiles: BTreeMap<JitMode, Result<Profile, String>>,
    /// Timings by engine; `Err` says why a run failed.
    pub timings: BTreeMap<Engine, Result<Spread, String>>,
    /// Each compilation's time and size, by JIT mode, from untimed `--stats` runs at
    /// the timing size (taken with the timings); `Err` says why a run failed.
    pub compilations: BTreeMap<JitMode, Result<Compilations, String>>,
}

/// The compilations of a `--stats` run, in order (or of several runs:
/// [`Compilations::median_of`]).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Compilations {
    /// Each compilation's time in milliseconds.
    pub times_ms: Vec<f64>,
    /// Each compilation's size in Cranelift IR instructions (empty from a Krait
    /// that does not print them).
    pub ir_insts: Vec<u64>,
}

impl Compilations {
    /// One list of the compilations of several runs: where every run made the same
    /// compilations (their count and sizes agree), each one's median time (the upper
    /// one of an even count); else all of them, pooled.
    pub fn median_of(runs: Vec<Compilations>) -> Compilations {
        let Some(first) = runs.first() else {
            return Compilations::default();
        };
        let same = runs
            .iter()
            .all(|r| r.times_ms.len() == first.times_ms.len() && r.ir_insts == first.ir_insts);
        if !same {
            return Compilations {
                times_ms: runs
                    .iter()
                    .flat_map(|r| r.times_ms.iter().copied())
                    .collect(),
                ir_insts: if runs.iter().all(Compilations::sized) {
                    runs.iter()
                        .flat_map(|r| r.ir_insts.iter().copied())
                        .collect()
                } else {
                    Vec::new()
                },
            };
        }
        let times_ms = (0..first.times_ms.len())
            .map(|i| {
                let mut times: Vec<f64> = runs.iter().map(|r| r.times_ms[i]).collect();
                times.sort_by(f64::total_cmp);
                times[times.len() / 2]
            })
            .collect();
        Compilations {
            times_ms,
            ir_insts: first.ir_insts.clone(),
        }
    }

    /// Whether every compilation has its size (not so from an older Krait, or when
    /// compilations of several runs are pooled and one of them lacks sizes).
    fn sized(&self) -> bool {
        !self.ir_insts.is_empty() && self.ir_insts.len() == self.times_ms.len()
    }

    /// The median size (the upper one of an even count), if every compilation has one.
    pub fn median_ir_insts(&self) -> Option<u64> {
        let mut sorted = self.ir_insts.clone();
        sorted.sort_unstable();
        self.sized().then(|| sorted[sorted.len() / 2])
    }

    /// Microseconds of compile time per IR instruction over all the compilations.
    pub fn us_per_ir_inst(&self) -> Option<f64> {
        let insts: u64 = self.ir_insts.iter().sum();
        (self.sized() && insts > 0)
            .then(|| self.times_ms.iter().sum::<f64>() * 1000.0 / insts as f64)
    }
}

impl ProgramMeasurement {
    /// The successful profile in `mode`.
    pub fn profile(&self, mode: JitMode) -> Option<&Profile> {
        self.profiles.get(&mode)?.as_ref().ok()
    }

    /// The successful timing of `engine`.
    pub fn timing(&self, engine: Engine) -> Option<&Spread> {
        self.timings.get(&engine)?.as_ref().ok()
    }

    /// `numerator`'s median time over `denominator`'s, when both ran.
    pub fn time_ratio(&self, numerator: Engine, denominator: Engine) -> Option<f64> {
        let (top, bottom) = (self.timing(numerator)?, self.timing(denominator)?);
        (bottom.median_ms > 0.0).then(|| top.median_ms / bottom.median_ms)
    }
}

/// The result of measuring a set of benchmarks.
#[derive(Clone, Debug, PartialEq)]
pub struct Measurement {
    /// The Krait modes measured (implemented and requested).
    pub modes: Vec<JitMode>,
    /// The peers that were found and timed.
    pub peers: Vec<Peer>,
    /// How timings were taken, if they were.
    pub timing: Option<TimingPlan>,
    /// Whether instruction counts were taken.
    pub instructions: bool,
    /// What was skipped and why (unimplemented modes, missing peers).
    pub notes: Vec<String>,
    /// One entry per benchmark, in order.
    pub programs: Vec<ProgramMeasurement>,
}

impl Measurement {
    /// Every engine timed, Krait's modes first.
    pub fn engines(&self) -> Vec<Engine> {
        self.modes
            .iter()
            .map(|&mode| Engine::Krait(mode))
            .chain(self.peers.iter().map(|peer| Engine::Peer(peer.kind)))
            .collect()
    }

    /// The mode that stands for "Krait" in headline ratios: `on` when measured
    /// (what users get by default), else the first measured mode.
    pub fn headline_mode(&self) -> Option<JitMode> {
        if self.modes.contains(&JitMode::On) {
            Some(JitMode::On)
        } else {
            self.modes.first().copied()
        }
    }
}

/// Measures `benchmarks` with `krait` as `plan` says, calling `progress` with
/// one line per measurement.
pub fn measure(
    krait: &Krait,
    benchmarks: &[Benchmark],
    plan: &Plan,
    mut progress: impl FnMut(&str),
) -> Measurement {
    let mut notes = Vec::new();
    let mut modes = Vec::new();
    for &mode in &plan.modes {
        if krait.supports(mode) {
            modes.push(mode);
        } else {
            notes.push(format!(
                "mode {mode} skipped: {}",
                unsupported_reason(mode, krait)
            ));
        }
    }
    let mut peers = Vec::new();
    if plan.timing.is_some() {
        for &kind in &plan.peers {
            match Peer::find(kind) {
                Ok(peer) => peers.push(peer),
                Err(note) => notes.push(note),
            }
        }
    }
    let mut measurement = Measurement {
        modes,
        peers,
        timing: plan.timing,
        instructions: plan.instructions,
        notes,
        programs: Vec::new(),
    };
    for benchmark in benchmarks {
        let mut program = ProgramMeasurement {
            name: benchmark.name().to_owned(),
            small_args: benchmark.args(Size::Small).to_vec(),
            profiles: BTreeMap::new(),
            timings: BTreeMap::new(),
            compilations: BTreeMap::new(),
        };
        if plan.instructions {
            for &mode in &measurement.modes {
                let profile = count_instructions(krait, mode, benchmark, plan);
                progress(&match &profile {
                    Ok(profile) => format!(
                        "instructions {} {mode}: {} Ir",
                        benchmark.name(),
                        thousands(profile.instructions)
                    ),
                    Err(problem) => {
                        format!(
                            "instructions {} {mode}: FAILED: {problem}",
                            benchmark.name()
                        )
                    }
                });
                program.profiles.insert(mode, profile);
            }
        }
        if let Some(timing) = plan.timing {
            program.timings = time_interleaved(
                krait,
                &measurement.engines(),
                &measurement.peers,
                benchmark,
                timing,
                &mut progress,
            );
            for &mode in measurement.modes.iter().filter(|&&m| m != JitMode::Off) {
                let compiled = compilations(krait, mode, benchmark, timing.size);
                progress(&match &compiled {
                    Ok(c) => format!(
                        "compile times {} {mode}: {} compilations, median {}",
                        benchmark.name(),
                        c.times_ms.len(),
                        Spread::of(&c.times_ms)
                            .map_or("—".to_owned(), |s| format!("{:.2} ms", s.median_ms))
                    ),
                    Err(problem) => {
                        format!(
                            "compile times {} {mode}: FAILED: {problem}",
                            benchmark.name()
                        )
                    }
                });
                program.compilations.insert(mode, compiled);
            }
        }
        measurement.programs.push(program);
    }
    measurement
}

fn count_instructions(
    krait: &Krait,
    mode: JitMode,
    benchmark: &Benchmark,
    plan: &Plan,
) -> Result<Profile, String> {
    let timeout = benchmark.program.timeout(&benchmark.directives)?;
    let out_file = callgrind::out_file(&plan.callgrind_dir, benchmark, mode);
    callgrind::count(&Invocation::new(krait, mode, benchmark), &out_file, timeout)
}

fn time_interleaved(
    krait: &Krait,
    engines: &[Engine],
    peers: &[Peer],
    benchmark: &Benchmark,
    plan: TimingPlan,
    progress: &mut impl FnMut(&str),
) -> BTreeMap<Engine, Result<Spread, String>> {
    let mut samples: BTreeMap<Engine, Vec<f64>> = BTreeMap::new();
    let mut failures: BTreeMap<Engine, String> = BTreeMap::new();
    let rounds = plan.warmup + plan.runs;
    for round in 0..rounds {
        for &engine in engines {
            if failures.contains_key(&engine) {
                continue;
            }
            let which = if round < plan.warmup {
                "warm-up".to_owned()
            } else {
                format!("run {}/{}", round - plan.warmup + 1, plan.runs)
            };
            match time_once(krait, engine, peers, benchmark, plan.size) {
                Ok(millis) => {
                    progress(&format!(
                        "time {} {engine} {which}: {millis:.1} ms",
                        benchmark.name()
                    ));
                    if round >= plan.warmup {
                        samples.entry(engine).or_default().push(millis);
                    }
                }
                Err(problem) => {
                    progress(&format!(
                        "time {} {engine} {which}: FAILED: {problem}",
                        benchmark.name()
                    ));
                    failures.insert(engine, problem);
                }
            }
        }
    }
    engines
        .iter()
        .map(|&engine| {
            let result = match failures.remove(&engine) {
                Some(problem) => Err(problem),
                None => Spread::of(samples.get(&engine).map_or(&[][..], Vec::as_slice))
                    .ok_or_else(|| "no timed runs".to_owned()),
            };
            (engine, result)
        })
        .collect()
}

/// How many untimed `--stats` runs [`compilations`] takes each compilation's time
/// from.
pub const COMPILE_TIME_RUNS: usize = 3;

/// The JIT's compilations (times and sizes) in `benchmark` at `size` in `mode`: each
/// compilation's median time over [`COMPILE_TIME_RUNS`] untimed `--stats
/// --no-coverage` runs (tiering is deterministic, so every run makes the same
/// compilations; if they differ, the runs' compilations are pooled instead). The
/// coverage counting of a plain `--stats` run would make the compiled code larger
/// than that of a normal run, and its compile times longer.
fn compilations(
    krait: &Krait,
    mode: JitMode,
    benchmark: &Benchmark,
    size: Size,
) -> Result<Compilations, String> {
    let runs = (0..COMPILE_TIME_RUNS)
        .map(|_| compilations_once(krait, mode, benchmark, size))
        .collect::<Result<Vec<_>, _>>()?;
    Ok(Compilations::median_of(runs))
}

/// The compilations of one untimed `--stats --no-coverage` run (plain `--stats`
/// for a Krait without that option).
fn compilations_once(
    krait: &Krait,
    mode: JitMode,
    benchmark: &Benchmark,
    size: Size,
) -> Result<Compilations, String> {
    let directives = benchmark.directives_at(size);
    let timeout = benchmark.program.timeout(&benchmark.directives)?;
    let mut command = krait.command_with_stats(mode, &benchmark.program, &directives, false);
    let mut run = run_captured(command, timeout).map_err(|err| format!("cannot run: {err}"))?;
    if run.ending == Ending::Exited(2) && run.stderr.contains("'--no-coverage'") {
        command = krait.command_with_stats(mode, &benchmark.program, &directives, true);
        run = run_captured(command, timeout).map_err(|err| format!("cannot run: {err}"))?;
    }
    match run.ending {
        Ending::Exited(0) => Ok(Compilations {
            times_ms: counters::compile_times_ms(&run.stderr)
                .ok_or_else(|| "krait --stats printed no compile_times_ms".to_owned())?,
            ir_insts: counters::compile_ir_insts(&run.stderr).unwrap_or_default(),
        }),
        Ending::Exited(code) => Err(format!("exit code {code}")),
        Ending::Signaled(signal) => Err(format!("killed by signal {signal}")),
        Ending::TimedOut(limit) => Err(format!("timed out after {}s", limit.as_secs_f64())),
    }
}

/// One timed run in milliseconds; a run that does not exit 0 is an error.
fn time_once(
    krait: &Krait,
    engine: Engine,
    peers: &[Peer],
    benchmark: &Benchmark,
    size: Size,
) -> Result<f64, String> {
    let command: Command = match engine {
        Engine::Krait(mode) => {
            krait.command(mode, &benchmark.program, &benchmark.directives_at(size))
        }
        Engine::Peer(kind) => peers
            .iter()
            .find(|peer| peer.kind == kind)
            .ok_or_else(|| format!("{kind} is not installed"))?
            .command(benchmark, size),
    };
    let timeout = benchmark.program.timeout(&benchmark.directives)?;
    let run = run_captured(command, timeout).map_err(|err| format!("cannot run: {err}"))?;
    match run.ending {
        Ending::Exited(0) => Ok(run.elapsed.as_secs_f64() * 1000.0),
        Ending::Exited(code) => Err(format!(
            "exit code {code}: {}",
            last_nonempty_line(&run.stderr).unwrap_or("no stderr")
        )),
        Ending::Signaled(signal) => Err(format!("killed by signal {signal}")),
        Ending::TimedOut(limit) => Err(format!(
            "timed out after {}s (raise its `# krait-timeout:`)",
            limit.as_secs_f64()
        )),
    }
}

/// `109277790` → `109,277,790`.
pub fn thousands(number: u64) -> String {
    let digits = number.to_string();
    let mut out = String::new();
    for (index, digit) in digits.chars().enumerate() {
        if index > 0 && (digits.len() - index).is_multiple_of(3) {
            out.push(',');
        }
        out.push(digit);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn thousands_separators() {
        assert_eq!(thousands(0), "0");
        assert_eq!(thousands(999), "999");
        assert_eq!(thousands(1000), "1,000");
        assert_eq!(thousands(109_277_790), "109,277,790");
    }

    fn compiled(times_ms: &[f64], ir_insts: &[u64]) -> Compilations {
        Compilations {
            times_ms: times_ms.to_vec(),
            ir_insts: ir_insts.to_vec(),
        }
    }

    #[test]
    fn compilations_of_runs_take_each_ones_median() {
        let runs = vec![
            compiled(&[1.0, 9.0], &[100, 300]),
            compiled(&[3.0, 2.0], &[100, 300]),
            compiled(&[2.0, 4.0], &[100, 300]),
        ];
        assert_eq!(
            Compilations::median_of(runs),
            compiled(&[2.0, 4.0], &[100, 300])
        );
        // Runs that compiled differently are pooled.
        let runs = vec![compiled(&[1.0], &[100]), compiled(&[3.0, 2.0], &[100, 300])];
        assert_eq!(
            Compilations::median_of(runs),
            compiled(&[1.0, 3.0, 2.0], &[100, 100, 300])
        );
        // Sizes are kept only when every run has them.
        let runs = vec![compiled(&[1.0], &[]), compiled(&[3.0, 2.0], &[100, 300])];
        assert_eq!(
            Compilations::median_of(runs),
            compiled(&[1.0, 3.0, 2.0], &[])
        );
        assert_eq!(Compilations::median_of(vec![]), Compilations::default());
    }

    #[test]
    fn headline_mode_prefers_on() {
        let mut measurement = Measurement {
            modes: vec![JitMode::Off],
            peers: vec![],
            timing: None,
            instructions: true,
            notes: vec![],
            programs: vec![],
        };
        assert_eq!(measurement.headline_mode(), Some(JitMode::Off));
        measurement.modes = vec![JitMode::Off, JitMode::On];
        assert_eq!(measurement.headline_mode(), Some(JitMode::On));
        assert_eq!(
            measurement.engines(),
            [Engine::Krait(JitMode::Off), Engine::Krait(JitMode::On)]
        );
    }
}
