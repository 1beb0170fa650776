//! Finding corpus programs and reading their directives.
//!
//! A program is any `.py` file under the corpus root. Among its first
//! [`DIRECTIVE_LINES`] lines it may carry comment directives:
//!
//! ```text
//! # krait-args: 10 20     (appended to the command line, for bless and every run)
//! # krait-timeout: 60     (seconds, instead of the default)
//! # krait-bench: yes      (measure it with the benchmarks; corpus/bench/ needs no directive)
//! ```
//!
//! A benchmark takes an optional size as `argv[1]`: its `krait-args` give the
//! small size used by conformance and instruction counts, and with no
//! arguments it runs at its default (full) size for wall-clock timings.
//!
//! Architecture invariant: this is the only place that knows the directive
//! syntax and the corpus layout; it never runs anything.

use std::env;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::time::Duration;

use walkdir::WalkDir;

/// How many leading lines of a program are searched for directives.
pub const DIRECTIVE_LINES: usize = 10;

/// The timeout of a program that has no `# krait-timeout:` directive, unless
/// the environment variable `KRAIT_TEST_TIMEOUT` (seconds) says otherwise.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(30);

/// The per-program settings read from `# krait-...:` comment lines.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Directives {
    /// Arguments appended after the program path (`# krait-args:`), split on whitespace.
    pub args: Vec<String>,
    /// The program's own timeout (`# krait-timeout:`), if it sets one.
    pub timeout: Option<Duration>,
    /// Whether the program opted into (`yes`) or out of (`no`) the benchmarks
    /// (`# krait-bench:`); `None` when it does not say.
    pub bench: Option<bool>,
}

impl Directives {
    /// Parses the directives among the first [`DIRECTIVE_LINES`] lines of `source`.
    ///
    /// Only comment lines of the form `# krait-NAME: VALUE` are directives; an
    /// unknown `krait-` name, a repeated directive or a bad timeout is an error
    /// (so that a typo never silently changes how a program is run).
    pub fn parse(source: &str) -> Result<Directives, String> {
        let mut directives = Directives::default();
        let mut seen_args = false;
        for (index, line) in source.lines().take(DIRECTIVE_LINES).enumerate() {
            let line_no = index + 1;
            let Some(comment) = line.trim().strip_prefix('#') else {
                continue;
            };
            let Some(directive) = comment.trim_start().strip_prefix("krait-") else {
                continue;
            };
            let Some((name, value)) = directive.split_once(':') else {
                return Err(format!(
                    "line {line_no}: directive `krait-{directive}` has no `:`; \
                     write `# krait-args: 10 20` or `# krait-timeout: 60`"
                ));
            };
            let value = value.trim();
            match name.trim() {
                "args" => {
                    if seen_args {
                        return Err(format!("line {line_no}: `krait-args` given twice"));
                    }
                    seen_args = true;
                    directives.args = value.split_whitespace().map(str::to_owned).collect();
                }
                "timeout" => {
                    if directives.timeout.is_some() {
                        return Err(format!("line {line_no}: `krait-timeout` given twice"));
                    }
                    directives.timeout = Some(parse_seconds(value).map_err(|problem| {
                        format!("line {line_no}: `krait-timeout: {value}`: {problem}")
                    })?);
                }
                "bench" => {
                    if directives.bench.is_some() {
                        return Err(format!("line {line_no}: `krait-bench` given twice"));
                    }
                    directives.bench = Some(match value {
                        "yes" => true,
                        "no" => false,
                        _ => {
                            return Err(format!(
                                "line {line_no}: `krait-bench: {value}`: write `yes` or `no`"
                            ))
                        }
                    });
                }
                other => {
                    return Err(format!(
                        "line {line_no}: unknown directive `krait-{other}` \
                         (known: `krait-args`, `krait-timeout`, `krait-bench`)"
                    ))
                }
            }
        }
        Ok(directives)
    }
}

/// Parses a positive whole number of seconds.
fn parse_seconds(text: &str) -> Result<Duration, String> {
    match text.parse::<u64>() {
        Ok(0) => Err("the timeout must be at least 1 second".to_owned()),
        Ok(seconds) => Ok(Duration::from_secs(seconds)),
        Err(_) => Err("expected a whole number of seconds".to_owned()),
    }
}

/// The timeout for programs without a directive: `KRAIT_TEST_TIMEOUT` seconds
/// if that is set, otherwise [`DEFAULT_TIMEOUT`].
pub fn default_timeout() -> Result<Duration, String> {
    match env::var("KRAIT_TEST_TIMEOUT") {
        Ok(text) => parse_seconds(text.trim())
            .map_err(|problem| format!("KRAIT_TEST_TIMEOUT={text}: {problem}")),
        Err(_) => Ok(DEFAULT_TIMEOUT),
    }
}

/// One corpus program.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Program {
    /// Where the program is (as found on disk).
    pub path: PathBuf,
    /// How reports and test names call it, e.g. `corpus/tier1/arith/floordiv.py`.
    pub name: String,
}

impl Program {
    /// The file holding the blessed expectation: `foo.py` → `foo.expected.toml`.
    pub fn expected_path(&self) -> PathBuf {
        self.path.with_extension("expected.toml")
    }

    /// The directory the program runs in.
    pub fn dir(&self) -> &Path {
        // A bare file name (`krait-harness check foo.py`) has an empty parent, which
        // is no directory to run in: it means the current one.
        match self.path.parent() {
            Some(dir) if !dir.as_os_str().is_empty() => dir,
            _ => Path::new("."),
        }
    }

    /// The program's file name, as passed on the command line (relative to [`Program::dir`]).
    pub fn file_name(&self) -> &str {
        self.path
            .file_name()
            .and_then(|name| name.to_str())
            .unwrap_or_default()
    }

    /// Reads the program and parses its directives.
    pub fn directives(&self) -> Result<Directives, String> {
        let source = fs::read_to_string(&self.path)
            .map_err(|err| format!("cannot read {}: {err}", self.path.display()))?;
        Directives::parse(&source).map_err(|problem| format!("{}: {problem}", self.name))
    }

    /// Whether this program is a benchmark: it lies in `<corpus>/bench/` and does
    /// not say `# krait-bench: no`, or it says `# krait-bench: yes`.
    pub fn is_benchmark(&self, directives: &Directives) -> bool {
        directives.bench.unwrap_or_else(|| self.in_bench_dir())
    }

    fn in_bench_dir(&self) -> bool {
        let bench_dir = corpus_root().join("bench");
        let (Ok(dir), Ok(bench_dir)) = (fs::canonicalize(self.dir()), fs::canonicalize(bench_dir))
        else {
            return false;
        };
        dir.starts_with(bench_dir)
    }

    /// The timeout this program runs under.
    pub fn timeout(&self, directives: &Directives) -> Result<Duration, String> {
        match directives.timeout {
            Some(timeout) => Ok(timeout),
            None => default_timeout(),
        }
    }
}

/// The root of the Cargo workspace this harness was built in.
pub fn workspace_root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("the harness crate lives in a directory of the workspace")
}

/// The corpus directory: `$KRAIT_CORPUS` if set, otherwise `<workspace>/corpus`.
pub fn corpus_root() -> PathBuf {
    match env::var_os("KRAIT_CORPUS") {
        Some(dir) => PathBuf::from(dir),
        None => workspace_root().join("corpus"),
    }
}

/// Every program in the corpus, in a stable order.
pub fn corpus() -> io::Result<Vec<Program>> {
    let root = corpus_root();
    if !root.is_dir() {
        return Err(io::Error::new(
            io::ErrorKind::NotFound,
            format!(
                "corpus directory {} not found (set KRAIT_CORPUS to use another one)",
                root.display()
            ),
        ));
    }
    programs_under(&[root])
}

/// The programs named by `paths`: each a `.py` file, or a directory searched recursively.
///
/// The result is sorted by path (component by component, the order a sorted
/// directory walk gives) with duplicates removed, so it never depends on the
/// file system's order or on the order of the arguments.
pub fn programs_under(paths: &[PathBuf]) -> io::Result<Vec<Program>> {
    let mut files = Vec::new();
    for path in paths {
        let metadata = fs::metadata(path)
            .map_err(|err| io::Error::new(err.kind(), format!("{}: {err}", path.display())))?;
        if metadata.is_dir() {
            for entry in WalkDir::new(path).sort_by_file_name() {
                let entry = entry.map_err(io::Error::other)?;
                if entry.file_type().is_file() && is_program(entry.path()) {
                    files.push(entry.into_path());
                }
            }
        } else if is_program(path) {
            files.push(path.clone());
        } else {
            return Err(io::Error::new(
                io::ErrorKind::InvalidInput,
                format!("{} is not a `.py` program", path.display()),
            ));
        }
    }
    files.sort();
    files.dedup();
    Ok(files
        .into_iter()
        .map(|path| Program {
            name: display_name(&path),
            path,
        })
        .collect())
}

fn is_program(path: &Path) -> bool {
    path.extension().is_some_and(|ext| ext == "py")
}

/// Names a program relative to the workspace root when it lies inside it, else
/// relative to the parent of the corpus root, else by its path as given.
fn display_name(path: &Path) -> String {
    let absolute = fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
    let corpus_parent = corpus_root().join("..");
    for base in [workspace_root(), corpus_parent.as_path()] {
        if let Ok(base) = fs::canonicalize(base) {
            if let Ok(relative) = absolute.strip_prefix(&base) {
                return relative.to_string_lossy().into_owned();
            }
        }
    }
    path.to_string_lossy().into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_directives() {
        let directives = Directives::parse("print(1)\n# krait is great\n").unwrap();
        assert_eq!(directives, Directives::default());
    }

    #[test]
    fn args_and_timeout() {
        let source =
            "#!/usr/bin/env python3\n# krait-args: 10  20 x\n#krait-timeout: 60\nprint(1)\n";
        let directives = Directives::parse(source).unwrap();
        assert_eq!(directives.args, ["10", "20", "x"]);
        assert_eq!(directives.timeout, Some(Duration::from_secs(60)));
    }

    #[test]
    fn bench_directive() {
        assert_eq!(
            Directives::parse("# krait-bench: yes\n").unwrap().bench,
            Some(true)
        );
        assert_eq!(
            Directives::parse("# krait-bench: no\n").unwrap().bench,
            Some(false)
        );
        assert_eq!(Directives::parse("print(1)\n").unwrap().bench, None);
    }

    #[test]
    fn empty_args_directive_means_no_args() {
        assert!(Directives::parse("# krait-args:\n")
            .unwrap()
            .args
            .is_empty());
    }

    #[test]
    fn directives_only_in_first_ten_lines() {
        let source = format!("{}# krait-args: 5\n", "\n".repeat(DIRECTIVE_LINES));
        assert!(Directives::parse(&source).unwrap().args.is_empty());
        let source = format!("{}# krait-args: 5\n", "\n".repeat(DIRECTIVE_LINES - 1));
        assert_eq!(Directives::parse(&source).unwrap().args, ["5"]);
    }

    #[test]
    fn directive_inside_code_is_ignored() {
        let directives = Directives::parse("x = '# krait-args: 1'\n").unwrap();
        assert!(directives.args.is_empty());
    }

    #[test]
    fn bad_directives_are_errors() {
        for (source, needle) in [
            ("# krait-arg: 1\n", "unknown directive `krait-arg`"),
            ("# krait-timeout: soon\n", "whole number"),
            ("# krait-timeout: 0\n", "at least 1 second"),
            ("# krait-timeout 5\n", "no `:`"),
            ("# krait-args: 1\n# krait-args: 2\n", "given twice"),
            ("# krait-bench: maybe\n", "write `yes` or `no`"),
            ("# krait-bench: yes\n# krait-bench: no\n", "given twice"),
        ] {
            let error = Directives::parse(source).unwrap_err();
            assert!(error.contains(needle), "{source:?}: {error}");
        }
    }

    #[test]
    fn expected_path_sits_beside_the_program() {
        let program = Program {
            path: PathBuf::from("corpus/a/foo.py"),
            name: String::new(),
        };
        assert_eq!(
            program.expected_path(),
            Path::new("corpus/a/foo.expected.toml")
        );
        assert_eq!(program.file_name(), "foo.py");
        assert_eq!(program.dir(), Path::new("corpus/a"));
    }

    #[test]
    fn a_bare_file_name_runs_in_the_current_directory() {
        let program = Program {
            path: PathBuf::from("foo.py"),
            name: "foo.py".into(),
        };
        assert_eq!(program.dir(), Path::new("."));
        let nested = Program {
            path: PathBuf::from("a/b/foo.py"),
            name: "a/b/foo.py".into(),
        };
        assert_eq!(nested.dir(), Path::new("a/b"));
    }

    #[test]
    fn discovery_is_sorted_recursive_and_deduplicated() {
        let dir = std::env::temp_dir().join(format!("krait-discover-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        for file in [
            "b.py",
            "a/z.py",
            "a/b/c.py",
            "a-b.py",
            "a/notes.txt",
            "a/x.expected.toml",
        ] {
            let path = dir.join(file);
            fs::create_dir_all(path.parent().unwrap()).unwrap();
            fs::write(&path, "pass\n").unwrap();
        }
        let found = programs_under(&[dir.join("b.py"), dir.clone()]).unwrap();
        let relative: Vec<_> = found
            .iter()
            .map(|program| {
                program
                    .path
                    .strip_prefix(&dir)
                    .unwrap()
                    .to_str()
                    .unwrap()
                    .to_owned()
            })
            .collect();
        assert_eq!(relative, ["a/b/c.py", "a/z.py", "a-b.py", "b.py"]);
        assert!(programs_under(&[dir.join("a/notes.txt")]).is_err());
        assert!(programs_under(&[dir.join("missing")]).is_err());
        fs::remove_dir_all(&dir).unwrap();
    }
}
