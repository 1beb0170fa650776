//! Reading `krait --stats` output, for the tests that check its counters.

/// The `--stats` JSON line: the last line of stderr that starts with `{`.
pub fn stats_json(stderr: &str) -> Option<&str> {
    stderr.lines().rev().find(|l| l.starts_with('{'))
}

/// The number after `"key": ` in the `--stats` JSON.
pub fn stat(json: &str, key: &str) -> Option<f64> {
    let at = json.find(&format!("\"{key}\": "))? + key.len() + 4;
    let end = json[at..].find([',', '}'])? + at;
    json[at..end].trim().parse().ok()
}
