//! Presenting a suite run: the terminal summary table and the markdown report.
//!
//! Architecture invariant: this module only formats a [`SuiteResult`] and
//! facts about the machine; it runs no corpus program.

use std::fmt::Write as _;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{SystemTime, UNIX_EPOCH};

use tabled::builder::Builder;
use tabled::settings::Style;

use crate::conform::Verdict;
use crate::discover::workspace_root;
use crate::suite::SuiteResult;

/// Facts about the machine and the build that a report records.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Environment {
    /// `git rev-parse --short HEAD` of the workspace, if it is a git checkout.
    pub commit: String,
    /// `rustc -V`.
    pub rustc: String,
    /// `python3 --version`.
    pub python: String,
    /// The CPU model from `/proc/cpuinfo`.
    pub cpu: String,
    /// When the run happened, `2026-11-25 17:03:00 UTC`.
    pub date: String,
}

impl Environment {
    /// Gathers the facts; anything unavailable reads `unknown`.
    pub fn capture(now: SystemTime) -> Environment {
        let cpu = fs::read_to_string("/proc/cpuinfo").ok().and_then(|info| {
            info.lines()
                .find_map(|line| line.strip_prefix("model name"))
                .and_then(|rest| rest.split_once(':'))
                .map(|(_, model)| model.trim().to_owned())
        });
        Environment {
            commit: command_output("git", &["rev-parse", "--short", "HEAD"]),
            rustc: command_output("rustc", &["-V"]),
            python: command_output("python3", &["--version"]),
            cpu: cpu.unwrap_or_else(|| "unknown".to_owned()),
            date: format_utc(now, "%Y-%m-%d %H:%M:%S UTC"),
        }
    }
}

fn command_output(program: &str, args: &[&str]) -> String {
    Command::new(program)
        .args(args)
        .current_dir(workspace_root())
        .stdin(Stdio::null())
        .stderr(Stdio::null())
        .output()
        .ok()
        .filter(|output| output.status.success())
        .map(|output| String::from_utf8_lossy(&output.stdout).trim().to_owned())
        .filter(|text| !text.is_empty())
        .unwrap_or_else(|| "unknown".to_owned())
}

/// Formats `time` in UTC; the pattern knows `%Y %m %d %H %M %S`.
pub fn format_utc(time: SystemTime, pattern: &str) -> String {
    let seconds = time
        .duration_since(UNIX_EPOCH)
        .map_or(0, |since| since.as_secs());
    let (days, of_day) = (seconds / 86_400, seconds % 86_400);
    let (year, month, day) = civil_from_days(days as i64);
    pattern
        .replace("%Y", &format!("{year:04}"))
        .replace("%m", &format!("{month:02}"))
        .replace("%d", &format!("{day:02}"))
        .replace("%H", &format!("{:02}", of_day / 3600))
        .replace("%M", &format!("{:02}", of_day % 3600 / 60))
        .replace("%S", &format!("{:02}", of_day % 60))
}

/// Days since 1970-01-01 to (year, month, day), after Howard Hinnant's `civil_from_days`.
fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let day_of_era = z.rem_euclid(146_097);
    let year_of_era =
        (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let mp = (5 * day_of_year + 2) / 153;
    let day = (day_of_year - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let year = year_of_era + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

/// The per-mode pass/fail/ignored table, in the terminal style.
pub fn summary_table(result: &SuiteResult) -> String {
    let mut table = summary_builder(result).build();
    table.with(Style::rounded());
    table.to_string()
}

fn summary_builder(result: &SuiteResult) -> Builder {
    let mut builder = Builder::default();
    builder.push_record(["mode", "passed", "failed", "ignored"]);
    for &mode in &result.modes {
        let tally = result.tally(Some(mode));
        builder.push_record([
            mode.to_string(),
            tally.passed.to_string(),
            tally.failed.to_string(),
            tally.ignored.to_string(),
        ]);
    }
    let total = result.tally(None);
    builder.push_record([
        "all".to_owned(),
        total.passed.to_string(),
        total.failed.to_string(),
        total.ignored.to_string(),
    ]);
    builder
}

/// The one-line closing count, `12 passed, 0 failed, 6 ignored`.
pub fn closing_line(result: &SuiteResult) -> String {
    let total = result.tally(None);
    format!(
        "{} passed, {} failed, {} ignored",
        total.passed, total.failed, total.ignored
    )
}

/// The full markdown report: environment, summary, per-program table, failures.
pub fn markdown(result: &SuiteResult, environment: &Environment) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "# Krait conformance report — {}\n", environment.date);
    let _ = writeln!(out, "## Environment\n");
    for (what, value) in [
        ("krait commit", &environment.commit),
        ("rustc", &environment.rustc),
        ("python3", &environment.python),
        ("CPU", &environment.cpu),
        ("date", &environment.date),
    ] {
        let _ = writeln!(out, "- {what}: {}", escape_cell(value));
    }

    let _ = writeln!(out, "\n## Summary\n");
    let mut summary = summary_builder(result).build();
    summary.with(Style::markdown());
    let _ = writeln!(out, "{summary}\n\n{}", closing_line(result));

    let _ = writeln!(out, "\n## Programs\n");
    let mut builder = Builder::default();
    builder.push_record(
        std::iter::once("program".to_owned())
            .chain(result.modes.iter().map(|mode| mode.to_string())),
    );
    for (index, program) in result.programs.iter().enumerate() {
        let cells = result
            .modes
            .iter()
            .map(|&mode| match result.outcome(index, mode) {
                Some(outcome) => match &outcome.verdict {
                    Verdict::Pass => format!("pass, {} ms", outcome.elapsed.as_millis()),
                    Verdict::Fail(failure) => format!(
                        "**FAIL**, {} ms: {}",
                        outcome.elapsed.as_millis(),
                        escape_cell(&failure.summary)
                    ),
                    Verdict::Ignored(_) => "ignored".to_owned(),
                },
                None => "—".to_owned(),
            });
        builder.push_record(std::iter::once(format!("`{}`", program.name)).chain(cells));
    }
    let mut programs = builder.build();
    programs.with(Style::markdown());
    let _ = writeln!(out, "{programs}");

    let _ = writeln!(out, "\n## Failures\n");
    let mut any = false;
    for outcome in &result.outcomes {
        if let Verdict::Fail(failure) = &outcome.verdict {
            any = true;
            let fence = fence_for(&failure.details);
            let _ = writeln!(
                out,
                "### `{}`\n\n{fence}text\n{}{fence}\n",
                outcome.test_name(&result.programs),
                failure.details,
                fence = fence
            );
        }
    }
    if !any {
        let _ = writeln!(out, "None.\n");
    }
    let ignored: Vec<_> = result
        .outcomes
        .iter()
        .filter_map(|outcome| match &outcome.verdict {
            Verdict::Ignored(reason) => Some(format!("{}: {reason}", outcome.mode)),
            _ => None,
        })
        .collect::<std::collections::BTreeSet<_>>()
        .into_iter()
        .collect();
    if !ignored.is_empty() {
        let _ = writeln!(out, "## Ignored modes\n");
        for line in ignored {
            let _ = writeln!(out, "- {line}");
        }
    }
    out
}

fn escape_cell(text: &str) -> String {
    text.replace('|', "\\|").replace('\n', " ")
}

/// A backtick fence longer than any backtick run inside `text`.
fn fence_for(text: &str) -> String {
    let longest = text.split(|c| c != '`').map(str::len).max().unwrap_or(0);
    "`".repeat(longest.max(2) + 1)
}

/// Writes `markdown` to `<dir>/<UTC timestamp>.md` and copies it to
/// `<dir>/latest.md`; returns the timestamped path.
pub fn write_report(dir: &Path, markdown: &str, now: SystemTime) -> io::Result<PathBuf> {
    fs::create_dir_all(dir)?;
    let path = dir.join(format!("{}.md", format_utc(now, "%Y-%m-%dT%H-%M-%SZ")));
    fs::write(&path, markdown)?;
    fs::write(dir.join("latest.md"), markdown)?;
    Ok(path)
}

/// The default report directory, `<workspace>/reports`.
pub fn default_reports_dir() -> PathBuf {
    workspace_root().join("reports")
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use super::*;
    use crate::conform::Failure;
    use crate::discover::Program;
    use crate::mode::JitMode;
    use crate::suite::Outcome;

    #[test]
    fn utc_formatting() {
        let time = UNIX_EPOCH + Duration::from_secs(1_795_626_180); // 2026-11-25T17:03:00Z
        assert_eq!(
            format_utc(time, "%Y-%m-%dT%H-%M-%SZ"),
            "2026-11-25T17-03-00Z"
        );
        assert_eq!(
            format_utc(UNIX_EPOCH, "%Y-%m-%d %H:%M:%S"),
            "1970-01-01 00:00:00"
        );
        let leap = UNIX_EPOCH + Duration::from_secs(951_782_400); // 2000-02-29
        assert_eq!(format_utc(leap, "%Y-%m-%d"), "2000-02-29");
    }

    #[test]
    fn fences_outgrow_the_content() {
        assert_eq!(fence_for("plain"), "```");
        assert_eq!(fence_for("has ```` inside"), "`````");
    }

    fn sample() -> SuiteResult {
        let program = |name: &str| Program {
            path: PathBuf::from(name),
            name: name.to_owned(),
        };
        let outcome = |program, mode, verdict| Outcome {
            program,
            mode,
            verdict,
            elapsed: Duration::from_millis(7),
        };
        let failure = Failure {
            summary: "stdout differs".into(),
            details: "-1\n+2\n".into(),
        };
        SuiteResult {
            programs: vec![program("corpus/a.py"), program("corpus/b.py")],
            modes: vec![JitMode::Off, JitMode::Eager],
            outcomes: vec![
                outcome(0, JitMode::Off, Verdict::Pass),
                outcome(0, JitMode::Eager, Verdict::Ignored("not yet".into())),
                outcome(1, JitMode::Off, Verdict::Fail(failure)),
                outcome(1, JitMode::Eager, Verdict::Ignored("not yet".into())),
            ],
        }
    }

    #[test]
    fn markdown_has_every_section() {
        let environment = Environment {
            commit: "abc1234".into(),
            rustc: "rustc 1.95.0".into(),
            python: "Python 3.11.7".into(),
            cpu: "Test CPU".into(),
            date: "2026-11-25 17:03:00 UTC".into(),
        };
        let text = markdown(&sample(), &environment);
        for needle in [
            "## Environment",
            "- krait commit: abc1234",
            "## Summary",
            "1 passed, 1 failed, 2 ignored",
            "## Programs",
            "| `corpus/a.py` | pass, 7 ms ",
            "**FAIL**, 7 ms: stdout differs",
            "### `corpus/b.py::off`\n\n```text\n-1\n+2\n```",
            "- eager: not yet",
        ] {
            assert!(text.contains(needle), "missing {needle:?} in:\n{text}");
        }
    }

    #[test]
    fn report_is_written_twice() {
        let dir = std::env::temp_dir().join(format!("krait-report-{}", std::process::id()));
        let path = write_report(&dir, "# hi\n", UNIX_EPOCH).unwrap();
        assert_eq!(path, dir.join("1970-01-01T00-00-00Z.md"));
        assert_eq!(fs::read_to_string(dir.join("latest.md")).unwrap(), "# hi\n");
        fs::remove_dir_all(&dir).unwrap();
    }
}
