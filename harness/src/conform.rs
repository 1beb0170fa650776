//! Judging one run of one program against its blessed expectation.
//!
//! Architecture invariant: the verdict depends only on the [`Expected`] file
//! and the [`Captured`] run (exit code, exact stdout, and the exception line
//! when the exit code is not 0), never on timings or on other modes.

use std::fmt::Write as _;
use std::time::Duration;

use similar::TextDiff;

use crate::discover::Program;
use crate::expected::Expected;
use crate::mode::JitMode;
use crate::run::{run_captured, signal_name, Captured, Ending, Krait};

/// How many lines of krait's stderr a failure shows.
const STDERR_LINES_SHOWN: usize = 20;
/// How many lines of stdout diff a failure shows.
const DIFF_LINES_SHOWN: usize = 200;

/// Why a run did not conform.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Failure {
    /// One line for tables: `stdout differs`, `exit code 0, expected 1`, `timed out after 30s`.
    pub summary: String,
    /// The full explanation: mismatches, the unified stdout diff, the head of krait's stderr.
    pub details: String,
}

impl Failure {
    fn new(summary: impl Into<String>) -> Failure {
        let summary = summary.into();
        Failure {
            details: format!("{summary}\n"),
            summary,
        }
    }
}

/// The result of one (program, mode) check.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Verdict {
    /// Exit code, stdout and exception line all match.
    Pass,
    /// Something differs, or the program could not be checked.
    Fail(Failure),
    /// Not run, for this reason (e.g. the binary does not implement the mode).
    Ignored(String),
}

/// A verdict and how long krait ran.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Checked {
    /// The verdict.
    pub verdict: Verdict,
    /// Wall-clock time of the krait process (zero when it did not run).
    pub elapsed: Duration,
}

/// Runs `program` under `krait --jit MODE` and judges the run.
pub fn check(program: &Program, mode: JitMode, krait: &Krait) -> Checked {
    let not_run = |verdict| Checked {
        verdict,
        elapsed: Duration::ZERO,
    };
    if !krait.supports(mode) {
        return not_run(Verdict::Ignored(unsupported_reason(mode, krait)));
    }
    let expected = match Expected::load(&program.expected_path()) {
        Ok(Some(expected)) => expected,
        Ok(None) => {
            return not_run(Verdict::Fail(Failure::new(format!(
                "not blessed: run `cargo run --release -p krait-harness -- bless {}`",
                program.name
            ))))
        }
        Err(problem) => return not_run(Verdict::Fail(Failure::new(problem))),
    };
    let prepared = program.directives().and_then(|directives| {
        let timeout = program.timeout(&directives)?;
        Ok((directives, timeout))
    });
    let (directives, timeout) = match prepared {
        Ok(prepared) => prepared,
        Err(problem) => return not_run(Verdict::Fail(Failure::new(problem))),
    };
    match run_captured(krait.command(mode, program, &directives), timeout) {
        Ok(run) => Checked {
            verdict: match compare(&expected, &run) {
                Ok(()) => Verdict::Pass,
                Err(failure) => Verdict::Fail(failure),
            },
            elapsed: run.elapsed,
        },
        Err(err) => not_run(Verdict::Fail(Failure::new(format!(
            "cannot run {}: {err}",
            krait.path.display()
        )))),
    }
}

/// Why a mode is ignored, naming what the binary does implement.
pub fn unsupported_reason(mode: JitMode, krait: &Krait) -> String {
    let listed: Vec<_> = krait.modes.iter().map(|mode| mode.name()).collect();
    format!(
        "this krait does not implement --jit {mode} yet (`krait --jit-modes` lists: {})",
        if listed.is_empty() {
            "nothing".to_owned()
        } else {
            listed.join(", ")
        }
    )
}

/// Compares a run with its expectation: exit code, exact stdout, and the last
/// non-empty stderr line when the expected exit code is not 0.
pub fn compare(expected: &Expected, actual: &Captured) -> Result<(), Failure> {
    let mut problems = Vec::new();
    let mut details = String::new();
    match actual.ending {
        Ending::TimedOut(timeout) => {
            problems.push(format!("timed out after {}s", timeout.as_secs_f64()));
        }
        Ending::Signaled(signal) => {
            problems.push(format!(
                "crashed: killed by signal {signal} ({})",
                signal_name(signal)
            ));
        }
        Ending::Exited(code) => {
            if code != expected.exit_code {
                problems.push(format!("exit code {code}, expected {}", expected.exit_code));
                let _ = writeln!(
                    details,
                    "exit code: expected {}, got {code}",
                    expected.exit_code
                );
            }
            if expected.exit_code != 0 {
                let actual_line = actual.last_stderr_line();
                if actual_line != expected.exception.as_deref() {
                    problems.push("exception line differs".to_owned());
                    let _ = writeln!(
                        details,
                        "exception line:\n  expected: {}\n  got:      {}",
                        quoted_or_none(expected.exception.as_deref()),
                        quoted_or_none(actual_line),
                    );
                }
            }
            if actual.stdout != expected.stdout {
                problems.push("stdout differs".to_owned());
                let _ = writeln!(details, "stdout differs:");
                details.push_str(&stdout_diff(&expected.stdout, &actual.stdout));
            }
        }
    }
    if problems.is_empty() {
        return Ok(());
    }
    let summary = problems.join("; ");
    if !matches!(actual.ending, Ending::Exited(_)) {
        let _ = writeln!(details, "{summary}");
        if actual.stdout != expected.stdout {
            let _ = writeln!(details, "stdout until then:");
            details.push_str(&stdout_diff(&expected.stdout, &actual.stdout));
        }
    }
    details.push_str(&stderr_head(&actual.stderr));
    Err(Failure { summary, details })
}

fn quoted_or_none(line: Option<&str>) -> String {
    line.map_or_else(|| "(no stderr)".to_owned(), |line| format!("`{line}`"))
}

/// A unified diff of stdout, cut to `DIFF_LINES_SHOWN` lines.
pub fn stdout_diff(expected: &str, actual: &str) -> String {
    let diff = TextDiff::from_lines(expected, actual)
        .unified_diff()
        .context_radius(3)
        .header("expected", "krait")
        .to_string();
    let total = diff.lines().count();
    if total <= DIFF_LINES_SHOWN {
        return diff;
    }
    let mut shown: String = diff
        .lines()
        .take(DIFF_LINES_SHOWN)
        .flat_map(|line| [line, "\n"])
        .collect();
    let _ = writeln!(shown, "... ({} more diff lines)", total - DIFF_LINES_SHOWN);
    shown
}

/// The first [`STDERR_LINES_SHOWN`] lines of krait's stderr, indented, or nothing if empty.
fn stderr_head(stderr: &str) -> String {
    let lines: Vec<_> = stderr.lines().collect();
    if lines.is_empty() {
        return String::new();
    }
    let mut head = if lines.len() > STDERR_LINES_SHOWN {
        format!(
            "krait's stderr (first {STDERR_LINES_SHOWN} of {} lines):\n",
            lines.len()
        )
    } else {
        "krait's stderr:\n".to_owned()
    };
    for line in lines.iter().take(STDERR_LINES_SHOWN) {
        let _ = writeln!(head, "  {line}");
    }
    head
}

#[cfg(test)]
mod tests {
    use super::*;

    fn expected(exit_code: i32, exception: Option<&str>, stdout: &str) -> Expected {
        Expected {
            exit_code,
            exception: exception.map(str::to_owned),
            stdout: stdout.to_owned(),
        }
    }

    fn exited(code: i32, stdout: &str, stderr: &str) -> Captured {
        Captured {
            stdout: stdout.to_owned(),
            stderr: stderr.to_owned(),
            ending: Ending::Exited(code),
            elapsed: Duration::from_millis(5),
        }
    }

    const TRACEBACK: &str = "Traceback (most recent call last):\n  File \"x.py\", line 1\nZeroDivisionError: division by zero\n";

    #[test]
    fn identical_runs_pass() {
        assert_eq!(
            compare(&expected(0, None, "1\n2\n"), &exited(0, "1\n2\n", "")),
            Ok(())
        );
        let error = expected(1, Some("ZeroDivisionError: division by zero"), "before\n");
        assert_eq!(compare(&error, &exited(1, "before\n", TRACEBACK)), Ok(()));
    }

    #[test]
    fn stderr_is_ignored_on_success() {
        assert_eq!(
            compare(&expected(0, None, ""), &exited(0, "", "a warning\n")),
            Ok(())
        );
    }

    #[test]
    fn exit_code_mismatch() {
        let failure = compare(
            &expected(0, None, "x\n"),
            &exited(2, "x\n", "krait: boom\n"),
        )
        .unwrap_err();
        assert_eq!(failure.summary, "exit code 2, expected 0");
        assert!(
            failure.details.contains("expected 0, got 2"),
            "{}",
            failure.details
        );
        assert!(
            failure.details.contains("krait's stderr:\n  krait: boom"),
            "{}",
            failure.details
        );
    }

    #[test]
    fn stdout_mismatch_shows_a_unified_diff() {
        let failure = compare(
            &expected(0, None, "1\n2\n3\n"),
            &exited(0, "1\nTWO\n3\n", ""),
        )
        .unwrap_err();
        assert_eq!(failure.summary, "stdout differs");
        assert!(
            failure.details.contains("--- expected\n+++ krait\n"),
            "{}",
            failure.details
        );
        assert!(
            failure.details.contains("-2\n+TWO\n"),
            "{}",
            failure.details
        );
    }

    #[test]
    fn missing_trailing_newline_is_a_mismatch() {
        let failure = compare(&expected(0, None, "done\n"), &exited(0, "done", "")).unwrap_err();
        assert!(
            failure.details.contains("No newline at end of file"),
            "{}",
            failure.details
        );
    }

    #[test]
    fn exception_line_mismatch() {
        let error = expected(1, Some("ZeroDivisionError: division by zero"), "");
        let failure = compare(
            &error,
            &exited(
                1,
                "",
                "ZeroDivisionError: integer division or modulo by zero\n",
            ),
        )
        .unwrap_err();
        assert_eq!(failure.summary, "exception line differs");
        assert!(
            failure
                .details
                .contains("got:      `ZeroDivisionError: integer"),
            "{}",
            failure.details
        );
        let failure = compare(&error, &exited(1, "", "")).unwrap_err();
        assert!(
            failure.details.contains("(no stderr)"),
            "{}",
            failure.details
        );
    }

    #[test]
    fn several_mismatches_are_all_reported() {
        let error = expected(1, Some("KeyError: 'b'"), "1\n");
        let failure = compare(&error, &exited(0, "2\n", "")).unwrap_err();
        assert_eq!(
            failure.summary,
            "exit code 0, expected 1; exception line differs; stdout differs"
        );
    }

    #[test]
    fn timeout_and_crash() {
        let mut run = exited(0, "", "");
        run.ending = Ending::TimedOut(Duration::from_secs(30));
        let failure = compare(&expected(0, None, "1\n2\n"), &run).unwrap_err();
        assert_eq!(failure.summary, "timed out after 30s");
        assert!(
            failure.details.contains("stdout until then:"),
            "{}",
            failure.details
        );
        run.ending = Ending::Signaled(11);
        let failure = compare(&expected(0, None, ""), &run).unwrap_err();
        assert_eq!(failure.summary, "crashed: killed by signal 11 (SIGSEGV)");
    }

    #[test]
    fn long_stderr_and_diff_are_cut() {
        let stderr: String = (0..50).map(|i| format!("line {i}\n")).collect();
        let failure = compare(&expected(0, None, ""), &exited(3, "", &stderr)).unwrap_err();
        assert!(
            failure.details.contains("first 20 of 50 lines"),
            "{}",
            failure.details
        );
        assert!(!failure.details.contains("line 20\n"));
        let many: String = (0..500).map(|i| format!("{i}\n")).collect();
        let diff = stdout_diff("", &many);
        assert!(diff.ends_with("more diff lines)\n"), "{diff}");
    }

    #[test]
    fn unsupported_mode_is_ignored_not_failed() {
        let krait = Krait {
            path: "/bin/false".into(),
            modes: vec![JitMode::Off],
        };
        let program = Program {
            path: "/nonexistent/x.py".into(),
            name: "x.py".into(),
        };
        let checked = check(&program, JitMode::Eager, &krait);
        assert_eq!(
            checked.verdict,
            Verdict::Ignored(
                "this krait does not implement --jit eager yet (`krait --jit-modes` lists: off)"
                    .into()
            )
        );
    }

    #[test]
    fn unblessed_program_says_how_to_bless() {
        let krait = Krait {
            path: "/bin/false".into(),
            modes: vec![JitMode::Off],
        };
        let program = Program {
            path: "/nonexistent/x.py".into(),
            name: "corpus/x.py".into(),
        };
        let Verdict::Fail(failure) = check(&program, JitMode::Off, &krait).verdict else {
            panic!("an unblessed program must fail");
        };
        assert_eq!(
            failure.summary,
            "not blessed: run `cargo run --release -p krait-harness -- bless corpus/x.py`"
        );
    }
}
