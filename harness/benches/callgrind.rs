//! Instruction counts of the benchmarks with gungraun (`cargo bench --bench callgrind`).
//!
//! One binary benchmark per (benchmark program, implemented mode), running the
//! very [`Invocation`] the harness counts for its gate and report: the krait
//! binary with `--jit MODE --stats FILE SMALL_ARGS` in the program's directory,
//! with an empty environment except `PYTHONHASHSEED=0`. Gungraun's `Ir` is
//! therefore the harness's instruction count (docs/performance.md says why the
//! gate runs callgrind itself rather than reading gungraun's files).
//!
//! Needs the `gungraun-runner` binary of the same version as the `gungraun`
//! crate: `ci/install-tools` installs it. Programs that fail at their small
//! size are left out with a note (the gate reports them).

use std::process::{Command, Stdio};

use gungraun::{
    binary_benchmark_group, main, Bench, BinaryBenchmark, BinaryBenchmarkConfig,
    BinaryBenchmarkGroup, Callgrind,
};
use krait_harness::bench::{self, Benchmark};
use krait_harness::callgrind::{Invocation, CALLGRIND_OPTIONS, ENVIRONMENT};
use krait_harness::discover::corpus;
use krait_harness::mode::JitMode;
use krait_harness::run::Krait;

/// The benchmarks and modes to count: those that run to completion at their small size.
fn invocations() -> Vec<(String, Invocation)> {
    let krait = Krait::locate().unwrap_or_else(|problem| panic!("{problem}"));
    let programs = corpus().unwrap_or_else(|err| panic!("{err}"));
    let benchmarks: Vec<Benchmark> = bench::select(programs).unwrap_or_else(|err| panic!("{err}"));
    let mut invocations = Vec::new();
    for benchmark in &benchmarks {
        for mode in JitMode::MEASURED
            .into_iter()
            .filter(|&mode| krait.supports(mode))
        {
            let invocation = Invocation::new(krait, mode, benchmark);
            let stem = benchmark.program.file_name().trim_end_matches(".py");
            if runs_cleanly(&invocation) {
                invocations.push((format!("{stem}_{mode}"), invocation));
            } else {
                eprintln!(
                    "note: {} fails in mode {mode}; not benchmarked",
                    benchmark.name()
                );
            }
        }
    }
    invocations
}

fn runs_cleanly(invocation: &Invocation) -> bool {
    Command::new(&invocation.executable)
        .args(&invocation.args)
        .current_dir(&invocation.dir)
        .env_clear()
        .envs(ENVIRONMENT)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|status| status.success())
}

fn add_benchmarks(group: &mut BinaryBenchmarkGroup) {
    let mut krait = BinaryBenchmark::new("krait");
    for (id, invocation) in invocations() {
        let mut command = gungraun::Command::new(&invocation.executable);
        command
            .args(&invocation.args)
            .current_dir(&invocation.dir)
            .envs(ENVIRONMENT);
        krait.bench(Bench::new(id).command(command.build()));
    }
    group.binary_benchmark(krait);
}

binary_benchmark_group!(
    name = krait_programs;
    benchmarks = |group: &mut BinaryBenchmarkGroup| add_benchmarks(group)
);

main!(
    config = BinaryBenchmarkConfig::default()
        .env_clear(true)
        .tool(Callgrind::with_args(CALLGRIND_OPTIONS));
    binary_benchmark_groups = krait_programs
);
