//! Blessing: recording CPython's behaviour as a program's expectation.
//!
//! Architecture invariant: expectations come from CPython (`python3`) only;
//! nothing here runs or reads Krait.

use std::env;
use std::fmt;
use std::path::PathBuf;
use std::process::{Command, Stdio};

use crate::discover::Program;
use crate::expected::Expected;
use crate::run::{program_command, run_captured, signal_name, Ending};

/// The CPython interpreter that blesses programs.
#[derive(Clone, Debug)]
pub struct Oracle {
    /// The executable (`python3`, found on `PATH`).
    pub executable: PathBuf,
    /// Its version, as `python3 --version` prints it (`Python 3.11.7`).
    pub version: String,
    /// The minor version, which decides whether `-P` is available.
    minor: u32,
}

impl Oracle {
    /// Finds `python3` and checks that it is a Python 3.
    pub fn find() -> Result<Oracle, String> {
        let executable = PathBuf::from("python3");
        let output = Command::new(&executable)
            .arg("--version")
            .stdin(Stdio::null())
            .output()
            .map_err(|err| {
                format!(
                    "cannot run python3 ({err}): bless needs CPython 3 (the oracle, 3.11 is the \
                     reference) on PATH; install it (e.g. `apt-get install python3`) and retry"
                )
            })?;
        // Python 2 printed its version on stderr.
        let text = format!(
            "{}{}",
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        );
        let version = text.trim().to_owned();
        let minor = parse_python3_minor(&version).ok_or_else(|| {
            format!(
                "`python3 --version` says {version:?}, but bless needs CPython 3.x \
                 (3.11 is the reference): put a Python 3 first on PATH as `python3`"
            )
        })?;
        Ok(Oracle {
            executable,
            version,
            minor,
        })
    }

    /// Runs `program` under CPython and records what it did.
    ///
    /// The run is `python3 -s [-P] FILE ARGS...` in the program's directory with
    /// `PYTHONHASHSEED=0`, `PYTHONIOENCODING=utf-8` and no other `PYTHON*` variables. (`-I` would also
    /// ignore `PYTHONHASHSEED`, making set order vary from run to run, so the
    /// isolation is done by hand: no user site directory, no script directory
    /// on `sys.path` where `-P` exists (3.11+), and a clean environment.)
    pub fn bless(&self, program: &Program) -> Result<Expected, String> {
        let directives = program.directives()?;
        let timeout = program.timeout(&directives)?;
        let flags: &[&str] = if self.minor >= 11 {
            &["-s", "-P"]
        } else {
            &["-s"]
        };
        let mut command = program_command(&self.executable, flags, program, &directives);
        for (name, _) in env::vars_os() {
            if name.to_string_lossy().starts_with("PYTHON") && name != "PYTHONHASHSEED" {
                command.env_remove(name);
            }
        }
        // Output bytes must not depend on the locale of the machine that blesses.
        command.env("PYTHONIOENCODING", "utf-8");
        let run = run_captured(command, timeout)
            .map_err(|err| format!("{}: cannot run python3: {err}", program.name))?;
        match run.ending {
            Ending::Exited(exit_code) => Ok(Expected {
                exit_code,
                exception: (exit_code != 0)
                    .then(|| run.last_stderr_line().map(str::to_owned))
                    .flatten(),
                stdout: run.stdout,
            }),
            Ending::TimedOut(timeout) => Err(format!(
                "{}: python3 timed out after {}s; shrink its input with `# krait-args:` \
                 or raise `# krait-timeout:`",
                program.name,
                timeout.as_secs_f64()
            )),
            Ending::Signaled(signal) => Err(format!(
                "{}: python3 was killed by signal {signal} ({})",
                program.name,
                signal_name(signal)
            )),
        }
    }
}

fn parse_python3_minor(version: &str) -> Option<u32> {
    let numbers = version.strip_prefix("Python 3.")?;
    numbers
        .split(|c: char| !c.is_ascii_digit())
        .next()?
        .parse()
        .ok()
}

/// What blessing did to one expected file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Change {
    /// There was no expected file; one was written.
    New,
    /// The expected file differed in these fields and was rewritten.
    Updated(Vec<&'static str>),
    /// The expected file already said this; it was left untouched.
    Unchanged,
}

impl fmt::Display for Change {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Change::New => f.write_str("new"),
            Change::Updated(fields) => write!(f, "updated ({})", fields.join(", ")),
            Change::Unchanged => f.write_str("unchanged"),
        }
    }
}

/// Blesses `program`: runs it under CPython and writes its expected file if
/// that differs from what is stored.
pub fn bless_program(oracle: &Oracle, program: &Program) -> Result<Change, String> {
    let path = program.expected_path();
    let fresh = oracle.bless(program)?;
    let change = match Expected::load(&path) {
        Ok(Some(stored)) if stored == fresh => return Ok(Change::Unchanged),
        Ok(Some(stored)) => Change::Updated(changed_fields(&stored, &fresh)),
        // A missing or unreadable file is replaced wholesale.
        Ok(None) | Err(_) => Change::New,
    };
    fresh
        .save(&path)
        .map_err(|err| format!("cannot write {}: {err}", path.display()))?;
    Ok(change)
}

fn changed_fields(old: &Expected, new: &Expected) -> Vec<&'static str> {
    let mut fields = Vec::new();
    if old.exit_code != new.exit_code {
        fields.push("exit_code");
    }
    if old.exception != new.exception {
        fields.push("exception");
    }
    if old.stdout != new.stdout {
        fields.push("stdout");
    }
    fields
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn python_versions() {
        assert_eq!(parse_python3_minor("Python 3.11.7"), Some(11));
        assert_eq!(parse_python3_minor("Python 3.13.0rc1"), Some(13));
        assert_eq!(parse_python3_minor("Python 2.7.18"), None);
        assert_eq!(parse_python3_minor("bash: python3: not found"), None);
    }

    #[test]
    fn changed_fields_names_each_difference() {
        let old = Expected {
            exit_code: 0,
            exception: None,
            stdout: "a\n".into(),
        };
        let new = Expected {
            exit_code: 1,
            exception: Some("E: x".into()),
            stdout: "a\n".into(),
        };
        assert_eq!(changed_fields(&old, &new), ["exit_code", "exception"]);
        assert_eq!(
            Change::Updated(vec!["stdout"]).to_string(),
            "updated (stdout)"
        );
    }
}
