//! The performance part of a report: headline ratios, regressions and
//! improvements against the baseline, the per-program table and the speedup
//! chart.
//!
//! Architecture invariant: formats a [`Measurement`] and its [`Comparison`];
//! measures and judges nothing itself.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use tabled::builder::Builder;
use tabled::settings::Style;

use super::escape_cell;
use crate::chart::{Chart, Group};
use crate::counters;
use crate::gate::{Comparison, Severity};
use crate::measure::{thousands, Compilations, Engine, Measurement, ProgramMeasurement};
use crate::mode::JitMode;
use crate::peer::PeerKind;
use crate::stats::{geomean, Spread};

/// The counters shown first in the table.
const SHOWN_COUNTERS: [&str; 4] = [
    "instructions_interpreted",
    "calls",
    "objects_allocated",
    "gc_collections",
];

/// Everything the performance part of a report shows.
#[derive(Clone, Debug)]
pub struct Performance<'a> {
    /// The fresh numbers.
    pub measurement: &'a Measurement,
    /// Their comparison with the baseline, when there is one.
    pub comparison: Option<&'a Comparison>,
    /// Which baseline was compared with, or why none was.
    pub baseline: String,
    /// The file name of the speedup chart beside the report, if one was written.
    pub chart_file: Option<String>,
}

/// The geomean over programs of `numerator`'s median time over `denominator`'s,
/// and how many programs it covers.
pub fn geomean_time_ratio(
    measurement: &Measurement,
    numerator: Engine,
    denominator: Engine,
) -> Option<(f64, usize)> {
    let ratios: Vec<f64> = measurement
        .programs
        .iter()
        .filter_map(|program| program.time_ratio(numerator, denominator))
        .collect();
    geomean(ratios.iter().copied()).map(|mean| (mean, ratios.len()))
}

/// The headline lines of the summary, one fact each.
pub fn summary_lines(performance: &Performance) -> Vec<String> {
    let measurement = performance.measurement;
    let mut lines = Vec::new();
    let covered = |count: usize| format!("geomean over {count} programs");
    if measurement.timing.is_some() {
        for &mode in measurement
            .modes
            .iter()
            .filter(|&&mode| mode != JitMode::Off)
        {
            if let Some((ratio, count)) = geomean_time_ratio(
                measurement,
                Engine::Krait(mode),
                Engine::Krait(JitMode::Off),
            ) {
                lines.push(format!(
                    "JIT `{mode}` / interpreter `off` time: **{ratio:.3}** ({:.2}× speedup; {})",
                    1.0 / ratio,
                    covered(count)
                ));
            }
        }
        if !measurement.modes.contains(&JitMode::On) {
            lines.push(
                "JIT `on` / interpreter: not measured (this krait does not implement `--jit on`)"
                    .to_owned(),
            );
        }
        for peer in PeerKind::ALL {
            let timed = measurement.peers.iter().any(|found| found.kind == peer);
            for &mode in &measurement.modes {
                if !timed {
                    continue;
                }
                match geomean_time_ratio(measurement, Engine::Krait(mode), Engine::Peer(peer)) {
                    Some((ratio, count)) => lines.push(format!(
                        "Krait `{mode}` / {peer} time: **{ratio:.3}** ({}; below 1 is faster than {peer})",
                        covered(count)
                    )),
                    None => lines.push(format!(
                        "Krait `{mode}` / {peer} time: no program ran under both"
                    )),
                }
            }
            if !timed {
                lines.push(format!(
                    "Krait / {peer}: not measured ({} not installed)",
                    peer.executable()
                ));
            }
        }
        for (mode, all, programs) in compilations_by_mode(measurement) {
            if let Some(spread) = Spread::of(&all.times_ms) {
                let size = match (all.median_ir_insts(), all.us_per_ir_inst()) {
                    (Some(median), Some(us)) => format!(
                        "; median size {median} IR instructions, {us:.1} µs per IR instruction"
                    ),
                    _ => String::new(),
                };
                lines.push(format!(
                    "JIT `{mode}` compile time: median **{:.2} ms** per compilation ({} compilations in {programs} programs; longest {:.1} ms{size})",
                    spread.median_ms,
                    all.times_ms.len(),
                    spread.max_ms
                ));
            }
        }
    } else {
        lines.push("Timings: not taken in this run (instruction counts only)".to_owned());
    }
    match performance.comparison {
        Some(comparison) => {
            if let Some(ratio) = comparison.geomean_ratio {
                lines.push(format!(
                    "Instruction counts vs baseline: **{:+.2} %** geomean over {} program-modes",
                    (ratio - 1.0) * 100.0,
                    comparison.changes.len()
                ));
            }
            lines.push(format!(
                "Gate: **{}** ({} regressions, {} improvements)",
                if comparison.passed() { "pass" } else { "FAIL" },
                comparison.of(Severity::Regression).count(),
                comparison.of(Severity::Improvement).count()
            ));
        }
        None => lines.push(format!("Gate: not run ({})", performance.baseline)),
    }
    lines
}

/// The markdown sections: findings first, then the table, the chart and notes.
pub fn sections(performance: &Performance) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "## Regressions and improvements\n");
    let _ = writeln!(out, "Baseline: {}\n", escape_cell(&performance.baseline));
    match performance.comparison {
        Some(comparison) => {
            if let Some(stale) = &comparison.stale {
                let _ = writeln!(out, "> **Warning:** {stale}\n");
            }
            let mut any = false;
            for (severity, heading) in [
                (Severity::Regression, "Regression"),
                (Severity::Improvement, "Improvement"),
            ] {
                for finding in comparison.of(severity) {
                    any = true;
                    let _ = writeln!(out, "- **{heading}:** {}", finding.message);
                }
            }
            if !any {
                let _ = writeln!(out, "None past the thresholds.");
            }
            let notes: Vec<_> = comparison.of(Severity::Note).collect();
            if !notes.is_empty() {
                let _ = writeln!(out, "\nNot compared:\n");
                for note in notes {
                    let _ = writeln!(out, "- {}", note.message);
                }
            }
        }
        None => {
            let _ = writeln!(out, "No comparison.");
        }
    }

    let _ = writeln!(out, "\n## Benchmarks\n");
    let measurement = performance.measurement;
    if let Some(plan) = measurement.timing {
        let _ = writeln!(
            out,
            "Times: median of {} runs after {} warm-up at the {} size, engines interleaved; \
             ratios are time over time (below 1 is faster).",
            plan.runs, plan.warmup, plan.size
        );
    }
    if measurement.instructions {
        let _ = writeln!(
            out,
            "Instructions and counters: one callgrind run of `krait --stats` at the small size (`# krait-args:`).\n"
        );
    }
    let mut table = table(performance).build();
    table.with(Style::markdown());
    let _ = writeln!(out, "{table}\n");
    if let Some(chart) = &performance.chart_file {
        let _ = writeln!(out, "![Speedups over CPython]({chart})\n");
    }
    out.push_str(&compile_time_table(measurement));
    out.push_str(&opcode_profile(measurement));
    if !measurement.notes.is_empty() {
        let _ = writeln!(out, "Skipped:\n");
        for note in &measurement.notes {
            let _ = writeln!(out, "- {}", escape_cell(note));
        }
        out.push('\n');
    }
    out
}

/// Every compilation of each JIT mode over all programs, and how many programs they
/// come from (sizes count only if every program has them: see `Compilations`).
fn compilations_by_mode(measurement: &Measurement) -> Vec<(JitMode, Compilations, usize)> {
    let mut by_mode: BTreeMap<JitMode, (Compilations, usize)> = BTreeMap::new();
    for program in &measurement.programs {
        for (&mode, compiled) in &program.compilations {
            if let Ok(compiled) = compiled {
                let (all, programs) = by_mode.entry(mode).or_default();
                all.times_ms.extend(&compiled.times_ms);
                all.ir_insts.extend(&compiled.ir_insts);
                *programs += 1;
            }
        }
    }
    by_mode
        .into_iter()
        .map(|(mode, (all, programs))| (mode, all, programs))
        .collect()
}

/// The JIT compile-time section: per program and mode, how many compilations, how
/// long they took and how large they were (untimed `--stats --no-coverage` runs at the
/// timing size).
fn compile_time_table(measurement: &Measurement) -> String {
    let rows: Vec<_> = measurement
        .programs
        .iter()
        .flat_map(|program| {
            program
                .compilations
                .iter()
                .map(move |(mode, compiled)| (program, mode, compiled))
        })
        .collect();
    if rows.is_empty() {
        return String::new();
    }
    let mut out = format!(
        "## JIT compile time

Each compilation (a function, or a loop entered by OSR, or a recompilation) timed by the VM: its median over {runs} untimed `--stats --no-coverage` runs at the timing size (compiled code that does not count its instructions, as in a run without `--stats`): Cranelift's pipeline plus Krait's analysis and translation. Its size is the number of Cranelift IR instructions the translation made; Cranelift's time follows it (`docs/jit.md`).

| program | mode | compilations | median ms | max ms | total ms | median IR instructions | µs per IR instruction |
|---|---|---:|---:|---:|---:|---:|---:|
",
        runs = crate::measure::COMPILE_TIME_RUNS,
    );
    for (program, mode, compiled) in rows {
        let cells = match compiled {
            Ok(c) => {
                let size = match (c.median_ir_insts(), c.us_per_ir_inst()) {
                    (Some(median), Some(us)) => format!("{median} | {us:.2}"),
                    _ => "— | —".to_owned(),
                };
                match Spread::of(&c.times_ms) {
                    Some(spread) => format!(
                        "{} | {:.2} | {:.2} | {:.1} | {size}",
                        c.times_ms.len(),
                        spread.median_ms,
                        spread.max_ms,
                        c.times_ms.iter().sum::<f64>()
                    ),
                    None => "0 | — | — | 0 | — | —".to_owned(),
                }
            }
            Err(problem) => format!("FAILED: {} | | | | |", escape_cell(problem)),
        };
        let _ = writeln!(out, "| `{}` | {mode} | {cells} |", program.name);
    }
    out.push('\n');
    out
}

/// The interpreter's opcode profile summed over the benchmarks (mode `off`, small
/// size): the most executed adjacent pairs — candidates for superinstructions — and
/// how often the superinstructions that exist ran.
fn opcode_profile(measurement: &Measurement) -> String {
    let mut pairs: BTreeMap<&str, u64> = BTreeMap::new();
    let mut opcodes: BTreeMap<&str, u64> = BTreeMap::new();
    let mut fused: BTreeMap<&str, u64> = BTreeMap::new();
    for program in &measurement.programs {
        let Some(profile) = program.profile(JitMode::Off) else {
            continue;
        };
        for (name, &count) in &profile.counters {
            if let Some(pair) = name.strip_prefix("opcode_pairs.") {
                *pairs.entry(pair).or_default() += count;
            } else if let Some(op) = name.strip_prefix("opcodes.") {
                *opcodes.entry(op).or_default() += count;
            } else if let Some(op) = name.strip_prefix("superinstructions.") {
                *fused.entry(op).or_default() += count;
            }
        }
    }
    if pairs.is_empty() {
        return String::new();
    }
    let total: u64 = opcodes.values().sum();
    let mut ranked: Vec<(&str, u64)> = pairs.into_iter().collect();
    ranked.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    let mut out = String::from("## Opcode profile\n\nAdjacent opcode pairs executed by the interpreter (mode `off`, small size), summed over the benchmarks: the data for choosing superinstructions.\n\n| pair | executions | share of instructions |\n|---|---:|---:|\n");
    for (pair, count) in ranked.iter().take(15) {
        let share = if total == 0 {
            0.0
        } else {
            100.0 * *count as f64 / total as f64
        };
        let _ = writeln!(
            out,
            "| `{}` | {count} | {share:.1}% |",
            pair.replace('+', " → ")
        );
    }
    let fused: Vec<String> = fused.iter().map(|(op, n)| format!("`{op}` {n}")).collect();
    let _ = writeln!(
        out,
        "\nSuperinstructions executed (each stands for two instructions): {}.\n",
        fused.join(", ")
    );
    out
}

/// The per-program table (one row per program and engine), for markdown or
/// the terminal.
pub fn table(performance: &Performance) -> Builder {
    let measurement = performance.measurement;
    let peers: Vec<PeerKind> = measurement.peers.iter().map(|peer| peer.kind).collect();
    let timed = measurement.timing.is_some();
    let jit_measured = measurement.modes.iter().any(|&mode| mode != JitMode::Off);
    let mut header = vec!["program".to_owned(), "engine".to_owned()];
    if timed {
        header.extend(["median ms".to_owned(), "min–max ms".to_owned()]);
        header.extend(peers.iter().map(|peer| format!("/{peer}")));
        if jit_measured {
            header.push("/off".to_owned());
        }
    }
    if measurement.instructions {
        header.extend([
            "instructions".to_owned(),
            "Δ baseline".to_owned(),
            "counters".to_owned(),
        ]);
    }
    let mut builder = Builder::default();
    builder.push_record(header);
    for program in &measurement.programs {
        for engine in measurement.engines() {
            let mut row = vec![format!("`{}`", program.name), engine.to_string()];
            if timed {
                row.extend(timing_cells(program, engine));
                for &peer in &peers {
                    row.push(ratio_cell(program.time_ratio(engine, Engine::Peer(peer))));
                }
                if jit_measured {
                    row.push(match engine {
                        Engine::Krait(mode) if mode != JitMode::Off => {
                            ratio_cell(program.time_ratio(engine, Engine::Krait(JitMode::Off)))
                        }
                        _ => String::new(),
                    });
                }
            }
            if measurement.instructions {
                row.extend(instruction_cells(program, engine, performance.comparison));
            }
            builder.push_record(row);
        }
    }
    builder
}

fn timing_cells(program: &ProgramMeasurement, engine: Engine) -> [String; 2] {
    match program.timings.get(&engine) {
        Some(Ok(spread)) => [
            format!("{:.1}", spread.median_ms),
            format!("{:.1}–{:.1}", spread.min_ms, spread.max_ms),
        ],
        Some(Err(problem)) => [format!("FAILED: {}", escape_cell(problem)), String::new()],
        None => ["—".to_owned(), String::new()],
    }
}

fn ratio_cell(ratio: Option<f64>) -> String {
    ratio.map_or("—".to_owned(), |ratio| format!("{ratio:.2}"))
}

fn instruction_cells(
    program: &ProgramMeasurement,
    engine: Engine,
    comparison: Option<&Comparison>,
) -> [String; 3] {
    let Engine::Krait(mode) = engine else {
        return [String::new(), String::new(), String::new()];
    };
    match program.profiles.get(&mode) {
        Some(Ok(profile)) => [
            thousands(profile.instructions),
            comparison
                .and_then(|comparison| comparison.change_percent(&program.name, mode.name()))
                .map_or("—".to_owned(), |percent| format!("{percent:+.2} %")),
            counters::summary(&profile.counters, &SHOWN_COUNTERS),
        ],
        Some(Err(problem)) if program.timings.get(&engine) == Some(&Err(problem.clone())) => {
            ["FAILED (as above)".to_owned(), String::new(), String::new()]
        }
        Some(Err(problem)) => [
            format!("FAILED: {}", escape_cell(problem)),
            String::new(),
            String::new(),
        ],
        None => ["—".to_owned(), String::new(), String::new()],
    }
}

/// The speedup chart: per program, CPython's time over each Krait mode's
/// (bars past 1× are faster than CPython); `None` without CPython timings.
pub fn speedup_chart(measurement: &Measurement) -> Option<Chart> {
    let cpython = Engine::Peer(PeerKind::CPython);
    let groups: Vec<Group> = measurement
        .programs
        .iter()
        .map(|program| Group {
            label: program
                .name
                .rsplit('/')
                .next()
                .unwrap_or(&program.name)
                .trim_end_matches(".py")
                .to_owned(),
            values: measurement
                .modes
                .iter()
                .map(|&mode| {
                    program
                        .time_ratio(Engine::Krait(mode), cpython)
                        .map(|ratio| 1.0 / ratio)
                })
                .collect(),
        })
        .collect();
    let any = groups
        .iter()
        .any(|group| group.values.iter().any(Option::is_some));
    any.then(|| Chart {
        title: "Krait speedup over CPython (median wall-clock time; longer is faster)".to_owned(),
        series: measurement
            .modes
            .iter()
            .map(|mode| format!("krait --jit {mode}"))
            .collect(),
        groups,
    })
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use super::*;
    use crate::callgrind::Profile;
    use crate::measure::TimingPlan;
    use crate::peer::Peer;
    use crate::stats::Spread;

    fn spread(median_ms: f64) -> Result<Spread, String> {
        Ok(Spread {
            median_ms,
            min_ms: median_ms - 1.0,
            max_ms: median_ms + 1.0,
            runs: 3,
        })
    }

    pub(crate) fn sample() -> Measurement {
        let program = |name: &str, off, python| ProgramMeasurement {
            name: name.into(),
            small_args: vec!["3".into()],
            profiles: BTreeMap::from([(
                JitMode::Off,
                Ok(Profile {
                    instructions: 1_234_567,
                    counters: BTreeMap::from([("calls".to_owned(), 42)]),
                }),
            )]),
            timings: BTreeMap::from([
                (Engine::Krait(JitMode::Off), spread(off)),
                (Engine::Peer(PeerKind::CPython), spread(python)),
            ]),
            compilations: BTreeMap::new(),
        };
        Measurement {
            modes: vec![JitMode::Off],
            peers: vec![Peer {
                kind: PeerKind::CPython,
                version: "CPython 3.11.7".into(),
                executable: "/usr/bin/python3".into(),
            }],
            timing: Some(TimingPlan::default()),
            instructions: true,
            notes: vec!["PyPy column skipped: `pypy3` cannot be run".into()],
            programs: vec![
                program("corpus/bench/a.py", 200.0, 100.0),
                program("corpus/bench/b.py", 50.0, 100.0),
            ],
        }
    }

    #[test]
    fn geomean_of_time_ratios() {
        let (ratio, count) = geomean_time_ratio(
            &sample(),
            Engine::Krait(JitMode::Off),
            Engine::Peer(PeerKind::CPython),
        )
        .unwrap();
        assert_eq!(count, 2);
        assert!((ratio - 1.0).abs() < 1e-12, "{ratio}"); // 2.0 and 0.5
    }

    #[test]
    fn summary_and_sections() {
        let measurement = sample();
        let performance = Performance {
            measurement: &measurement,
            comparison: None,
            baseline: "none at baselines/perf.toml".into(),
            chart_file: Some("x-speedup.svg".into()),
        };
        let lines = summary_lines(&performance).join("\n");
        assert!(
            lines.contains("Krait `off` / CPython time: **1.000** (geomean over 2 programs"),
            "{lines}"
        );
        assert!(lines.contains("Krait / PyPy: not measured"), "{lines}");
        assert!(
            lines.contains("Gate: not run (none at baselines/perf.toml)"),
            "{lines}"
        );
        let text = sections(&performance);
        for needle in [
            "## Regressions and improvements",
            "| `corpus/bench/a.py` | off     | 200.0",
            "| 2.00 ",
            "1,234,567",
            "calls 42",
            "![Speedups over CPython](x-speedup.svg)",
            "- PyPy column skipped",
        ] {
            assert!(text.contains(needle), "missing {needle:?} in:\n{text}");
        }
    }

    #[test]
    fn compile_times_are_summarized_and_tabled() {
        let mut measurement = sample();
        measurement.modes.push(JitMode::On);
        measurement.programs[0].compilations.insert(
            JitMode::On,
            Ok(Compilations {
                times_ms: vec![0.5, 4.0, 1.0],
                ir_insts: vec![100, 900, 300],
            }),
        );
        measurement.programs[1].compilations.insert(
            JitMode::On,
            Ok(Compilations {
                times_ms: vec![2.0],
                ir_insts: vec![500],
            }),
        );
        let of = |measurement| Performance {
            measurement,
            comparison: None,
            baseline: "none".into(),
            chart_file: None,
        };
        let performance = of(&measurement);
        let lines = summary_lines(&performance).join("\n");
        // Median over all four compilations: (1.0 + 2.0) / 2.
        assert!(
            lines.contains("JIT `on` compile time: median **1.50 ms** per compilation (4 compilations in 2 programs; longest 4.0 ms; median size 500 IR instructions, 4.2 µs per IR instruction)"),
            "{lines}"
        );
        let text = sections(&performance);
        for needle in [
            "## JIT compile time",
            "| `corpus/bench/a.py` | on | 3 | 1.00 | 4.00 | 5.5 | 300 | 4.23 |",
            "| `corpus/bench/b.py` | on | 1 | 2.00 | 2.00 | 2.0 | 500 | 4.00 |",
        ] {
            assert!(text.contains(needle), "missing {needle:?} in:\n{text}");
        }
        // A run of a Krait that prints no sizes: its row has times only, and the
        // summary, pooling it with a run that has sizes, gives none.
        let mut unsized_ = sample();
        unsized_.modes.push(JitMode::On);
        unsized_.programs[0].compilations.insert(
            JitMode::On,
            Ok(Compilations {
                times_ms: vec![1.0],
                ir_insts: vec![],
            }),
        );
        unsized_.programs[1].compilations.insert(
            JitMode::On,
            Ok(Compilations {
                times_ms: vec![2.0],
                ir_insts: vec![500],
            }),
        );
        let unsized_performance = of(&unsized_);
        let lines = summary_lines(&unsized_performance).join("\n");
        assert!(
            lines.contains("(2 compilations in 2 programs; longest 2.0 ms)"),
            "{lines}"
        );
        let text = sections(&unsized_performance);
        assert!(text.contains("| `corpus/bench/a.py` | on | 1 | 1.00 | 1.00 | 1.0 | — | — |"));
        assert!(text.contains("| `corpus/bench/b.py` | on | 1 | 2.00 | 2.00 | 2.0 | 500 | 4.00 |"));
        // Without compile times, no section.
        assert!(!sections(&Performance {
            measurement: &sample(),
            ..performance
        })
        .contains("## JIT compile time"));
    }

    #[test]
    fn chart_shows_speedups() {
        let chart = speedup_chart(&sample()).unwrap();
        assert_eq!(chart.groups[0].label, "a");
        assert_eq!(chart.groups[0].values, [Some(0.5)]);
        assert_eq!(chart.groups[1].values, [Some(2.0)]);
    }
}
