//! The performance gate end to end, with the real krait binary and the
//! committed baseline: it passes on `baselines/perf.toml` and fails on a copy
//! whose instruction counts were tightened by 3 %.
//!
//! When the first test fails after a change to the VM that is meant to move the
//! numbers, save a new baseline (docs/performance.md):
//! `cargo run --release -p krait-harness -- baseline save`.

use std::fs;
use std::path::Path;
use std::process::Command;

use krait_harness::baseline::{self, Baseline};
use krait_harness::discover::workspace_root;
use krait_harness::run::Krait;

fn gate(baseline: &Path, programs: &[&str]) -> (i32, String) {
    let krait = Krait::locate().unwrap_or_else(|problem| panic!("{problem}"));
    let output = Command::new(env!("CARGO_BIN_EXE_krait-harness"))
        .arg("gate")
        .arg("--baseline")
        .arg(baseline)
        .args(programs)
        .env("KRAIT_BIN", &krait.path)
        .env("CI", "true")
        .env_remove("KRAIT_CORPUS")
        .output()
        .unwrap();
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    (output.status.code().unwrap_or(-1), text)
}

fn committed() -> Baseline {
    let path = baseline::default_path();
    Baseline::load(&path)
        .unwrap_or_else(|problem| panic!("{problem}"))
        .unwrap_or_else(|| {
            panic!(
                "no baseline at {}: save one with `cargo run --release -p krait-harness -- baseline save`",
                path.display()
            )
        })
}

#[test]
fn gate_passes_on_the_committed_baseline() {
    committed();
    let (code, out) = gate(&baseline::default_path(), &[]);
    assert_eq!(
        code, 0,
        "the gate fails on the committed baseline; if the change is meant to move the numbers, \
         run `cargo run --release -p krait-harness -- baseline save` and commit it:\n{out}"
    );
    assert!(out.contains("gate: passed"), "{out}");
}

#[test]
fn gate_fails_on_a_tightened_baseline() {
    let mut tightened = committed();
    let first = tightened
        .programs
        .keys()
        .next()
        .expect("the committed baseline records at least one program")
        .clone();
    for modes in tightened.programs.values_mut() {
        for entry in modes.values_mut() {
            entry.instructions = entry.instructions * 97 / 100;
        }
    }
    let dir = std::env::temp_dir().join(format!("krait-gate-{}", std::process::id()));
    let path = dir.join("tightened.toml");
    tightened.save(&path).unwrap();

    let program = workspace_root().join(&first);
    let (code, out) = gate(&path, &[&program.to_string_lossy()]);
    fs::remove_dir_all(&dir).unwrap();
    assert_eq!(code, 1, "{out}");
    assert!(out.contains(&format!("REGRESSION  {first} off:")), "{out}");
    assert!(out.contains("over the 1 % threshold"), "{out}");
    assert!(out.contains("gate: FAILED"), "{out}");
    assert!(out.contains("baseline save"), "{out}");
}
