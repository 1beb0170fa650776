//! The performance gate: a fresh [`Measurement`] judged against a [`Baseline`].
//!
//! It fails when
//! - a program's instruction count grows by more than `instructions_percent`
//!   (default 1 %) in some mode,
//! - the geometric mean of all new/old instruction ratios grows by more than
//!   `geomean_percent` (default 0.5 %),
//! - a gated counter (`counters`, default `calls` and `objects_allocated`)
//!   changes by more than `counter_percent` (default 0: any change) in either
//!   direction, since those say *what the program did*, not how fast,
//! - a program that ran in the baseline no longer runs, or was counted at a
//!   different size,
//! - and, only when `timing_percent` is set, a median time grows by more than
//!   that (timings are noisy: set it wide, e.g. 25).
//!
//! Improvements past the same thresholds are reported, never failed. A
//! baseline measured with another rustc or CPU is said to be stale: its counts
//! may differ for that reason alone.
//!
//! Architecture invariant: pure comparison of two sets of numbers; runs nothing.

use serde::{Deserialize, Serialize};

use crate::baseline::Baseline;
use crate::environment::Environment;
use crate::measure::{thousands, Engine, Measurement};
use crate::stats::{geomean, percent_change};

/// The gate's thresholds, kept in the baseline's `[gate]` table.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct GateConfig {
    /// Largest allowed growth of one program's instruction count, in percent.
    pub instructions_percent: f64,
    /// Largest allowed growth of the geomean of instruction ratios, in percent.
    pub geomean_percent: f64,
    /// The `--stats` counters that must not change.
    pub counters: Vec<String>,
    /// How much a gated counter may change, in percent either way.
    pub counter_percent: f64,
    /// Largest allowed growth of a median time, in percent; `None`: not gated.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub timing_percent: Option<f64>,
}

impl Default for GateConfig {
    fn default() -> GateConfig {
        GateConfig {
            instructions_percent: 1.0,
            geomean_percent: 0.5,
            counters: vec!["calls".to_owned(), "objects_allocated".to_owned()],
            counter_percent: 0.0,
            timing_percent: None,
        }
    }
}

/// How much a finding matters.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    /// Fails the gate.
    Regression,
    /// Better than the baseline past a threshold.
    Improvement,
    /// Worth saying; changes nothing.
    Note,
}

/// One thing the comparison found.
#[derive(Clone, Debug, PartialEq)]
pub struct Finding {
    /// How much it matters.
    pub severity: Severity,
    /// What it is, in a sentence naming the program and mode.
    pub message: String,
}

/// The instruction counts of one program in one mode, before and after.
#[derive(Clone, Debug, PartialEq)]
pub struct Change {
    /// The program's name.
    pub program: String,
    /// The mode's name.
    pub mode: String,
    /// The baseline's count.
    pub old: u64,
    /// The fresh count.
    pub new: u64,
}

impl Change {
    /// The change in percent.
    pub fn percent(&self) -> f64 {
        percent_change(self.old as f64, self.new as f64)
    }
}

/// The outcome of comparing a measurement with a baseline.
#[derive(Clone, Debug, PartialEq)]
pub struct Comparison {
    /// Every (program, mode) counted in both.
    pub changes: Vec<Change>,
    /// The geomean of new/old instruction ratios over [`Comparison::changes`].
    pub geomean_ratio: Option<f64>,
    /// Regressions, improvements and notes, most severe first.
    pub findings: Vec<Finding>,
    /// Why the baseline may not be comparable (other rustc or CPU), if so.
    pub stale: Option<String>,
}

impl Comparison {
    /// Whether the gate passes: no regression found.
    pub fn passed(&self) -> bool {
        !self
            .findings
            .iter()
            .any(|finding| finding.severity == Severity::Regression)
    }

    /// The findings of one severity.
    pub fn of(&self, severity: Severity) -> impl Iterator<Item = &Finding> {
        self.findings
            .iter()
            .filter(move |finding| finding.severity == severity)
    }

    /// The instruction change of `program` in `mode`, in percent.
    pub fn change_percent(&self, program: &str, mode: &str) -> Option<f64> {
        self.changes
            .iter()
            .find(|change| change.program == program && change.mode == mode)
            .map(Change::percent)
    }
}

/// Compares `measurement` with `baseline` under the baseline's thresholds.
pub fn compare(
    baseline: &Baseline,
    measurement: &Measurement,
    environment: &Environment,
) -> Comparison {
    let gate = &baseline.gate;
    let mut findings = Vec::new();
    let mut changes = Vec::new();
    let mut finding = |severity, message: String| findings.push(Finding { severity, message });

    for program in &measurement.programs {
        for &mode in &measurement.modes {
            let name = &program.name;
            let Some(old) = baseline.entry(name, mode.name()) else {
                match program.profiles.get(&mode) {
                    Some(Ok(_)) => finding(
                        Severity::Note,
                        format!("{name} {mode}: not in the baseline, so not gated; save a new baseline to gate it"),
                    ),
                    Some(Err(problem)) => finding(
                        Severity::Note,
                        format!("{name} {mode}: fails ({problem}), as it is not in the baseline either"),
                    ),
                    None => {}
                }
                continue;
            };
            let new = match program.profiles.get(&mode) {
                None => continue, // instructions were not counted in this run
                Some(Err(problem)) => {
                    finding(
                        Severity::Regression,
                        format!("{name} {mode}: ran in the baseline, now fails: {problem}"),
                    );
                    continue;
                }
                Some(Ok(profile)) => profile,
            };
            if old.args != program.small_args {
                finding(
                    Severity::Regression,
                    format!(
                        "{name} {mode}: counted with arguments {:?} in the baseline but {:?} now, \
                         so the counts are not comparable; save a new baseline",
                        old.args, program.small_args
                    ),
                );
                continue;
            }
            let change = Change {
                program: name.clone(),
                mode: mode.name().to_owned(),
                old: old.instructions,
                new: new.instructions,
            };
            let percent = change.percent();
            let counts = format!(
                "{} → {} instructions ({percent:+.2} %)",
                thousands(change.old),
                thousands(change.new)
            );
            if percent > gate.instructions_percent {
                finding(
                    Severity::Regression,
                    format!(
                        "{name} {mode}: {counts}, over the {} % threshold",
                        gate.instructions_percent
                    ),
                );
            } else if percent < -gate.instructions_percent {
                finding(Severity::Improvement, format!("{name} {mode}: {counts}"));
            }
            changes.push(change);

            for counter in &gate.counters {
                let (before, after) = (old.counters.get(counter), new.counters.get(counter));
                let changed = match (before, after) {
                    (Some(&before), Some(&after)) => {
                        percent_change(before as f64, after as f64).abs() > gate.counter_percent
                    }
                    (None, None) => false,
                    _ => true,
                };
                if changed {
                    let show =
                        |count: Option<&u64>| count.map_or("absent".to_owned(), |c| c.to_string());
                    finding(
                        Severity::Regression,
                        format!(
                            "{name} {mode}: counter `{counter}` changed from {} to {}; it counts what \
                             the program does, so a change means different behaviour (if intended, \
                             save a new baseline)",
                            show(before),
                            show(after)
                        ),
                    );
                }
            }

            if let (Some(limit), Some(old_ms), Some(spread)) = (
                gate.timing_percent,
                old.median_ms,
                program.timing(Engine::Krait(mode)),
            ) {
                let percent = percent_change(old_ms, spread.median_ms);
                let times = format!(
                    "median {old_ms:.1} ms → {:.1} ms ({percent:+.1} %)",
                    spread.median_ms
                );
                if percent > limit {
                    finding(
                        Severity::Regression,
                        format!("{name} {mode}: {times}, over the {limit} % timing threshold"),
                    );
                } else if percent < -limit {
                    finding(Severity::Improvement, format!("{name} {mode}: {times}"));
                }
            }
        }
    }

    for (name, modes) in &baseline.programs {
        for mode in modes.keys() {
            let program = measurement.programs.iter().find(|p| &p.name == name);
            let measured_mode = measurement.modes.iter().any(|m| m.name() == mode);
            if measurement.instructions && (program.is_none() || !measured_mode) {
                finding(
                    Severity::Note,
                    format!("{name} {mode}: in the baseline but not measured in this run"),
                );
            }
        }
    }

    let geomean_ratio = geomean(
        changes
            .iter()
            .map(|change| change.new as f64 / change.old as f64),
    );
    if let Some(ratio) = geomean_ratio {
        let percent = (ratio - 1.0) * 100.0;
        let text = format!(
            "geomean of instruction counts over {} program-modes: {percent:+.2} %",
            changes.len()
        );
        if percent > gate.geomean_percent {
            finding(
                Severity::Regression,
                format!("{text}, over the {} % threshold", gate.geomean_percent),
            );
        } else if percent < -gate.geomean_percent {
            finding(Severity::Improvement, text);
        }
    }

    findings.sort_by_key(|finding| finding.severity);
    let measured_with = &baseline.measured_with;
    let stale = (measured_with.rustc != environment.rustc || measured_with.cpu != environment.cpu)
        .then(|| {
            format!(
                "The baseline is stale: it was measured with {} on {}, this run uses {} on {}. \
                 Instruction counts may differ for that reason alone; re-save the baseline on \
                 this toolchain and machine.",
                measured_with.rustc, measured_with.cpu, environment.rustc, environment.cpu
            )
        });
    Comparison {
        changes,
        geomean_ratio,
        findings,
        stale,
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use super::*;
    use crate::baseline::tests::sample;
    use crate::callgrind::Profile;
    use crate::counters::Counters;
    use crate::measure::ProgramMeasurement;
    use crate::mode::JitMode;
    use crate::stats::Spread;

    fn environment() -> Environment {
        Environment {
            commit: "abc".into(),
            rustc: "rustc 1.95.0".into(),
            python: "Python 3.11.7".into(),
            pypy: "unknown".into(),
            cpu: "Test CPU".into(),
            cores: 2,
            date: "now".into(),
        }
    }

    fn profile(instructions: u64, calls: u64) -> Result<Profile, String> {
        Ok(Profile {
            instructions,
            counters: Counters::from([
                ("calls".to_owned(), calls),
                ("objects_allocated".to_owned(), 339),
            ]),
        })
    }

    /// A fresh measurement of the sample baseline's programs, with counts `a_off` and `b_off`.
    fn measured(a_off: u64, b_off: u64) -> Measurement {
        let program = |name: &str, off, calls| ProgramMeasurement {
            name: name.into(),
            small_args: vec!["16".into()],
            profiles: BTreeMap::from([(JitMode::Off, profile(off, calls))]),
            timings: BTreeMap::new(),
            compilations: BTreeMap::new(),
        };
        Measurement {
            modes: vec![JitMode::Off],
            peers: vec![],
            timing: None,
            instructions: true,
            notes: vec![],
            programs: vec![
                program("corpus/bench/a.py", a_off, 100),
                program("corpus/bench/b.py", b_off, 7),
            ],
        }
    }

    fn severities(comparison: &Comparison) -> Vec<Severity> {
        comparison.findings.iter().map(|f| f.severity).collect()
    }

    #[test]
    fn identical_counts_pass() {
        let comparison = compare(&sample(), &measured(1_000_000, 2_000_000), &environment());
        assert!(comparison.passed(), "{comparison:?}");
        assert_eq!(comparison.geomean_ratio, Some(1.0));
        assert_eq!(comparison.stale, None);
        // `on` is in the baseline but was not measured: a note, not a failure.
        assert_eq!(severities(&comparison), [Severity::Note]);
    }

    #[test]
    fn one_program_over_one_percent_fails() {
        // a: +1.5 % (over 1 %), b: -1.5 %: the geomean stays near 0.
        let comparison = compare(&sample(), &measured(1_015_000, 1_970_000), &environment());
        assert!(!comparison.passed());
        let regression = comparison.of(Severity::Regression).next().unwrap();
        assert!(
            regression
                .message
                .starts_with("corpus/bench/a.py off: 1,000,000 → 1,015,000"),
            "{}",
            regression.message
        );
        assert_eq!(comparison.of(Severity::Improvement).count(), 1);
        assert!(
            (comparison
                .change_percent("corpus/bench/a.py", "off")
                .unwrap()
                - 1.5)
                .abs()
                < 1e-9
        );
    }

    #[test]
    fn geomean_over_half_a_percent_fails_though_no_program_does() {
        // Both +0.8 %: each under 1 %, the geomean over 0.5 %.
        let comparison = compare(&sample(), &measured(1_008_000, 2_016_000), &environment());
        assert!(!comparison.passed());
        let messages: Vec<_> = comparison
            .of(Severity::Regression)
            .map(|f| &f.message)
            .collect();
        assert_eq!(messages.len(), 1, "{messages:?}");
        assert!(
            messages[0].starts_with("geomean of instruction counts over 2 program-modes: +0.80 %"),
            "{}",
            messages[0]
        );
    }

    #[test]
    fn thresholds_come_from_the_baseline() {
        let mut baseline = sample();
        baseline.gate.instructions_percent = 2.0;
        baseline.gate.geomean_percent = 2.0;
        let comparison = compare(&baseline, &measured(1_015_000, 2_000_000), &environment());
        assert!(comparison.passed(), "{comparison:?}");
    }

    #[test]
    fn a_changed_counter_fails() {
        let mut measurement = measured(1_000_000, 2_000_000);
        measurement.programs[1]
            .profiles
            .insert(JitMode::Off, profile(2_000_000, 8));
        let comparison = compare(&sample(), &measurement, &environment());
        assert!(!comparison.passed());
        let regression = comparison.of(Severity::Regression).next().unwrap();
        assert!(
            regression
                .message
                .contains("counter `calls` changed from 7 to 8"),
            "{}",
            regression.message
        );
    }

    #[test]
    fn a_program_that_now_fails_fails_the_gate() {
        let mut measurement = measured(1_000_000, 2_000_000);
        measurement.programs[0]
            .profiles
            .insert(JitMode::Off, Err("exit code 1: NameError".into()));
        let comparison = compare(&sample(), &measurement, &environment());
        assert!(!comparison.passed());
    }

    #[test]
    fn changed_arguments_are_not_comparable() {
        let mut measurement = measured(1_000_000, 2_000_000);
        measurement.programs[0].small_args = vec!["20".into()];
        let comparison = compare(&sample(), &measurement, &environment());
        let regression = comparison.of(Severity::Regression).next().unwrap();
        assert!(
            regression.message.contains("not comparable"),
            "{}",
            regression.message
        );
    }

    #[test]
    fn timings_are_gated_only_when_configured() {
        let mut measurement = measured(1_000_000, 2_000_000);
        measurement.programs[0].timings.insert(
            Engine::Krait(JitMode::Off),
            Ok(Spread {
                median_ms: 3000.0,
                min_ms: 2900.0,
                max_ms: 3100.0,
                runs: 5,
            }),
        );
        assert!(compare(&sample(), &measurement, &environment()).passed());
        let mut baseline = sample();
        baseline.gate.timing_percent = Some(25.0);
        let comparison = compare(&baseline, &measurement, &environment());
        assert!(!comparison.passed());
        assert!(
            comparison.findings[0]
                .message
                .contains("median 1500.5 ms → 3000.0 ms"),
            "{:?}",
            comparison.findings
        );
    }

    #[test]
    fn new_programs_are_noted_and_stale_baselines_said_plainly() {
        let mut measurement = measured(1_000_000, 2_000_000);
        measurement.programs[1].name = "corpus/bench/new.py".into();
        let mut other = environment();
        other.rustc = "rustc 1.96.0".into();
        let comparison = compare(&sample(), &measurement, &other);
        assert!(comparison.passed());
        assert!(comparison
            .of(Severity::Note)
            .any(|f| f.message.contains("new.py off: not in the baseline")));
        let stale = comparison.stale.unwrap();
        assert!(
            stale.contains("measured with rustc 1.95.0 on Test CPU, this run uses rustc 1.96.0"),
            "{stale}"
        );
    }
}
