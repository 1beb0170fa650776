//! The JIT compiles every code object of every corpus program in mode `eager` (none
//! refused by Cranelift, whose IR verifier checks every function here:
//! `KRAIT_JIT_VERIFY=1`), and compiled code runs most of each program: `--stats`
//! says so, program by program.

mod common;

use common::{stat, stats_json};
use libtest_mimic::{Arguments, Failed, Trial};
use std::path::{Path, PathBuf};
use std::process::Command;

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

fn check(program: &Path) -> Result<(), Failed> {
    let source = std::fs::read_to_string(program).map_err(|e| e.to_string())?;
    let output = Command::new(env!("CARGO_BIN_EXE_krait"))
        .args(["--jit", "eager", "--stats"])
        .env("KRAIT_JIT_VERIFY", "1")
        .arg(program.file_name().expect("a file"))
        .args(directive_args(&source))
        .current_dir(program.parent().expect("a folder"))
        .output()
        .map_err(|e| format!("cannot run krait: {e}"))?;
    let stderr = String::from_utf8_lossy(&output.stderr);
    let json = stats_json(&stderr).ok_or("no --stats line on stderr")?;
    let failures = stat(json, "compile_failures").ok_or("no compile_failures")?;
    let compiled = stat(json, "functions_compiled").ok_or("no functions_compiled")?;
    let coverage = stat(json, "coverage").ok_or("no coverage")?;
    if failures != 0.0 {
        return Err(format!(
            "{failures} compilations failed or did not verify (run with KRAIT_JIT_DUMP=1 \
             KRAIT_JIT_VERIFY=1)"
        )
        .into());
    }
    if compiled < 1.0 {
        return Err("not even the module was compiled".into());
    }
    // Deopts (int overflow, generators, exceptions) hand some instructions back to
    // the interpreter; compiled code still runs the bulk of every program.
    if coverage < 0.5 {
        return Err(format!("JIT coverage {coverage} below 0.5").into());
    }
    Ok(())
}

fn main() {
    let args = Arguments::from_args();
    let root = corpus_root();
    let mut programs: Vec<PathBuf> = walkdir::WalkDir::new(&root)
        .into_iter()
        .filter_map(Result::ok)
        .map(|e| e.into_path())
        .filter(|p| p.extension().is_some_and(|x| x == "py"))
        .filter(|p| !p.components().any(|c| c.as_os_str() == "syntax"))
        .collect();
    programs.sort();
    let trials = programs
        .into_iter()
        .map(|p| {
            let name = format!(
                "jit-coverage::corpus/{}",
                p.strip_prefix(&root).unwrap_or(&p).display()
            );
            Trial::test(name, move || check(&p))
        })
        .collect();
    libtest_mimic::run(&args, trials).exit();
}
