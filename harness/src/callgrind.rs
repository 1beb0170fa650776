//! Instruction counts: one run of `krait --stats` under Valgrind's callgrind.
//!
//! The count of executed instructions (callgrind's `Ir` total) is
//! deterministic for a given binary and input, so it is what the gate compares.
//! The same run also yields the VM's `--stats` counters (callgrind writes its
//! own messages to a log file, so stderr is Krait's alone): one run, one
//! source for both.
//!
//! The exact command, [`Invocation`], is shared with the `cargo bench --bench
//! callgrind` target (gungraun), so both count the same thing: the krait
//! binary, `--jit MODE --stats FILE SMALL_ARGS`, run in the program's
//! directory with an empty environment except `PYTHONHASHSEED=0` (gungraun
//! clears the environment too; an environment's size shifts the stack and so
//! the count).
//!
//! Architecture invariant: knows Valgrind's command line and the callgrind
//! output format, nothing about baselines or thresholds.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use serde::{Deserialize, Serialize};

use crate::bench::{Benchmark, Size};
use crate::counters::{self, Counters};
use crate::mode::JitMode;
use crate::run::{last_nonempty_line, run_captured, Ending, Krait};

/// The environment of a counted run: nothing else, so that counts do not
/// depend on who runs them.
pub const ENVIRONMENT: [(&str, &str); 1] = [("PYTHONHASHSEED", "0")];

/// Callgrind options of every counted run, here and in the gungraun bench:
/// no cache or branch simulation (they do not change `Ir`, only slow it down).
pub const CALLGRIND_OPTIONS: [&str; 2] = ["--cache-sim=no", "--branch-sim=no"];

/// What one counted run measured.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Profile {
    /// Instructions executed by the whole process (callgrind's `Ir` total).
    pub instructions: u64,
    /// The VM's `--stats` counters.
    pub counters: Counters,
}

/// A krait run, described independently of what runs it (Valgrind here,
/// gungraun in the bench target).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Invocation {
    /// The krait binary.
    pub executable: PathBuf,
    /// Its arguments: `--jit MODE --stats FILE ARGS...`.
    pub args: Vec<String>,
    /// The directory it runs in (the program's).
    pub dir: PathBuf,
}

impl Invocation {
    /// `benchmark` at its small size in `mode`.
    pub fn new(krait: &Krait, mode: JitMode, benchmark: &Benchmark) -> Invocation {
        let mut args = vec![
            "--jit".to_owned(),
            mode.name().to_owned(),
            "--stats".to_owned(),
            benchmark.program.file_name().to_owned(),
        ];
        args.extend(benchmark.args(Size::Small).iter().cloned());
        Invocation {
            executable: krait.path.clone(),
            args,
            dir: benchmark.program.dir().to_path_buf(),
        }
    }
}

/// Runs `invocation` under callgrind, keeping callgrind's output at `out_file`
/// (open it with `callgrind_annotate` to see where the instructions go).
pub fn count(
    invocation: &Invocation,
    out_file: &Path,
    timeout: Duration,
) -> Result<Profile, String> {
    if let Some(dir) = out_file.parent() {
        fs::create_dir_all(dir).map_err(|err| format!("cannot create {}: {err}", dir.display()))?;
    }
    // Written under a name of this process, then renamed: two harnesses
    // counting the same program at once (parallel tests) never mix their files.
    let partial = out_file.with_extension(format!("out.{}", std::process::id()));
    let log_file = out_file.with_extension(format!("{}.log", std::process::id()));
    let mut command = Command::new("valgrind");
    command
        .arg("--tool=callgrind")
        .args(CALLGRIND_OPTIONS)
        .arg(format!("--callgrind-out-file={}", partial.display()))
        .arg(format!("--log-file={}", log_file.display()))
        .arg(&invocation.executable)
        .args(&invocation.args)
        .current_dir(&invocation.dir)
        .env_clear()
        .envs(ENVIRONMENT);
    let run = run_captured(command, timeout);
    let log = fs::read_to_string(&log_file).unwrap_or_default();
    let _ = fs::remove_file(&log_file);
    let run = run.map_err(|err| {
        format!("cannot run valgrind ({err}): install it (`apt-get install valgrind`)")
    })?;
    if run.ending != Ending::Exited(0) {
        let _ = fs::remove_file(&partial);
    }
    match run.ending {
        Ending::Exited(0) => {}
        Ending::Exited(code) => {
            let why = counters::without_stats(&run.stderr)
                .last()
                .or_else(|| last_nonempty_line(&log))
                .unwrap_or("no stderr");
            return Err(format!("exit code {code}: {why}"));
        }
        Ending::Signaled(signal) => return Err(format!("killed by signal {signal}")),
        Ending::TimedOut(limit) => {
            return Err(format!(
                "timed out under callgrind after {}s",
                limit.as_secs_f64()
            ))
        }
    }
    let output = fs::read_to_string(&partial)
        .map_err(|err| format!("callgrind wrote no {}: {err}", partial.display()))?;
    fs::rename(&partial, out_file).map_err(|err| {
        format!(
            "cannot rename {} to {}: {err}",
            partial.display(),
            out_file.display()
        )
    })?;
    let instructions = total_instructions(&output)
        .ok_or_else(|| format!("{} has no `totals:` or `summary:` line", out_file.display()))?;
    let counters = counters::from_stderr(&run.stderr)
        .ok_or_else(|| "krait --stats printed no JSON object on stderr".to_owned())?;
    Ok(Profile {
        instructions,
        counters,
    })
}

/// The `Ir` total of a callgrind output file: its `totals:` line (or, in
/// older formats, `summary:`), whose first number is `Ir` when no other
/// event is collected first.
pub fn total_instructions(callgrind_out: &str) -> Option<u64> {
    let events: Vec<&str> = callgrind_out
        .lines()
        .find_map(|line| line.strip_prefix("events:"))
        .map(|events| events.split_whitespace().collect())
        .unwrap_or_else(|| vec!["Ir"]);
    let column = events.iter().position(|&event| event == "Ir")?;
    let line = callgrind_out
        .lines()
        .rev()
        .find_map(|line| line.strip_prefix("totals:"))
        .or_else(|| {
            callgrind_out
                .lines()
                .find_map(|line| line.strip_prefix("summary:"))
        })?;
    line.split_whitespace().nth(column)?.parse().ok()
}

/// Where a program's callgrind output is kept:
/// `<dir>/corpus_bench_fib_recursive.py.off.callgrind.out`.
pub fn out_file(dir: &Path, benchmark: &Benchmark, mode: JitMode) -> PathBuf {
    let stem: String = benchmark
        .name()
        .chars()
        .map(|c| if c == '/' || c == '\\' { '_' } else { c })
        .collect();
    dir.join(format!("{stem}.{mode}.callgrind.out"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn totals_line_is_read() {
        let out = "version: 1\ncreator: callgrind-3.19.0\nevents: Ir\n\nfn=main\n0 10\nsummary: 32855432\n\ntotals: 32855432\n";
        assert_eq!(total_instructions(out), Some(32_855_432));
        assert_eq!(total_instructions("events: Ir\nsummary: 7\n"), Some(7));
        assert_eq!(total_instructions("events: Ir\n"), None);
    }

    #[test]
    fn ir_column_is_found_among_other_events() {
        let out = "events: Dr Ir Dw\ntotals: 5 100 6\n";
        assert_eq!(total_instructions(out), Some(100));
    }

    #[test]
    fn out_file_names_are_flat() {
        use crate::discover::{Directives, Program};
        let benchmark = Benchmark {
            program: Program {
                path: "corpus/bench/fib.py".into(),
                name: "corpus/bench/fib.py".into(),
            },
            directives: Directives::default(),
        };
        assert_eq!(
            out_file(Path::new("/t"), &benchmark, JitMode::Off),
            Path::new("/t/corpus_bench_fib.py.off.callgrind.out")
        );
    }
}
