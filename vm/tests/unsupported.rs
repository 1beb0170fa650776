//! Programs outside Krait's subset of Python end with a clear error that names the
//! construct (LANGUAGE.md), never a wrong answer or a misleading error.

use std::process::Command;

const CASES: &[(&str, &str, &str)] = &[
    (
        "builtin_subclass",
        "class MyList(list):\n    pass\nprint(MyList([1]))\n",
        "NotImplementedError: subclassing the built-in type 'list' is not supported by Krait",
    ),
    (
        "dict_subclass",
        "class D(dict):\n    pass\n",
        "NotImplementedError: subclassing the built-in type 'dict' is not supported by Krait",
    ),
    (
        "walrus",
        "x = (y := 1)\n",
        "NotImplementedError: assignment expression (':=') is not supported by Krait",
    ),
    (
        "multiple_inheritance",
        "class A: pass\nclass B: pass\nclass C(A, B): pass\n",
        "NotImplementedError: multiple inheritance is not supported by Krait",
    ),
    (
        "match",
        "match 1:\n    case 1:\n        pass\n",
        "NotImplementedError: 'match' statement is not supported by Krait",
    ),
    (
        "generator_send",
        "def g():\n    yield 1\ng().send(None)\n",
        "NotImplementedError: generator.send is not supported by Krait",
    ),
    (
        "generator_close_attribute",
        "def g():\n    yield 1\nclose = g().close\n",
        "NotImplementedError: generator.close is not supported by Krait",
    ),
    (
        "int_to_bytes",
        "print((5).to_bytes(2, 'big'))\n",
        "NotImplementedError: int.to_bytes is not supported by Krait",
    ),
    (
        "str_translate",
        "print('ab'.translate({97: 'x'}))\n",
        "NotImplementedError: str.translate is not supported by Krait",
    ),
    (
        "frozenset",
        "print(frozenset([1]))\n",
        "NotImplementedError: frozenset is not supported by Krait",
    ),
    (
        "function_attribute",
        "def f():\n    pass\nf.cache = {}\n",
        "NotImplementedError: setting attributes on functions is not supported by Krait",
    ),
    (
        "other_module",
        "import os\n",
        "ModuleNotFoundError: No module named 'os' (Krait has only the built-in modules math and sys)",
    ),
];

#[test]
fn out_of_subset_programs_name_the_construct() {
    let dir = std::env::temp_dir().join(format!("krait-unsupported-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("a temporary directory");
    for (name, source, expected) in CASES {
        let path = dir.join(format!("{name}.py"));
        std::fs::write(&path, source).expect("writes the program");
        let out = Command::new(env!("CARGO_BIN_EXE_krait"))
            .arg(&path)
            .output()
            .expect("runs krait");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(
            (out.status.code(), stderr.lines().last().unwrap_or("")),
            (Some(1), *expected),
            "{name}: {stderr}"
        );
    }
}
