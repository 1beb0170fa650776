//! Facts about the machine and the build that reports and baselines record.
//!
//! Architecture invariant: asks the system (`git`, `rustc`, `/proc/cpuinfo`)
//! and formats time; runs no corpus program.

use std::fs;
use std::process::{Command, Stdio};
use std::time::{SystemTime, UNIX_EPOCH};

use crate::discover::workspace_root;

/// Facts about the machine and the build that a report or a baseline records.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Environment {
    /// `git describe --always --dirty` of the workspace (`a75dcca-dirty` when
    /// it has uncommitted changes), if it is a git checkout.
    pub commit: String,
    /// `rustc -V`.
    pub rustc: String,
    /// `python3 --version`.
    pub python: String,
    /// `pypy3 --version`, on one line (`unknown` when not installed).
    pub pypy: String,
    /// The CPU model from `/proc/cpuinfo`.
    pub cpu: String,
    /// How many cores this process may use.
    pub cores: usize,
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
            commit: command_output("git", &["describe", "--always", "--dirty", "--abbrev=7"]),
            rustc: command_output("rustc", &["-V"]),
            python: command_output("python3", &["--version"]),
            pypy: command_output("pypy3", &["--version"]).replace('\n', " "),
            cpu: cpu.unwrap_or_else(|| "unknown".to_owned()),
            cores: std::thread::available_parallelism().map_or(1, usize::from),
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

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use super::*;

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
}
