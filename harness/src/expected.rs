//! The blessed expectation of a program: its `.expected.toml` file.
//!
//! ```toml
//! # Written by `krait-harness bless` from CPython's output. Do not edit: re-bless.
//! exit_code = 1
//! exception = "ZeroDivisionError: division by zero"
//! stdout = """
//! before
//! """
//! ```
//!
//! Architecture invariant: only [`crate::bless`] writes these files, and only
//! from CPython's output.

use std::fs;
use std::io;
use std::path::Path;

use serde::{Deserialize, Serialize};

/// The first line of every expected file.
const HEADER: &str =
    "# Written by `krait-harness bless` from CPython's output. Do not edit: re-bless.\n";

/// What CPython did when it ran a program.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Expected {
    /// The process exit status.
    pub exit_code: i32,
    /// The last non-empty line of stderr when `exit_code` is not 0
    /// (`ZeroDivisionError: division by zero`); absent when the exit code is 0
    /// or stderr was empty.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exception: Option<String>,
    /// The exact bytes written to stdout (as UTF-8).
    pub stdout: String,
}

impl Expected {
    /// Serializes to TOML; `stdout` becomes a multi-line string when it has newlines.
    pub fn to_toml(&self) -> String {
        let body = toml::to_string(self).expect("Expected always serializes to TOML");
        format!("{HEADER}{body}")
    }

    /// Parses the text of an expected file.
    pub fn from_toml(text: &str) -> Result<Expected, String> {
        toml::from_str(text).map_err(|err| err.to_string())
    }

    /// Loads the expected file at `path`; `Ok(None)` when there is none yet.
    pub fn load(path: &Path) -> Result<Option<Expected>, String> {
        match fs::read_to_string(path) {
            Ok(text) => Expected::from_toml(&text).map(Some).map_err(|err| {
                format!(
                    "{} is not a valid expected file: {err}; re-bless it",
                    path.display()
                )
            }),
            Err(err) if err.kind() == io::ErrorKind::NotFound => Ok(None),
            Err(err) => Err(format!("cannot read {}: {err}", path.display())),
        }
    }

    /// Writes the expected file at `path`.
    pub fn save(&self, path: &Path) -> io::Result<()> {
        fs::write(path, self.to_toml())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn round_trip(stdout: &str, exception: Option<&str>) -> String {
        let expected = Expected {
            exit_code: if exception.is_some() { 1 } else { 0 },
            exception: exception.map(str::to_owned),
            stdout: stdout.to_owned(),
        };
        let text = expected.to_toml();
        assert_eq!(
            Expected::from_toml(&text).unwrap(),
            expected,
            "through:\n{text}"
        );
        text
    }

    #[test]
    fn stdout_round_trips_exactly() {
        for stdout in [
            "",
            "\n",
            "\n\n",
            "one line\n",
            "no trailing newline",
            "two\nlines\n",
            "trailing blank lines\n\n\n",
            "  leading and trailing spaces  \n",
            "double \" quote and \"\"\" triple\n",
            "single ' quote and ''' triple\n",
            "both ''' and \"\"\"\n",
            "back\\slash \\n not a newline\n",
            "unicode: héllo, 日本, ☃, 🐍\n",
            "tab\there\n",
            "carriage\r\nreturn\r\n",
            "lone\rcarriage return",
            "control \u{1b}[1m escape\u{7}\n",
            "\"\"\"\n",
        ] {
            round_trip(stdout, None);
            round_trip(stdout, Some("ValueError: bad \"value\" \\ 'x'"));
        }
    }

    #[test]
    fn multi_line_stdout_is_readable() {
        let text = round_trip("hello\nworld\n", None);
        assert!(text.contains("hello\nworld\n"), "{text}");
        assert!(text.starts_with(HEADER));
    }

    #[test]
    fn exception_absent_on_success() {
        let text = round_trip("ok\n", None);
        assert!(!text.contains("exception"), "{text}");
        let parsed = Expected::from_toml("exit_code = 0\nstdout = \"ok\\n\"\n").unwrap();
        assert_eq!(parsed.exception, None);
    }

    #[test]
    fn unknown_fields_are_rejected() {
        assert!(Expected::from_toml("exit_code = 0\nstdout = \"\"\nstderr = \"\"\n").is_err());
        assert!(Expected::from_toml("exit_code = 0\n").is_err());
    }

    #[test]
    fn missing_file_is_none() {
        assert_eq!(
            Expected::load(Path::new("/nonexistent/x.expected.toml")),
            Ok(None)
        );
    }
}
