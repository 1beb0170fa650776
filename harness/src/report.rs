//! Presenting a run: the terminal summary table and the markdown report in
//! `reports/`, with its conformance part here and its performance part in
//! [`performance`].
//!
//! Architecture invariant: this module only formats results and facts about
//! the machine; it runs no corpus program.

pub mod performance;

use std::fmt::Write as _;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::time::SystemTime;

use tabled::builder::Builder;
use tabled::settings::Style;

use crate::conform::Verdict;
use crate::discover::workspace_root;
use crate::environment::{format_utc, Environment};
use crate::suite::SuiteResult;

use self::performance::Performance;

/// What one report shows: conformance, performance, or both.
#[derive(Clone, Debug)]
pub struct Report<'a> {
    /// The machine and build.
    pub environment: &'a Environment,
    /// The conformance run, if there was one.
    pub conformance: Option<&'a SuiteResult>,
    /// The benchmarks, if they were measured.
    pub performance: Option<&'a Performance<'a>>,
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

/// The full markdown report: environment, summary, performance findings and
/// table, conformance table, failures.
pub fn markdown(report: &Report) -> String {
    let environment = report.environment;
    let mut out = String::new();
    let _ = writeln!(out, "# Krait report — {}\n", environment.date);
    let _ = writeln!(out, "## Environment\n");
    for (what, value) in [
        ("krait commit", &environment.commit),
        ("rustc", &environment.rustc),
        ("python3", &environment.python),
        ("pypy3", &environment.pypy),
        ("CPU", &environment.cpu),
        ("cores", &environment.cores.to_string()),
        ("date", &environment.date),
    ] {
        let _ = writeln!(out, "- {what}: {}", escape_cell(value));
    }

    let _ = writeln!(out, "\n## Summary\n");
    if let Some(performance) = report.performance {
        for line in performance::summary_lines(performance) {
            let _ = writeln!(out, "- {line}");
        }
        out.push('\n');
    }
    if let Some(result) = report.conformance {
        let mut summary = summary_builder(result).build();
        summary.with(Style::markdown());
        let _ = writeln!(out, "Conformance:\n\n{summary}\n\n{}", closing_line(result));
    }
    if let Some(performance) = report.performance {
        let _ = write!(out, "\n{}", performance::sections(performance));
    }
    if let Some(result) = report.conformance {
        out.push('\n');
        conformance_sections(&mut out, result);
    }
    out
}

fn conformance_sections(out: &mut String, result: &SuiteResult) {
    let _ = writeln!(out, "## Programs\n");
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
}

pub(crate) fn escape_cell(text: &str) -> String {
    text.replace('|', "\\|").replace('\n', " ")
}

/// A backtick fence longer than any backtick run inside `text`.
fn fence_for(text: &str) -> String {
    let longest = text.split(|c| c != '`').map(str::len).max().unwrap_or(0);
    "`".repeat(longest.max(2) + 1)
}

/// The UTC timestamp that names a run's files, `2026-11-25T17-03-00Z`.
pub fn stamp(now: SystemTime) -> String {
    format_utc(now, "%Y-%m-%dT%H-%M-%SZ")
}

/// The file name of a run's speedup chart, beside its report.
pub fn chart_file_name(now: SystemTime) -> String {
    format!("{}-speedup.svg", stamp(now))
}

/// Writes `svg` as the chart of the run started at `now`; returns its path.
pub fn write_chart(dir: &Path, svg: &str, now: SystemTime) -> io::Result<PathBuf> {
    fs::create_dir_all(dir)?;
    let path = dir.join(chart_file_name(now));
    fs::write(&path, svg)?;
    Ok(path)
}

/// Writes `markdown` to `<dir>/<UTC timestamp>.md` and copies it to
/// `<dir>/latest.md`; returns the timestamped path.
pub fn write_report(dir: &Path, markdown: &str, now: SystemTime) -> io::Result<PathBuf> {
    fs::create_dir_all(dir)?;
    let path = dir.join(format!("{}.md", stamp(now)));
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
            pypy: "unknown".into(),
            cpu: "Test CPU".into(),
            cores: 2,
            date: "2026-11-25 17:03:00 UTC".into(),
        };
        let result = sample();
        let text = markdown(&Report {
            environment: &environment,
            conformance: Some(&result),
            performance: None,
        });
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
        let path = write_report(&dir, "# hi\n", std::time::UNIX_EPOCH).unwrap();
        assert_eq!(path, dir.join("1970-01-01T00-00-00Z.md"));
        assert_eq!(fs::read_to_string(dir.join("latest.md")).unwrap(), "# hi\n");
        fs::remove_dir_all(&dir).unwrap();
    }
}
