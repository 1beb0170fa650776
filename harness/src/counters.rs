//! The VM's own run counters, as `krait --stats` prints them.
//!
//! `--stats` writes one JSON object to stderr at exit:
//!
//! ```json
//! {"instructions_interpreted": 1433192, "calls": 91450, "gc_collections": 0,
//!  "run_time_ms": 9.9, "jit": {"mode": "off", "functions_compiled": 0, "deopts": {}}}
//! ```
//!
//! Nested objects are flattened into dotted names (`jit.functions_compiled`).
//! Only whole numbers are kept: timings (`*_ms`, any fraction) vary from run to
//! run and strings (`jit.mode`) are not counts, so neither belongs in a
//! baseline. New counters the VM adds appear without a change here.
//!
//! Architecture invariant: parses text; knows no counter by name except the
//! timing suffix it drops.

use std::collections::BTreeMap;

use serde_json::Value;

/// Deterministic counters of one run, by dotted name.
pub type Counters = BTreeMap<String, u64>;

/// Finds the `--stats` object in a run's stderr (the last line that is a JSON
/// object) and flattens its counters.
pub fn from_stderr(stderr: &str) -> Option<Counters> {
    stderr
        .lines()
        .rev()
        .map(str::trim)
        .filter(|line| line.starts_with('{'))
        .find_map(|line| serde_json::from_str::<Value>(line).ok())
        .filter(Value::is_object)
        .map(|stats| {
            let mut counters = Counters::new();
            flatten("", &stats, &mut counters);
            counters
        })
}

/// The JIT's compilation times in milliseconds, one per compilation in order
/// (`jit.compile_times_ms` of the `--stats` object); `None` without that list.
pub fn compile_times_ms(stderr: &str) -> Option<Vec<f64>> {
    jit_list(stderr, "compile_times_ms")
}

/// The size of each compilation in Cranelift IR instructions, in the order of
/// [`compile_times_ms`] (`jit.compile_ir_insts`); `None` without that list.
pub fn compile_ir_insts(stderr: &str) -> Option<Vec<u64>> {
    jit_list(stderr, "compile_ir_insts")?
        .into_iter()
        .map(|n| (n >= 0.0 && n.fract() == 0.0).then_some(n as u64))
        .collect()
}

/// The numbers of list `jit.key` of the `--stats` object.
fn jit_list(stderr: &str, key: &str) -> Option<Vec<f64>> {
    let stats = stderr
        .lines()
        .rev()
        .map(str::trim)
        .filter(|line| line.starts_with('{'))
        .find_map(|line| serde_json::from_str::<Value>(line).ok())?;
    stats
        .get("jit")?
        .get(key)?
        .as_array()?
        .iter()
        .map(Value::as_f64)
        .collect()
}

/// The non-empty lines of `stderr` other than the `--stats` object: what the
/// program itself wrote (the exception line is the last of them).
pub fn without_stats(stderr: &str) -> impl DoubleEndedIterator<Item = &str> {
    stderr
        .lines()
        .map(|line| line.trim_end_matches('\r'))
        .filter(|line| !line.trim().is_empty() && !line.trim_start().starts_with('{'))
}

fn flatten(prefix: &str, value: &Value, counters: &mut Counters) {
    match value {
        Value::Object(fields) => {
            for (name, field) in fields {
                let name = if prefix.is_empty() {
                    name.clone()
                } else {
                    format!("{prefix}.{name}")
                };
                flatten(&name, field, counters);
            }
        }
        Value::Number(number) if !prefix.ends_with("_ms") => {
            if let Some(count) = number.as_u64() {
                counters.insert(prefix.to_owned(), count);
            }
        }
        _ => {}
    }
}

/// A short rendering for tables: `calls 91450, objects_allocated 339`: the
/// `wanted` counters, then the non-zero `jit.*` ones. (Per-opcode and other
/// detailed counters stay in the baseline file, out of the table.)
pub fn summary(counters: &Counters, wanted: &[&str]) -> String {
    let first = wanted
        .iter()
        .filter_map(|&name| counters.get_key_value(name));
    let rest = counters.iter().filter(|(name, &count)| {
        !wanted.contains(&name.as_str()) && name.starts_with("jit.") && count != 0
    });
    first
        .chain(rest)
        .map(|(name, count)| format!("{name} {count}"))
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    const STATS: &str = r#"{"instructions_interpreted": 1433192, "calls": 91450, "gc_collections": 0, "objects_allocated": 339, "objects_freed": 0, "run_time_ms": 9.989, "jit": {"mode": "off", "functions_compiled": 2, "compile_time_ms": 3, "deopts": {"type_guard": 4}}}"#;

    #[test]
    fn flattens_whole_numbers_and_drops_timings() {
        let stderr = format!("Traceback...\nValueError: x\n{STATS}\n");
        let counters = from_stderr(&stderr).unwrap();
        let names: Vec<_> = counters.keys().map(String::as_str).collect();
        assert_eq!(
            names,
            [
                "calls",
                "gc_collections",
                "instructions_interpreted",
                "jit.deopts.type_guard",
                "jit.functions_compiled",
                "objects_allocated",
                "objects_freed",
            ]
        );
        assert_eq!(counters["calls"], 91450);
        assert_eq!(counters["jit.deopts.type_guard"], 4);
    }

    #[test]
    fn compile_times_are_read_in_order() {
        let stderr = r#"{"calls": 1, "jit": {"mode": "on", "compile_times_ms": [0.25, 3, 1.5]}}"#;
        assert_eq!(compile_times_ms(stderr), Some(vec![0.25, 3.0, 1.5]));
        assert_eq!(
            compile_times_ms(r#"{"jit": {"compile_times_ms": []}}"#),
            Some(vec![])
        );
        assert_eq!(compile_times_ms(STATS), None);
        let sizes = r#"{"jit": {"compile_times_ms": [1.5, 2], "compile_ir_insts": [310, 42]}}"#;
        assert_eq!(compile_ir_insts(sizes), Some(vec![310, 42]));
        assert_eq!(compile_ir_insts(stderr), None);
        assert_eq!(
            compile_ir_insts(r#"{"jit": {"compile_ir_insts": [1.5]}}"#),
            None
        );
        // The list is not a counter.
        assert!(!from_stderr(stderr)
            .unwrap()
            .contains_key("jit.compile_times_ms"));
    }

    #[test]
    fn without_stats_keeps_the_exception() {
        let stderr = format!("Traceback...\nValueError: x\n{STATS}\n");
        assert_eq!(without_stats(&stderr).last(), Some("ValueError: x"));
    }

    #[test]
    fn no_stats_is_none() {
        assert_eq!(from_stderr("plain error\n"), None);
        assert_eq!(from_stderr("{not json\n"), None);
    }

    #[test]
    fn summary_puts_wanted_first_then_nonzero_jit_counters() {
        let counters = from_stderr(STATS).unwrap();
        assert_eq!(
            summary(&counters, &["calls", "gc_collections"]),
            "calls 91450, gc_collections 0, jit.deopts.type_guard 4, jit.functions_compiled 2"
        );
    }
}
