//! Running a program in its own process with a timeout, and finding the `krait` binary.
//!
//! Architecture invariant: this module knows how to start processes and what
//! the `krait` command line looks like; it does not judge their output.

use std::env;
use std::fs;
use std::io::{self, Read};
use std::os::unix::process::{CommandExt, ExitStatusExt};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::OnceLock;
use std::thread;
use std::time::{Duration, Instant};

use crate::discover::{workspace_root, Directives, Program};
use crate::mode::JitMode;

/// At most this much of each output stream is kept, so that a runaway program
/// cannot exhaust memory; the rest is read and dropped.
const OUTPUT_LIMIT: usize = 64 << 20;

/// How a process ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ending {
    /// It exited with this status.
    Exited(i32),
    /// It was killed by this signal (a crash, when we did not send it).
    Signaled(i32),
    /// It ran past its timeout and was killed.
    TimedOut(Duration),
}

/// Everything observed about one run.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Captured {
    /// stdout, decoded as UTF-8 (invalid sequences become U+FFFD).
    pub stdout: String,
    /// stderr, decoded the same way.
    pub stderr: String,
    /// How the process ended.
    pub ending: Ending,
    /// Wall-clock time from spawn to exit.
    pub elapsed: Duration,
}

impl Captured {
    /// The last non-empty line of stderr: the exception line of an uncaught exception.
    pub fn last_stderr_line(&self) -> Option<&str> {
        last_nonempty_line(&self.stderr)
    }
}

/// The last line of `text` that is not blank, without its line ending.
pub fn last_nonempty_line(text: &str) -> Option<&str> {
    text.lines()
        .rev()
        .map(|line| line.trim_end_matches('\r'))
        .find(|line| !line.trim().is_empty())
}

/// The conventional name of a Unix signal number, for failure messages.
pub fn signal_name(signal: i32) -> &'static str {
    match signal {
        1 => "SIGHUP",
        2 => "SIGINT",
        3 => "SIGQUIT",
        4 => "SIGILL",
        5 => "SIGTRAP",
        6 => "SIGABRT",
        7 => "SIGBUS",
        8 => "SIGFPE",
        9 => "SIGKILL",
        11 => "SIGSEGV",
        13 => "SIGPIPE",
        15 => "SIGTERM",
        24 => "SIGXCPU",
        _ => "unknown signal",
    }
}

/// Builds the command that runs `program` under `executable`: `EXECUTABLE
/// [PRE_ARGS...] FILE [ARGS...]`, in the program's directory, with
/// `PYTHONHASHSEED=0` so that hash-dependent output is reproducible.
pub fn program_command(
    executable: &Path,
    pre_args: &[&str],
    program: &Program,
    directives: &Directives,
) -> Command {
    let mut command = Command::new(executable);
    command
        .args(pre_args)
        .arg(program.file_name())
        .args(&directives.args)
        .current_dir(program.dir())
        .env("PYTHONHASHSEED", "0");
    command
}

/// Runs `command` to completion with stdin empty and both outputs captured,
/// killing it (and every process it started) once `timeout` has passed.
pub fn run_captured(mut command: Command, timeout: Duration) -> io::Result<Captured> {
    command
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        // Its own process group, so that a timeout kills its children too.
        .process_group(0);
    let start = Instant::now();
    let mut child = command.spawn()?;
    let stdout = child
        .stdout
        .take()
        .map(|pipe| thread::spawn(move || read_limited(pipe)));
    let stderr = child
        .stderr
        .take()
        .map(|pipe| thread::spawn(move || read_limited(pipe)));

    let ending = wait_with_timeout(&mut child, start, timeout)?;
    let elapsed = start.elapsed();
    let collect = |reader: Option<thread::JoinHandle<Vec<u8>>>| {
        let bytes = reader
            .map(|handle| handle.join().unwrap_or_default())
            .unwrap_or_default();
        String::from_utf8_lossy(&bytes).into_owned()
    };
    Ok(Captured {
        stdout: collect(stdout),
        stderr: collect(stderr),
        ending,
        elapsed,
    })
}

/// How often a running child is checked for having ended: its time is known to
/// within this (a benchmark's timed run is its wall-clock time to that point).
const POLL: Duration = Duration::from_micros(500);

fn wait_with_timeout(child: &mut Child, start: Instant, timeout: Duration) -> io::Result<Ending> {
    // Poll quickly at first so that short programs are timed accurately, and never
    // less often than `POLL`: a coarser poll added up to its own length to every
    // timing (20 ms once, a fifth of a 0.1 s run).
    let mut pause = Duration::from_micros(50);
    loop {
        if let Some(status) = child.try_wait()? {
            return Ok(match (status.code(), status.signal()) {
                (Some(code), _) => Ending::Exited(code),
                (None, Some(signal)) => Ending::Signaled(signal),
                (None, None) => Ending::Exited(-1),
            });
        }
        if start.elapsed() >= timeout {
            kill_process_group(child);
            child.wait()?;
            return Ok(Ending::TimedOut(timeout));
        }
        thread::sleep(pause);
        pause = (pause * 2).min(POLL);
    }
}

fn kill_process_group(child: &mut Child) {
    extern "C" {
        fn kill(pid: i32, signal: i32) -> i32;
    }
    const SIGKILL: i32 = 9;
    match i32::try_from(child.id()) {
        // SAFETY: kill(2) takes two integers and touches no memory of ours. The
        // group id is the child's pid (it was spawned with `process_group(0)`)
        // and the child has not been reaped yet, so the id cannot be reused.
        Ok(pid) => unsafe {
            kill(-pid, SIGKILL);
        },
        Err(_) => {
            let _ = child.kill();
        }
    }
}

fn read_limited(mut pipe: impl Read) -> Vec<u8> {
    let mut kept = Vec::new();
    let mut chunk = [0u8; 8192];
    loop {
        match pipe.read(&mut chunk) {
            Ok(0) => break,
            Ok(n) => {
                let room = OUTPUT_LIMIT.saturating_sub(kept.len());
                kept.extend_from_slice(&chunk[..n.min(room)]);
            }
            Err(err) if err.kind() == io::ErrorKind::Interrupted => {}
            Err(_) => break,
        }
    }
    kept
}

/// A `krait` binary and the JIT modes it implements.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Krait {
    /// The executable.
    pub path: PathBuf,
    /// The modes listed by `krait --jit-modes`.
    pub modes: Vec<JitMode>,
}

impl Krait {
    /// Locates the binary, building it if needed, once per process.
    ///
    /// `$KRAIT_BIN` if set; otherwise `cargo build --release -p krait --bin
    /// krait` in the workspace, then `<target dir>/release/krait` (the target
    /// dir is `$CARGO_TARGET_DIR` or `<workspace>/target`).
    pub fn locate() -> Result<&'static Krait, String> {
        static KRAIT: OnceLock<Result<Krait, String>> = OnceLock::new();
        KRAIT
            .get_or_init(|| {
                let path = match env::var_os("KRAIT_BIN") {
                    Some(path) => PathBuf::from(path),
                    None => build_release_binary()?,
                };
                Krait::at(path)
            })
            .as_ref()
            .map_err(Clone::clone)
    }

    /// The binary if it can be had without building: `$KRAIT_BIN`, or an
    /// already built release binary (which may be stale).
    pub fn locate_without_building() -> Option<Krait> {
        let path = env::var_os("KRAIT_BIN")
            .map(PathBuf::from)
            .unwrap_or_else(release_binary_path);
        Krait::at(path).ok()
    }

    /// The binary at `path`, asked which modes it implements.
    pub fn at(path: PathBuf) -> Result<Krait, String> {
        // Absolute, because programs run in their own directories.
        let path = match fs::canonicalize(&path) {
            Ok(absolute) if absolute.is_file() => absolute,
            _ => {
                return Err(format!(
                    "krait binary {} does not exist (check KRAIT_BIN, or unset it to build one)",
                    path.display()
                ))
            }
        };
        let output = Command::new(&path)
            .arg("--jit-modes")
            .stdin(Stdio::null())
            .output()
            .map_err(|err| format!("cannot run {}: {err}", path.display()))?;
        if !output.status.success() {
            return Err(format!(
                "`{} --jit-modes` failed ({}): {}",
                path.display(),
                output.status,
                String::from_utf8_lossy(&output.stderr).trim()
            ));
        }
        let modes = String::from_utf8_lossy(&output.stdout)
            .lines()
            .filter_map(|line| JitMode::from_name(line.trim()))
            .collect();
        Ok(Krait { path, modes })
    }

    /// Whether this build implements `mode`.
    pub fn supports(&self, mode: JitMode) -> bool {
        self.modes.contains(&mode)
    }

    /// The command `krait --jit MODE FILE ARGS...` for `program`.
    pub fn command(&self, mode: JitMode, program: &Program, directives: &Directives) -> Command {
        program_command(&self.path, &["--jit", mode.name()], program, directives)
    }

    /// The command `krait --jit MODE --stats FILE ARGS...` for `program`, with
    /// `--no-coverage` unless `coverage`: its compiled code then does not count its
    /// instructions, so it compiles what a run without `--stats` compiles.
    pub fn command_with_stats(
        &self,
        mode: JitMode,
        program: &Program,
        directives: &Directives,
        coverage: bool,
    ) -> Command {
        let mut args = vec!["--jit", mode.name(), "--stats"];
        if !coverage {
            args.push("--no-coverage");
        }
        program_command(&self.path, &args, program, directives)
    }
}

/// Cargo's target directory: `$CARGO_TARGET_DIR` or `<workspace>/target`.
pub fn target_dir() -> PathBuf {
    let target_dir = env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("target"));
    // A relative CARGO_TARGET_DIR is relative to where cargo runs: the workspace root.
    workspace_root().join(target_dir)
}

fn release_binary_path() -> PathBuf {
    target_dir().join("release").join("krait")
}

fn build_release_binary() -> Result<PathBuf, String> {
    let cargo = env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let output = Command::new(&cargo)
        .args([
            "build",
            "--release",
            "--quiet",
            "-p",
            "krait",
            "--bin",
            "krait",
        ])
        .current_dir(workspace_root())
        .stdin(Stdio::null())
        .output()
        .map_err(|err| format!("cannot run cargo to build krait: {err}"))?;
    if !output.status.success() {
        return Err(format!(
            "`cargo build --release -p krait --bin krait` failed, so there is no krait to test \
             (set KRAIT_BIN to test another binary):\n{}",
            String::from_utf8_lossy(&output.stderr)
        ));
    }
    Ok(release_binary_path())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shell(script: &str) -> Command {
        let mut command = Command::new("sh");
        command.args(["-c", script]);
        command
    }

    #[test]
    fn captures_both_streams_and_exit_code() {
        let run = run_captured(
            shell("echo out; echo err >&2; exit 3"),
            Duration::from_secs(10),
        )
        .unwrap();
        assert_eq!(run.stdout, "out\n");
        assert_eq!(run.stderr, "err\n");
        assert_eq!(run.ending, Ending::Exited(3));
    }

    #[test]
    fn timeout_kills_the_whole_process_group() {
        let start = Instant::now();
        // The grandchild `sleep` holds the pipes open: only killing the group ends it.
        let run = run_captured(
            shell("echo started; sleep 30; echo never"),
            Duration::from_millis(300),
        )
        .unwrap();
        assert_eq!(run.ending, Ending::TimedOut(Duration::from_millis(300)));
        assert_eq!(run.stdout, "started\n");
        assert!(start.elapsed() < Duration::from_secs(10));
    }

    #[test]
    fn crash_reports_the_signal() {
        let run = run_captured(shell("kill -SEGV $$"), Duration::from_secs(10)).unwrap();
        assert_eq!(run.ending, Ending::Signaled(11));
        assert_eq!(signal_name(11), "SIGSEGV");
    }

    #[test]
    fn stdin_is_empty() {
        let run = run_captured(shell("cat; echo done"), Duration::from_secs(10)).unwrap();
        assert_eq!(run.stdout, "done\n");
    }

    #[test]
    fn last_nonempty_line_skips_blank_lines() {
        assert_eq!(
            last_nonempty_line("Traceback\nKeyError: 'b'\n\n  \n"),
            Some("KeyError: 'b'")
        );
        assert_eq!(
            last_nonempty_line("ValueError: x\r\n"),
            Some("ValueError: x")
        );
        assert_eq!(last_nonempty_line("\n \n"), None);
        assert_eq!(last_nonempty_line(""), None);
    }

    #[test]
    fn missing_krait_binary_is_a_clear_error() {
        let error = Krait::at(PathBuf::from("/nonexistent/krait")).unwrap_err();
        assert!(error.contains("does not exist"), "{error}");
    }
}
