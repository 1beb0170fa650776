//! The other Python implementations Krait is timed against: CPython and PyPy.
//!
//! A peer that is not installed is skipped with a note, never an error: the
//! benchmarks are timed under every peer found on `PATH`, interleaved with
//! Krait's runs, so that their ratios come from the same minutes of the same
//! machine.
//!
//! Architecture invariant: peers are only ever timed; their output is not
//! judged here (that is [`crate::bless`]'s oracle, which is CPython alone).

use std::fmt;
use std::path::PathBuf;
use std::process::{Command, Stdio};

use serde::{Deserialize, Serialize};

use crate::bench::{Benchmark, Size};
use crate::run::program_command;

/// A kind of peer implementation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum PeerKind {
    /// `python3`, the reference implementation.
    CPython,
    /// `pypy3`, the tracing-JIT implementation.
    PyPy,
}

impl PeerKind {
    /// Every peer, in report column order.
    pub const ALL: [PeerKind; 2] = [PeerKind::CPython, PeerKind::PyPy];

    /// The command looked up on `PATH`.
    pub fn executable(self) -> &'static str {
        match self {
            PeerKind::CPython => "python3",
            PeerKind::PyPy => "pypy3",
        }
    }

    /// How to install it, for the note when it is missing.
    fn install_hint(self) -> &'static str {
        match self {
            PeerKind::CPython => "apt-get install python3",
            PeerKind::PyPy => "apt-get install pypy3",
        }
    }
}

impl fmt::Display for PeerKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            PeerKind::CPython => "CPython",
            PeerKind::PyPy => "PyPy",
        })
    }
}

/// An installed peer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Peer {
    /// Which implementation.
    pub kind: PeerKind,
    /// Its version, e.g. `CPython 3.11.7` or `PyPy 3.9.16`.
    pub version: String,
    /// The interpreter itself (`sys.executable`), so that timings do not
    /// include a launcher such as a pyenv shim, which can cost more than a
    /// small program's run.
    pub executable: PathBuf,
}

impl Peer {
    /// Finds `kind` on `PATH`; the error is the note the report shows.
    pub fn find(kind: PeerKind) -> Result<Peer, String> {
        let executable = kind.executable();
        let missing = |why: String| {
            format!(
                "{kind} column skipped: {why} (install it with `{}` to compare)",
                kind.install_hint()
            )
        };
        let output = Command::new(executable)
            .args([
                "-c",
                "import sys, platform\n\
                 print(platform.python_implementation(), platform.python_version())\n\
                 print(sys.executable)",
            ])
            .stdin(Stdio::null())
            .output()
            .map_err(|err| missing(format!("`{executable}` cannot be run: {err}")))?;
        if !output.status.success() {
            return Err(missing(format!(
                "`{executable}` failed ({})",
                output.status
            )));
        }
        let stdout = String::from_utf8_lossy(&output.stdout);
        let mut lines = stdout.lines();
        let version = lines.next().unwrap_or_default().trim().to_owned();
        let executable = lines
            .next()
            .map(str::trim)
            .filter(|path| !path.is_empty())
            .map_or_else(|| PathBuf::from(executable), PathBuf::from);
        Ok(Peer {
            kind,
            version,
            executable,
        })
    }

    /// The command that runs `benchmark` at `size` under this peer, the way
    /// Krait runs it: in the program's directory, `PYTHONHASHSEED=0`.
    pub fn command(&self, benchmark: &Benchmark, size: Size) -> Command {
        program_command(
            &self.executable,
            &["-s"],
            &benchmark.program,
            &benchmark.directives_at(size),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names() {
        assert_eq!(PeerKind::PyPy.to_string(), "PyPy");
        assert_eq!(PeerKind::CPython.executable(), "python3");
    }
}
