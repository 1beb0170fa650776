//! End-to-end tests of the `krait-harness` command against a stand-in krait
//! (a shell script that runs CPython for `--jit off` and implements no other mode).

use std::fs;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const FAKE_KRAIT: &str = r#"#!/bin/sh
if [ "$1" = "--jit-modes" ]; then echo off; exit 0; fi
if [ "$1" = "--jit" ]; then
    if [ "$2" != "off" ]; then echo "krait: --jit $2 is not available yet" >&2; exit 2; fi
    shift 2
fi
exec python3 "$@"
"#;

/// A scratch directory with a corpus of two programs and a fake krait.
struct Scratch {
    dir: PathBuf,
}

impl Scratch {
    fn new(name: &str) -> Scratch {
        let dir = std::env::temp_dir().join(format!("krait-cli-{name}-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(dir.join("corpus/errors")).unwrap();
        fs::write(
            dir.join("corpus/hello.py"),
            "# krait-args: 3\nimport sys\nprint('hello' * int(sys.argv[1]))\n",
        )
        .unwrap();
        fs::write(
            dir.join("corpus/errors/zerodiv.py"),
            "print('before')\nprint(1 // 0)\n",
        )
        .unwrap();
        let krait = dir.join("krait");
        fs::write(&krait, FAKE_KRAIT).unwrap();
        fs::set_permissions(&krait, fs::Permissions::from_mode(0o755)).unwrap();
        Scratch { dir }
    }

    fn path(&self, relative: &str) -> PathBuf {
        self.dir.join(relative)
    }

    fn harness(&self, args: &[&str]) -> (i32, String) {
        let output: Output = Command::new(env!("CARGO_BIN_EXE_krait-harness"))
            .args(args)
            .env("KRAIT_CORPUS", self.path("corpus"))
            .env("KRAIT_BIN", self.path("krait"))
            .env("CI", "true")
            .env_remove("KRAIT_TEST_TIMEOUT")
            .output()
            .unwrap();
        let text = format!(
            "{}{}",
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        );
        (output.status.code().unwrap_or(-1), text)
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.dir);
    }
}

fn read(path: &Path) -> String {
    fs::read_to_string(path).unwrap()
}

#[test]
fn bless_then_check_then_break_then_report() {
    let scratch = Scratch::new("flow");

    let (code, out) = scratch.harness(&["check"]);
    assert_eq!(code, 1, "{out}");
    assert!(
        out.contains(
            "not blessed: run `cargo run --release -p krait-harness -- bless corpus/hello.py`"
        ),
        "{out}"
    );

    let (code, out) = scratch.harness(&["bless"]);
    assert_eq!(code, 0, "{out}");
    assert!(
        out.contains("2 new, 0 updated, 0 unchanged, 0 failed"),
        "{out}"
    );
    assert_eq!(
        read(&scratch.path("corpus/hello.expected.toml")),
        "# Written by `krait-harness bless` from CPython's output. Do not edit: re-bless.\n\
         exit_code = 0\nstdout = \"\"\"\nhellohellohello\n\"\"\"\n"
    );
    let zerodiv = read(&scratch.path("corpus/errors/zerodiv.expected.toml"));
    assert!(zerodiv.contains("exit_code = 1\nexception = \"ZeroDivisionError: integer division or modulo by zero\"\n"), "{zerodiv}");

    let (code, out) = scratch.harness(&["bless", &scratch.path("corpus/errors").to_string_lossy()]);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("0 new, 0 updated, 1 unchanged"), "{out}");

    let (code, out) = scratch.harness(&["check"]);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("ok      corpus/hello.py::off"), "{out}");
    assert!(out.contains("ignored corpus/hello.py::eager"), "{out}");
    assert!(out.contains("2 passed, 0 failed, 4 ignored"), "{out}");

    let expected = scratch.path("corpus/hello.expected.toml");
    fs::write(
        &expected,
        read(&expected).replace("hellohellohello", "hello"),
    )
    .unwrap();
    let (code, out) = scratch.harness(&["check", "--mode", "off"]);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("FAIL    corpus/hello.py::off"), "{out}");
    assert!(out.contains("-hello\n+hellohellohello\n"), "{out}");

    let reports = scratch.path("reports");
    let (code, out) = scratch.harness(&["report", "--reports-dir", &reports.to_string_lossy()]);
    assert_eq!(code, 1, "{out}");
    let report = read(&reports.join("latest.md"));
    assert!(
        report.contains("## Failures\n\n### `corpus/hello.py::off`"),
        "{report}"
    );

    let (code, out) = scratch.harness(&["bless"]);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("updated (stdout) corpus/hello.py"), "{out}");
}

#[test]
fn usage_errors_exit_2() {
    let scratch = Scratch::new("usage");
    assert_eq!(scratch.harness(&["check", "--mode", "fast"]).0, 2);
    assert_eq!(scratch.harness(&["check", "no/such/dir"]).0, 2);
    let (code, out) = scratch.harness(&["check", &scratch.path("krait").to_string_lossy()]);
    assert_eq!(code, 2, "{out}");
    assert!(out.contains("is not a `.py` program"), "{out}");
}
