//! Which corpus programs are benchmarks, and at what size they run.
//!
//! Every program under `corpus/bench/` is a benchmark, and so is any program
//! that says `# krait-bench: yes` (see [`crate::discover`]). A benchmark takes
//! an optional size as `argv[1]`: its `# krait-args:` give the *small* size
//! (conformance, instruction counts), and with no arguments it runs at its
//! *full* default size, which takes 1–3 s in CPython (wall-clock timings).
//!
//! Architecture invariant: selects and describes benchmarks; runs nothing.

use std::fmt;

use crate::discover::{Directives, Program};

/// The input size of a benchmark run.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum Size {
    /// The `# krait-args:` of the program: fast, for instruction counts and CI.
    Small,
    /// No arguments: the program's own default size, for wall-clock timings.
    #[default]
    Full,
}

impl fmt::Display for Size {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Size::Small => "small",
            Size::Full => "full",
        })
    }
}

/// A benchmark program and its directives.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Benchmark {
    /// The program.
    pub program: Program,
    /// Its directives, read once.
    pub directives: Directives,
}

impl Benchmark {
    /// How reports and baselines call it: the program's name.
    pub fn name(&self) -> &str {
        &self.program.name
    }

    /// The arguments of a run at `size`.
    pub fn args(&self, size: Size) -> &[String] {
        match size {
            Size::Small => &self.directives.args,
            Size::Full => &[],
        }
    }

    /// The directives of a run at `size`: the program's own, with the
    /// arguments that size calls for.
    pub fn directives_at(&self, size: Size) -> Directives {
        Directives {
            args: self.args(size).to_vec(),
            ..self.directives.clone()
        }
    }
}

/// The benchmarks among `programs`, in their order.
///
/// A program whose directives cannot be read is an error, naming it: a typo in
/// `# krait-bench:` must not silently drop a benchmark.
pub fn select(programs: Vec<Program>) -> Result<Vec<Benchmark>, String> {
    let mut benchmarks = Vec::new();
    for program in programs {
        let directives = program.directives()?;
        if program.is_benchmark(&directives) {
            benchmarks.push(Benchmark {
                program,
                directives,
            });
        }
    }
    Ok(benchmarks)
}

#[cfg(test)]
mod tests {
    use std::path::PathBuf;

    use super::*;

    #[test]
    fn sizes_choose_arguments() {
        let benchmark = Benchmark {
            program: Program {
                path: PathBuf::from("corpus/bench/fib.py"),
                name: "corpus/bench/fib.py".into(),
            },
            directives: Directives {
                args: vec!["16".into()],
                ..Directives::default()
            },
        };
        assert_eq!(benchmark.args(Size::Small), ["16"]);
        assert!(benchmark.args(Size::Full).is_empty());
        assert!(benchmark.directives_at(Size::Full).args.is_empty());
        assert_eq!(benchmark.name(), "corpus/bench/fib.py");
    }
}
