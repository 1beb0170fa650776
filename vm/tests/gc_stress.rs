//! Runs part of the corpus with `KRAIT_GC_STRESS=1` (a collection at every
//! safepoint) and checks the output against CPython's, as blessed beside each
//! program. A value that Rust code forgot to root is freed at the first safepoint
//! under stress, so such bugs show up here as wrong output or a crash.
//!
//! The subset is every program under `corpus/tier1` and `corpus/programs` in the
//! interpreter, `corpus/programs` in JIT mode `eager` and `corpus/jit` in JIT mode
//! `stress` (compiled code must have every live pointer in the frame at every
//! helper call); the conformance suite in `krait-harness` runs the whole corpus in
//! every mode without GC stress.

use libtest_mimic::{Arguments, Failed, Trial};
use std::path::{Path, PathBuf};
use std::process::Command;

/// (corpus folder, JIT mode) pairs.
const SUBSETS: &[(&str, &str)] = &[
    ("tier1", "off"),
    ("programs", "off"),
    ("programs", "eager"),
    ("jit", "stress"),
];

fn corpus_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../corpus")
}

/// The first-lines directive `# krait-args: ...`, as the harness reads it.
fn directive_args(source: &str) -> Vec<String> {
    source
        .lines()
        .take(10)
        .find_map(|l| l.trim().strip_prefix("# krait-args:"))
        .map(|a| a.split_whitespace().map(str::to_string).collect())
        .unwrap_or_default()
}

fn check(program: &Path, mode: &str) -> Result<(), Failed> {
    let expected_path = program.with_extension("expected.toml");
    let expected: toml::Table = std::fs::read_to_string(&expected_path)
        .map_err(|e| format!("{}: {e} (bless the corpus first)", expected_path.display()))?
        .parse()
        .map_err(|e| format!("{}: {e}", expected_path.display()))?;
    let source = std::fs::read_to_string(program).map_err(|e| e.to_string())?;
    let dir = program.parent().expect("a program lives in a folder");
    let output = Command::new(env!("CARGO_BIN_EXE_krait"))
        .args(["--jit", mode])
        .arg(program.file_name().expect("a file"))
        .args(directive_args(&source))
        .current_dir(dir)
        .env("KRAIT_GC_STRESS", "1")
        .output()
        .map_err(|e| format!("cannot run krait: {e}"))?;
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    let want_stdout = expected
        .get("stdout")
        .and_then(|v| v.as_str())
        .unwrap_or("");
    let want_code = expected
        .get("exit_code")
        .and_then(|v| v.as_integer())
        .unwrap_or(0);
    let code = output.status.code().map(i64::from);
    if code != Some(want_code) {
        return Err(
            format!("exit status {code:?}, expected {want_code}\nstderr:\n{stderr}").into(),
        );
    }
    if stdout != want_stdout {
        return Err(format!("stdout differs under GC stress\n--- expected\n{want_stdout}\n--- krait\n{stdout}\nstderr:\n{stderr}").into());
    }
    if let Some(want) = expected.get("exception").and_then(|v| v.as_str()) {
        let last = stderr
            .lines()
            .rev()
            .find(|l| !l.trim().is_empty())
            .unwrap_or("");
        if last != want {
            return Err(format!("exception line {last:?}, expected {want:?}").into());
        }
    }
    Ok(())
}

fn main() {
    let args = Arguments::from_args();
    let root = corpus_root();
    let mut trials = Vec::new();
    for &(subset, mode) in SUBSETS {
        let mut programs: Vec<PathBuf> = walkdir::WalkDir::new(root.join(subset))
            .into_iter()
            .filter_map(Result::ok)
            .map(|e| e.into_path())
            .filter(|p| p.extension().is_some_and(|x| x == "py"))
            .collect();
        programs.sort();
        for p in programs {
            let name = format!(
                "gc-stress::corpus/{}::{mode}",
                p.strip_prefix(&root).unwrap_or(&p).display()
            );
            trials.push(Trial::test(name, move || check(&p, mode)));
        }
    }
    libtest_mimic::run(&args, trials).exit();
}
