//! The performance baseline: `baselines/perf.toml`, the one place its schema lives.
//!
//! ```toml
//! schema = 1
//!
//! [measured_with]            # what the numbers were measured with
//! commit = "a75dcca-dirty"
//! rustc = "rustc 1.95.0 (59807616e 2026-04-14)"
//! cpu = "AMD EPYC"
//! date = "2026-11-25 17:03:00 UTC"
//! timing = "5 runs after 1 warm-up, full size"
//!
//! [gate]                     # thresholds: yours to tune, kept when re-saving
//! instructions_percent = 1.0
//! geomean_percent = 0.5
//! counters = ["calls", "objects_allocated"]
//! counter_percent = 0.0
//! # timing_percent = 25.0    # absent: timings are reported, not gated
//!
//! [programs."corpus/bench/fib_recursive.py".off]
//! args = ["16"]              # the small size the counts were taken at
//! instructions = 109277790
//! median_ms = 1657.4         # wall clock at the timing size, when timed
//!
//! [programs."corpus/bench/fib_recursive.py".off.counters]
//! calls = 91450
//! ```
//!
//! Only runs that succeeded are recorded: a program that fails in a mode has no
//! entry for it, so it is not gated there until it runs and the baseline is
//! saved again.
//!
//! Architecture invariant: reads and writes the file and builds it from a
//! [`Measurement`]; judging against it is [`crate::gate`]'s job.

use std::collections::BTreeMap;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::counters::Counters;
use crate::discover::workspace_root;
use crate::environment::Environment;
use crate::gate::GateConfig;
use crate::measure::{Engine, Measurement};

/// The version of the schema below; bumped when a field changes meaning.
pub const SCHEMA: u32 = 1;

/// The first lines of every baseline file.
const HEADER: &str = "\
# Performance baseline of Krait, written by `krait-harness baseline save`.
# Re-save it when a change is meant to move the numbers (docs/performance.md);
# only the [gate] thresholds are meant to be edited by hand.
";

/// The whole baseline file.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Baseline {
    /// [`SCHEMA`] at the time of writing.
    pub schema: u32,
    /// What the numbers were measured with.
    pub measured_with: MeasuredWith,
    /// The gate's thresholds.
    #[serde(default)]
    pub gate: GateConfig,
    /// Program name → mode name (`off`, `on`, `eager`) → numbers.
    pub programs: BTreeMap<String, BTreeMap<String, Entry>>,
}

/// The circumstances of a baseline: if `rustc` or `cpu` differ from a fresh
/// run's, instruction counts may differ for that reason alone.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MeasuredWith {
    /// The commit of the workspace (`git describe --always --dirty`).
    pub commit: String,
    /// `rustc -V` of the toolchain that built krait.
    pub rustc: String,
    /// The CPU model.
    pub cpu: String,
    /// When it was measured.
    pub date: String,
    /// How the timings were taken, if they were.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timing: Option<String>,
}

/// The numbers of one program in one mode.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Entry {
    /// The arguments of the counted run (the program's small size).
    pub args: Vec<String>,
    /// Instructions executed (callgrind's `Ir`) at that size.
    pub instructions: u64,
    /// The median wall-clock time at the timing size, if timed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub median_ms: Option<f64>,
    /// The `krait --stats` counters of the counted run.
    #[serde(default)]
    pub counters: Counters,
}

impl Baseline {
    /// The baseline of `measurement`: every successful counted run, with its
    /// median time when it was timed, and the thresholds of `gate`.
    pub fn from_measurement(
        measurement: &Measurement,
        environment: &Environment,
        gate: GateConfig,
    ) -> Baseline {
        let mut programs = BTreeMap::new();
        for program in &measurement.programs {
            let mut modes = BTreeMap::new();
            for (&mode, profile) in &program.profiles {
                let Ok(profile) = profile else { continue };
                let median_ms = program
                    .timing(Engine::Krait(mode))
                    .map(|spread| (spread.median_ms * 10.0).round() / 10.0);
                modes.insert(
                    mode.name().to_owned(),
                    Entry {
                        args: program.small_args.clone(),
                        instructions: profile.instructions,
                        median_ms,
                        counters: profile.counters.clone(),
                    },
                );
            }
            if !modes.is_empty() {
                programs.insert(program.name.clone(), modes);
            }
        }
        Baseline {
            schema: SCHEMA,
            measured_with: MeasuredWith {
                commit: environment.commit.clone(),
                rustc: environment.rustc.clone(),
                cpu: environment.cpu.clone(),
                date: environment.date.clone(),
                timing: measurement.timing.map(|plan| {
                    format!(
                        "{} runs after {} warm-up, {} size",
                        plan.runs, plan.warmup, plan.size
                    )
                }),
            },
            gate,
            programs,
        }
    }

    /// The entry of `program` in `mode`.
    pub fn entry(&self, program: &str, mode: &str) -> Option<&Entry> {
        self.programs.get(program)?.get(mode)
    }

    /// Serializes to TOML, with the header comment.
    pub fn to_toml(&self) -> String {
        let body = toml::to_string(self).expect("a Baseline always serializes to TOML");
        format!("{HEADER}\n{body}")
    }

    /// Parses the text of a baseline file.
    pub fn from_toml(text: &str) -> Result<Baseline, String> {
        let baseline: Baseline = toml::from_str(text).map_err(|err| err.to_string())?;
        if baseline.schema != SCHEMA {
            return Err(format!(
                "it has schema {}, this harness reads schema {SCHEMA}",
                baseline.schema
            ));
        }
        Ok(baseline)
    }

    /// Loads the baseline at `path`; `Ok(None)` when there is none.
    pub fn load(path: &Path) -> Result<Option<Baseline>, String> {
        match fs::read_to_string(path) {
            Ok(text) => Baseline::from_toml(&text).map(Some).map_err(|err| {
                format!(
                    "{} is not a valid baseline: {err}; re-save it with \
                     `cargo run --release -p krait-harness -- baseline save`",
                    path.display()
                )
            }),
            Err(err) if err.kind() == io::ErrorKind::NotFound => Ok(None),
            Err(err) => Err(format!("cannot read {}: {err}", path.display())),
        }
    }

    /// Writes the baseline to `path`, creating its directory.
    pub fn save(&self, path: &Path) -> io::Result<()> {
        if let Some(dir) = path.parent() {
            fs::create_dir_all(dir)?;
        }
        fs::write(path, self.to_toml())
    }
}

/// The default baseline file, `<workspace>/baselines/perf.toml`.
pub fn default_path() -> PathBuf {
    workspace_root().join("baselines").join("perf.toml")
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// A small baseline for tests here and in [`crate::gate`].
    pub(crate) fn sample() -> Baseline {
        let entry = |instructions, median_ms, calls| Entry {
            args: vec!["16".into()],
            instructions,
            median_ms,
            counters: Counters::from([
                ("calls".to_owned(), calls),
                ("objects_allocated".to_owned(), 339),
            ]),
        };
        Baseline {
            schema: SCHEMA,
            measured_with: MeasuredWith {
                commit: "a75dcca".into(),
                rustc: "rustc 1.95.0".into(),
                cpu: "Test CPU".into(),
                date: "2026-11-25 17:03:00 UTC".into(),
                timing: Some("5 runs after 1 warm-up, full size".into()),
            },
            gate: GateConfig::default(),
            programs: BTreeMap::from([
                (
                    "corpus/bench/a.py".to_owned(),
                    BTreeMap::from([
                        ("off".to_owned(), entry(1_000_000, Some(1500.5), 100)),
                        ("on".to_owned(), entry(400_000, None, 100)),
                    ]),
                ),
                (
                    "corpus/bench/b.py".to_owned(),
                    BTreeMap::from([("off".to_owned(), entry(2_000_000, Some(800.0), 7))]),
                ),
            ]),
        }
    }

    #[test]
    fn toml_round_trip() {
        let baseline = sample();
        let text = baseline.to_toml();
        assert_eq!(Baseline::from_toml(&text).unwrap(), baseline, "{text}");
        assert!(text.starts_with(HEADER));
        assert!(
            text.contains("[programs.\"corpus/bench/a.py\".off]"),
            "{text}"
        );
        assert!(!text.contains("timing_percent"), "{text}");
    }

    #[test]
    fn thresholds_survive_a_round_trip() {
        let mut baseline = sample();
        baseline.gate.timing_percent = Some(30.0);
        baseline.gate.instructions_percent = 2.5;
        let text = baseline.to_toml();
        let gate = Baseline::from_toml(&text).unwrap().gate;
        assert_eq!(gate.timing_percent, Some(30.0));
        assert_eq!(gate.instructions_percent, 2.5);
    }

    #[test]
    fn missing_gate_table_means_defaults() {
        let text = sample().to_toml();
        let start = text.find("\n[gate]\n").unwrap() + 1;
        let end = text[start..].find("\n[programs").unwrap() + start;
        let without_gate = format!("{}{}", &text[..start], &text[end + 1..]);
        let baseline = Baseline::from_toml(&without_gate)
            .unwrap_or_else(|err| panic!("{err}\n{without_gate}"));
        assert_eq!(baseline.gate, GateConfig::default());
    }

    #[test]
    fn wrong_schema_and_unknown_fields_are_rejected() {
        let text = sample().to_toml();
        let error = Baseline::from_toml(&text.replace("schema = 1", "schema = 99")).unwrap_err();
        assert!(error.contains("schema 99"), "{error}");
        let error =
            Baseline::from_toml(&text.replace("instructions = 1000000", "instrs = 1000000"))
                .unwrap_err();
        assert!(error.contains("instrs"), "{error}");
    }

    #[test]
    fn missing_file_is_none() {
        assert_eq!(
            Baseline::load(Path::new("/nonexistent/perf.toml")),
            Ok(None)
        );
    }
}
