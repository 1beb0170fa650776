//! The `krait` command line.

use crate::bytecode::disassemble;
use crate::compiler::compile;
use crate::interp::Vm;
use crate::jit::{self, Mode};
use crate::runtime::heap::Heap;
use crate::syntax::{parse, ParseError, ParseErrorKind};
use std::io::Write;

const USAGE: &str = "\
usage: krait [OPTIONS] FILE [ARGS...]

Runs FILE, a Python program in Krait's subset of Python (see LANGUAGE.md), and
behaves as `python3 FILE ARGS...` would: the same stdout, a traceback on stderr for
an uncaught exception, exit status 0, or 1 on an uncaught exception (SyntaxError
included), or 2 on a usage error.

Options:
  --jit MODE     execution mode: off (interpreter only), on (the default: interpret,
                 compile hot functions and loops with Cranelift), eager (compile every
                 function at its first call and every loop at its first entry), stress
                 (eager, and type guards fail on purpose now and then, to test
                 deoptimization)
  --jit-threshold N
                 in mode on, compile a function after N calls or a loop after N
                 back-edges (default 200)
  --jit-modes    print the execution modes this build implements, one per line
  --stats        write a JSON object of run counters to stderr at exit; compiled code
                 then counts the instructions it runs (for the JIT coverage figure),
                 which makes it larger, slower to compile and slower to run
  --no-coverage  with --stats, leave that counting out (coverage is then null): the
                 compile times and code sizes are those of a run without --stats
  --dis          print the bytecode of every code object instead of running
  -h, --help     print this help
  -V, --version  print the version

Environment:
  KRAIT_GC_STRESS=1   collect garbage at every safepoint (to find GC bugs)
  KRAIT_JIT_DUMP=1    print the Cranelift IR of every compiled function to stderr
  KRAIT_JIT_DUMP=asm  the IR, then the machine code made of it
  KRAIT_JIT_VERIFY=1  run Cranelift's IR verifier on every compilation (slower; a
                      function that fails it is left to the interpreter)
";

/// The execution modes, in one place: the harness asks `krait --jit-modes`.
pub const MODES: &[(&str, bool)] = &[
    ("off", true),
    ("on", true),
    ("eager", true),
    ("stress", true),
];

struct Options {
    mode: Mode,
    threshold: u32,
    stats: bool,
    coverage: bool,
    dis: bool,
    file: String,
    args: Vec<String>,
}

fn usage_error(msg: &str) -> i32 {
    eprintln!("krait: {msg}\nTry 'krait --help' for more information.");
    2
}

fn parse_args(argv: &[String]) -> Result<Options, i32> {
    let mut stats = false;
    let mut coverage = true;
    let mut dis = false;
    let mut mode = Mode::On;
    let mut threshold = jit::DEFAULT_THRESHOLD;
    let mut i = 0;
    while i < argv.len() {
        let a = argv[i].as_str();
        match a {
            "-h" | "--help" => {
                print!("{USAGE}");
                return Err(0);
            }
            "-V" | "--version" => {
                println!("krait {}", env!("CARGO_PKG_VERSION"));
                return Err(0);
            }
            "--jit-modes" => {
                for (m, available) in MODES {
                    if *available {
                        println!("{m}");
                    }
                }
                return Err(0);
            }
            "--stats" => stats = true,
            "--no-coverage" => coverage = false,
            "--dis" => dis = true,
            "--jit" => {
                let Some(m) = argv.get(i + 1) else {
                    return Err(usage_error("--jit needs a mode: off, on, eager or stress"));
                };
                mode = check_mode(m)?;
                i += 1;
            }
            _ if a.starts_with("--jit=") => mode = check_mode(&a["--jit=".len()..])?,
            "--jit-threshold" => {
                threshold = match argv.get(i + 1).map(|n| n.parse::<u32>()) {
                    Some(Ok(n)) if n > 0 => n,
                    _ => return Err(usage_error("--jit-threshold needs a positive number")),
                };
                i += 1;
            }
            _ if a.starts_with('-') && a.len() > 1 => {
                return Err(usage_error(&format!("unknown option '{a}'")))
            }
            _ => {
                if !coverage && !stats {
                    return Err(usage_error("--no-coverage needs --stats"));
                }
                return Ok(Options {
                    mode,
                    threshold,
                    stats,
                    coverage,
                    dis,
                    file: a.to_string(),
                    args: argv[i + 1..].to_vec(),
                });
            }
        }
        i += 1;
    }
    Err(usage_error("no program file given"))
}

fn check_mode(mode: &str) -> Result<Mode, i32> {
    match MODES.iter().find(|(m, _)| *m == mode) {
        Some((m, true)) => Ok(Mode::parse(m).expect("MODES names parse")),
        Some((m, false)) => {
            eprintln!("krait: --jit {m} is not available in this build (see krait --jit-modes)");
            Err(2)
        }
        None => Err(usage_error(&format!(
            "unknown --jit mode '{mode}' (expected off, on, eager or stress)"
        ))),
    }
}

/// Prints a syntax error the way CPython does: location, source line, caret, message.
fn report_parse_error(file: &str, source: &[u8], e: &ParseError) {
    if e.kind == ParseErrorKind::Recursion {
        // CPython's compiler reports it as a bare exception, without a location.
        eprintln!("{}: {}", e.kind.exception_name(), e.message);
        return;
    }
    let mut out = format!("  File \"{file}\", line {}\n", e.line);
    let text = String::from_utf8_lossy(source);
    if let Some(line) = text.lines().nth(e.line.saturating_sub(1) as usize) {
        let trimmed = line.trim_start();
        let indent = line.chars().count() - trimmed.chars().count();
        if !trimmed.trim_end().is_empty() {
            out.push_str(&format!("    {}\n", trimmed.trim_end()));
            let caret_col = (e.col as usize).saturating_sub(indent);
            out.push_str(&format!("    {}^\n", " ".repeat(caret_col)));
        }
    }
    out.push_str(&format!("{}: {}\n", e.kind.exception_name(), e.message));
    eprint!("{out}");
}

/// Runs the CLI; returns the process exit status.
pub fn main() -> i32 {
    let argv: Vec<String> = std::env::args().skip(1).collect();
    let opts = match parse_args(&argv) {
        Ok(o) => o,
        Err(code) => return code,
    };
    // Deep recursion in Python code does not recurse natively, but nested calls from
    // builtins and the parser do: give them room.
    let child = std::thread::Builder::new()
        .stack_size(512 << 20)
        .spawn(move || run(opts));
    match child.map(|h| h.join()) {
        Ok(Ok(code)) => code,
        _ => {
            eprintln!("krait: internal error (the VM thread panicked); please report this with the program that caused it");
            70
        }
    }
}

fn run(opts: Options) -> i32 {
    let source = match std::fs::read(&opts.file) {
        Ok(s) => s,
        Err(e) => {
            eprintln!(
                "krait: can't open file '{}': [Errno {}] {}",
                opts.file,
                e.raw_os_error().unwrap_or(0),
                describe_io_error(&e)
            );
            return 2;
        }
    };
    let module = match parse(&source, &opts.file) {
        Ok(m) => m,
        Err(e) => {
            report_parse_error(&opts.file, &source, &e);
            return 1;
        }
    };
    let stress = std::env::var("KRAIT_GC_STRESS").is_ok_and(|v| v == "1");
    let mut heap = Heap::new(stress);
    let program = match compile(&module, &mut heap) {
        Ok(p) => p,
        Err(e) => {
            report_parse_error(&opts.file, &source, &e);
            return 1;
        }
    };
    let main = program.main;
    let text = String::from_utf8_lossy(&source).into_owned();
    let mut argv = vec![opts.file.clone()];
    argv.extend(opts.args);
    let mut vm = Vm::new(program, heap, opts.file.clone(), &text, argv);
    if opts.dis {
        let codes = std::rc::Rc::clone(&vm.codes);
        let mut out = std::io::stdout().lock();
        for code in codes.iter() {
            let listing = disassemble(code, &mut |v| vm.repr(v).unwrap_or_else(|_| "?".into()));
            let _ = writeln!(out, "{listing}");
        }
        return 0;
    }
    vm.count_instructions = opts.stats;
    vm.set_jit_mode(opts.mode, opts.threshold);
    vm.jit
        .count_instructions(opts.stats && opts.coverage && opts.mode != Mode::Off);
    let started = std::time::Instant::now();
    let status = match vm.run_main(main) {
        Ok(()) => 0,
        Err(exc) => vm.exit_with(exc),
    };
    if opts.stats {
        eprintln!("{}", stats_json(&vm, started.elapsed(), opts.coverage));
    }
    // The process ends here: its memory goes back to the OS at once, so the VM (and
    // its heap of possibly millions of objects) is not freed one object at a time.
    vm.flush_stdout();
    std::mem::forget(vm);
    status
}

/// The `--stats` object: run counters, the GC's, the JIT's, and the opcode profile
/// (every opcode's count, and the 40 most frequent adjacent pairs keyed `"A+B"`).
fn stats_json(vm: &Vm, elapsed: std::time::Duration, coverage: bool) -> String {
    let h = vm.heap.stats;
    let opcodes: Vec<String> = vm
        .stats
        .top_opcodes()
        .iter()
        .map(|(name, n)| format!("\"{name}\": {n}"))
        .collect();
    let fused: Vec<String> = vm
        .stats
        .superinstructions()
        .iter()
        .map(|(name, n)| format!("\"{name}\": {n}"))
        .collect();
    let pairs: Vec<String> = vm
        .stats
        .top_pairs(40)
        .iter()
        .map(|(a, b, n)| format!("\"{a}+{b}\": {n}"))
        .collect();
    format!(
        "{{\"instructions_interpreted\": {}, \"calls\": {}, \"gc_collections\": {}, \"objects_allocated\": {}, \"objects_freed\": {}, \"gc_time_ms\": {:.3}, \"run_time_ms\": {:.3}, \
         \"jit\": {}, \"opcodes\": {{{}}}, \"opcode_pairs\": {{{}}}, \"superinstructions\": {{{}}}}}",
        vm.stats.instructions,
        vm.stats.calls,
        h.collections,
        h.objects_allocated,
        h.objects_freed,
        h.gc_time.as_secs_f64() * 1000.0,
        elapsed.as_secs_f64() * 1000.0,
        jit_stats_json(vm, coverage),
        opcodes.join(", "),
        pairs.join(", "),
        fused.join(", ")
    )
}

/// The `"jit"` object of `--stats`.
fn jit_stats_json(vm: &Vm, counted: bool) -> String {
    let s = &vm.jit.stats;
    let compiled = vm.jit_instructions();
    let total = compiled + vm.stats.instructions;
    // Without counting in compiled code (`--no-coverage`) neither figure is known.
    let (compiled, coverage) = if !counted {
        ("null".to_owned(), "null".to_owned())
    } else if total == 0 {
        (compiled.to_string(), "0.0000".to_owned())
    } else {
        (
            compiled.to_string(),
            format!("{:.4}", compiled as f64 / total as f64),
        )
    };
    let deopts: Vec<String> = jit::exit::DeoptReason::ALL
        .iter()
        .map(|r| format!("\"{}\": {}", r.name(), s.deopts[*r as usize]))
        .collect();
    let stepped: Vec<String> = s
        .top_stepped(20)
        .iter()
        .map(|(name, n)| format!("\"{name}\": {n}"))
        .collect();
    let times: Vec<String> = s
        .compile_times
        .iter()
        .map(|t| format!("{:.3}", t.as_secs_f64() * 1000.0))
        .collect();
    let sizes: Vec<String> = s.compile_ir_insts.iter().map(u32::to_string).collect();
    format!(
        "{{\"mode\": \"{}\", \"functions_compiled\": {}, \"loops_compiled\": {}, \"compile_failures\": {}, \"recompilations\": {}, \"despecialized\": {}, \"compile_time_ms\": {:.3}, \"median_compile_time_ms\": {:.3}, \"compile_times_ms\": [{}], \"compile_ir_insts\": [{}], \"code_bytes\": {}, \"entries\": {}, \"instructions_compiled\": {}, \"coverage\": {}, \"deopts\": {{{}}}, \"stepped\": {{{}}}}}",
        vm.jit.mode.name(),
        s.functions_compiled,
        s.loops_compiled,
        s.compile_failures,
        s.recompilations,
        s.despecialized,
        s.compile_time().as_secs_f64() * 1000.0,
        s.median_compile_time().as_secs_f64() * 1000.0,
        times.join(", "),
        sizes.join(", "),
        s.code_bytes,
        s.entries,
        compiled,
        coverage,
        deopts.join(", "),
        stepped.join(", ")
    )
}

fn describe_io_error(e: &std::io::Error) -> &'static str {
    match e.kind() {
        std::io::ErrorKind::NotFound => "No such file or directory",
        std::io::ErrorKind::PermissionDenied => "Permission denied",
        std::io::ErrorKind::IsADirectory => "Is a directory",
        _ => "cannot read file",
    }
}
