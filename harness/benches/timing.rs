//! Wall-clock timings of the benchmarks with criterion (`cargo bench --bench timing`).
//!
//! Each benchmark program in each implemented mode is one criterion benchmark
//! timing a whole `krait --jit MODE FILE ARGS` process. They run at the small
//! size so that criterion's many iterations stay quick; set
//! `KRAIT_BENCH_SIZE=full` for the programs' full default size (each sample is
//! then seconds long). The harness (`krait-harness bench`) takes its own,
//! interleaved timings with CPython and PyPy alongside; this target is for
//! criterion's statistics and its history between runs.

use std::env;
use std::process::Stdio;
use std::time::Duration;

use criterion::{criterion_group, criterion_main, Criterion};
use krait_harness::bench::{self, Size};
use krait_harness::discover::corpus;
use krait_harness::mode::JitMode;
use krait_harness::run::Krait;

fn size() -> Size {
    match env::var("KRAIT_BENCH_SIZE").as_deref() {
        Ok("full") => Size::Full,
        Ok("small") | Err(_) => Size::Small,
        Ok(other) => panic!("KRAIT_BENCH_SIZE={other}: write `small` or `full`"),
    }
}

fn programs(c: &mut Criterion) {
    let krait = Krait::locate().unwrap_or_else(|problem| panic!("{problem}"));
    let programs = corpus().unwrap_or_else(|err| panic!("{err}"));
    let benchmarks = bench::select(programs).unwrap_or_else(|err| panic!("{err}"));
    let size = size();
    let mut group = c.benchmark_group("krait");
    group
        .sample_size(10)
        .warm_up_time(Duration::from_millis(500));
    for benchmark in &benchmarks {
        let stem = benchmark.program.file_name().trim_end_matches(".py");
        let directives = benchmark.directives_at(size);
        for mode in JitMode::MEASURED
            .into_iter()
            .filter(|&mode| krait.supports(mode))
        {
            let run = || {
                krait
                    .command(mode, &benchmark.program, &directives)
                    .stdin(Stdio::null())
                    .stdout(Stdio::null())
                    .stderr(Stdio::null())
                    .status()
                    .is_ok_and(|status| status.success())
            };
            if !run() {
                eprintln!(
                    "note: {} fails in mode {mode}; not benchmarked",
                    benchmark.name()
                );
                continue;
            }
            group.bench_function(format!("{stem}/{mode}"), |b| b.iter(run));
        }
    }
    group.finish();
}

criterion_group!(benches, programs);
criterion_main!(benches);
