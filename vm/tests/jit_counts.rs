//! `--stats` counts every instruction a program runs once, whichever tier runs it:
//! compiled code counts a straight run of instructions where it starts, and an exit
//! in the middle of the run takes back what it did not run. The only instructions
//! counted twice are those a deopt hands back to the interpreter to run again.

mod common;

use std::process::Command;

/// Guards that fail in the middle of straight runs (a float where ints were seen), and
/// divisions by zero in the middle of one, raised to the caller's handler.
const PROGRAM: &str = "
def f(x):
    a = 1
    b = a + 2
    c = x + b
    d = c * 2
    return d


def g(x):
    a = 10
    b = a // x
    c = b + 1
    return c


t = 0
for i in range(300):
    t += f(i)
for i in range(300):
    t += f(i + 0.5)
for i in range(300):
    try:
        t += g(i % 3)
    except ZeroDivisionError:
        t -= 1
print(t)
";

/// The deopt reasons whose exit makes the interpreter run the instruction again.
const RERUN: [&str; 6] = [
    "int_overflow",
    "type_guard",
    "unhandled_value",
    "stress_guard",
    "yield",
    "deep_recursion",
];

/// The count after `"key": ` in the `--stats` JSON.
fn stat(json: &str, key: &str) -> u64 {
    common::stat(json, key).unwrap_or_else(|| panic!("no {key} in {json}")) as u64
}

fn stats(mode: &str) -> String {
    stats_with(mode, &[])
}

fn stats_with(mode: &str, flags: &[&str]) -> String {
    // A file per call: the tests run in parallel, and one must not read the program
    // while another rewrites it.
    static CALLS: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let call = CALLS.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let dir = std::env::temp_dir().join(format!("krait-jit-counts-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("a temp dir");
    let file = dir.join(format!("counts-{call}.py"));
    std::fs::write(&file, PROGRAM).expect("writes");
    let out = Command::new(env!("CARGO_BIN_EXE_krait"))
        .args(["--jit", mode, "--jit-threshold", "50", "--stats"])
        .args(flags)
        .arg(&file)
        .output()
        .expect("runs krait");
    let _ = std::fs::remove_file(&file);
    assert!(out.status.success(), "krait --jit {mode} failed");
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    common::stats_json(&stderr)
        .expect("a --stats line")
        .to_owned()
}

#[test]
fn every_instruction_is_counted_once_in_either_tier() {
    let total = stat(&stats("off"), "instructions_interpreted");
    for mode in ["on", "eager", "stress"] {
        let json = stats(mode);
        let counted =
            stat(&json, "instructions_interpreted") + stat(&json, "instructions_compiled");
        let rerun: u64 = RERUN.iter().map(|r| stat(&json, r)).sum();
        assert!(
            stat(&json, "instructions_compiled") > total / 2,
            "{mode}: {json}"
        );
        assert_eq!(counted, total + rerun, "mode {mode}: {json}");
    }
}

/// The numbers of the array after `"key": ` in the `--stats` JSON.
fn stat_list(json: &str, key: &str) -> Vec<f64> {
    let at = json
        .find(&format!("\"{key}\": ["))
        .unwrap_or_else(|| panic!("no {key} in {json}"))
        + key.len()
        + 5;
    let end = json[at..].find(']').expect("a closing bracket") + at;
    json[at..end]
        .split(',')
        .filter(|n| !n.trim().is_empty())
        .map(|n| n.trim().parse().expect("a number"))
        .collect()
}

#[test]
fn every_compilation_has_a_time_and_an_ir_size() {
    for mode in ["on", "eager", "stress"] {
        let json = stats(mode);
        let times = stat_list(&json, "compile_times_ms");
        let sizes = stat_list(&json, "compile_ir_insts");
        let compilations = stat(&json, "functions_compiled")
            + stat(&json, "loops_compiled")
            + stat(&json, "recompilations")
            + stat(&json, "compile_failures");
        assert!(compilations > 0, "{mode}: {json}");
        assert_eq!(times.len() as u64, compilations, "{mode}: {json}");
        assert_eq!(sizes.len(), times.len(), "{mode}: {json}");
        // A compiled function has at least its entry, a guard and a return.
        assert!(sizes.iter().all(|&n| n >= 3.0), "{mode}: {json}");
    }
}

/// `--no-coverage` leaves the counting out of compiled code: the same compilations,
/// each no larger than its counting twin (and the counted ones larger somewhere), and
/// no coverage figure.
#[test]
fn no_coverage_compiles_without_counting() {
    for mode in ["on", "eager", "stress"] {
        let counted = stats(mode);
        let uncounted = stats_with(mode, &["--no-coverage"]);
        assert!(
            uncounted.contains("\"coverage\": null"),
            "{mode}: {uncounted}"
        );
        assert!(
            uncounted.contains("\"instructions_compiled\": null"),
            "{mode}: {uncounted}"
        );
        let with = stat_list(&counted, "compile_ir_insts");
        let without = stat_list(&uncounted, "compile_ir_insts");
        assert_eq!(with.len(), without.len(), "{mode}: {counted}\n{uncounted}");
        assert!(
            with.iter().zip(&without).all(|(w, wo)| wo <= w),
            "{mode}: {with:?} {without:?}"
        );
        assert!(
            with.iter().sum::<f64>() > without.iter().sum::<f64>(),
            "{mode}: {with:?} {without:?}"
        );
        // The interpreter still counts what it runs.
        assert!(stat(&uncounted, "instructions_interpreted") > 0, "{mode}");
    }
}

#[test]
fn no_coverage_needs_stats() {
    let out = Command::new(env!("CARGO_BIN_EXE_krait"))
        .args(["--no-coverage", "missing.py"])
        .output()
        .expect("runs krait");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--no-coverage needs --stats"));
}
