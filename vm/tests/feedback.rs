//! The interpreter records, per instruction, the kinds of operand it has seen (when a
//! JIT will read them: not in mode `off`).

use krait::bytecode::Instr;
use krait::compiler::compile;
use krait::interp::{feedback_bits, Vm};
use krait::jit::Mode;
use krait::runtime::heap::Heap;
use krait::runtime::value::Value;
use krait::syntax::parse;

fn run_in(source: &str, mode: Mode) -> Vm {
    let module = parse(source.as_bytes(), "t.py").expect("parses");
    let mut heap = Heap::new(false);
    let program = compile(&module, &mut heap).expect("compiles");
    let main = program.main;
    let mut vm = Vm::new(program, heap, "t.py".into(), source, vec!["t.py".into()]);
    // Mode `on` with a threshold never reached: the interpreter runs everything.
    vm.set_jit_mode(mode, u32::MAX);
    vm.run_main(main).expect("runs");
    vm
}

fn run(source: &str) -> Vm {
    run_in(source, Mode::On)
}

/// The feedback of the first `Add` in function `name`: a byte per operand.
fn add_feedback(vm: &Vm, name: &str) -> [u8; 2] {
    let code = vm
        .codes
        .iter()
        .find(|c| c.name == name)
        .expect("the function");
    let pc = code
        .instrs
        .iter()
        .position(|i| matches!(i, Instr::Add { .. }))
        .expect("an Add");
    code.feedback[pc].get().to_le_bytes()
}

#[test]
fn add_records_each_operand_kind_it_sees() {
    let vm = run("def f(a, b):\n    return a + b\nf(1, 2)\nf(1.5, 2.5)\nf('x', 'y')\n");
    let int = feedback_bits(Value::small_int(0));
    let float = feedback_bits(Value::float(0.0));
    for seen in add_feedback(&vm, "f") {
        assert_eq!(seen & int, int, "ints were seen");
        assert_eq!(seen & float, float, "floats were seen");
        assert_ne!(seen & !(int | float), 0, "strs were seen");
    }
}

#[test]
fn each_operand_has_its_own_feedback() {
    let vm = run("def f(a, b):\n    return a + b\nf(1, 2.5)\nf(3, 4.5)\n");
    let [a, b] = add_feedback(&vm, "f");
    assert_eq!(a, feedback_bits(Value::small_int(0)), "a was always an int");
    assert_eq!(b, feedback_bits(Value::float(0.0)), "b was always a float");
}

#[test]
fn mode_off_records_nothing() {
    let vm = run_in("def f(a, b):\n    return a + b\nf(1, 2)\n", Mode::Off);
    assert_eq!(add_feedback(&vm, "f"), [0, 0]);
}

#[test]
fn an_instruction_never_run_has_no_feedback() {
    let vm = run("def f(a, b):\n    return a + b\n");
    assert_eq!(add_feedback(&vm, "f"), [0, 0]);
}
