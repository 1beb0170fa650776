//! Rust code that calls Python code (a dunder method, a key function, a class's
//! `__init__`, a generator's next item) nests a run of the interpreter on the native
//! stack. With `sys.setrecursionlimit` raised far past what those nestings could
//! survive, every kind of them must still end in RecursionError (at
//! `MAX_NATIVE_DEPTH` nested runs), never in a native stack overflow. CPython
//! crashes on these programs, so they are not corpus programs.

use std::process::Command;

/// Each program recurses `N` levels deep through one kind of nested run.
const PROGRAMS: &[(&str, &str)] = &[
    (
        "add",
        r#"class C:
    def __init__(self, n): self.n = n
    def __add__(self, o): return C(self.n - 1) + o if self.n else 0
print(C(N) + 1)
"#,
    ),
    (
        "bool",
        r#"class C:
    def __init__(self, n): self.n = n
    def __bool__(self): return bool(C(self.n - 1)) if self.n else False
print(bool(C(N)))
"#,
    ),
    (
        "classbody",
        r#"def f(n):
    class C:
        x = f(n - 1) if n else 0
    return C.x
print(f(N))
"#,
    ),
    (
        "contains",
        r#"class C:
    def __init__(self, n): self.n = n
    def __contains__(self, x): return x in C(self.n - 1) if self.n else False
print(1 in C(N))
"#,
    ),
    (
        "eq",
        r#"class C:
    def __init__(self, n): self.n = n
    def __eq__(self, o): return C(self.n - 1) == o if self.n else True
print(C(N) == 1)
"#,
    ),
    (
        "fstring",
        r#"class C:
    def __init__(self, n): self.n = n
    def __repr__(self): return f"{C(self.n - 1)!r}" if self.n else "x"
    def __format__(self, spec): return f"{C(self.n - 1):>3}" if self.n else "x"
print(f"{C(N):>2}")
"#,
    ),
    (
        "gen",
        r#"def g(n):
    if n:
        for x in g(n - 1):
            yield x
    else:
        yield 1
print(list(g(N)))
"#,
    ),
    (
        "getitem",
        r#"class C:
    def __getitem__(self, n): return self[n - 1] if n else 0
print(C()[N])
"#,
    ),
    (
        "hash",
        r#"class C:
    def __init__(self, n): self.n = n
    def __hash__(self): return hash(C(self.n - 1)) if self.n else 0
    def __eq__(self, o): return True
print({C(N): 1})
"#,
    ),
    (
        "init",
        r#"class C:
    def __init__(self, n):
        self.c = C(n - 1) if n else None
C(N)
"#,
    ),
    (
        "iter",
        r#"class C:
    def __init__(self, n): self.n = n
    def __iter__(self):
        if self.n:
            for x in C(self.n - 1): pass
        return iter([1])
for x in C(N): pass
"#,
    ),
    (
        "len",
        r#"class C:
    def __init__(self, n): self.n = n
    def __len__(self): return len(C(self.n - 1)) if self.n else 0
print(len(C(N)))
"#,
    ),
    (
        "lt_sorted",
        r#"def k(n):
    return sorted([n, n + 1], key=lambda x: k(n - 1) if n else 0)[0] if n else 0
print(k(N))
"#,
    ),
    (
        "map",
        r#"def m(n):
    return list(map(m, [n - 1])) if n else []
print(len(m(N)))
"#,
    ),
    (
        "max_key",
        r#"def w(n):
    return max([n], key=lambda x: w(n - 1)) if n else 0
print(w(N))
"#,
    ),
    (
        "property",
        r#"class C:
    def __init__(self, n): self.n = n
    @property
    def p(self): return C(self.n - 1).p if self.n else 0
print(C(N).p)
"#,
    ),
    (
        "repr",
        r#"class C:
    def __init__(self, n): self.n = n
    def __repr__(self): return repr(C(self.n - 1)) if self.n else "x"
print(len(repr(C(N))))
"#,
    ),
    (
        "setitem",
        r#"class C:
    def __setitem__(self, n, v):
        if n: self[n - 1] = v
C()[N] = 1
"#,
    ),
    (
        "str_print",
        r#"class C:
    def __init__(self, n): self.n = n
    def __str__(self): return str(C(self.n - 1)) if self.n else "x"
print(C(N))
"#,
    ),
    (
        "sum_gen",
        r#"def s(n):
    return sum(s(n - 1) for _ in [1]) if n else 1
print(s(N))
"#,
    ),
    (
        "yield_from",
        r#"def g(n):
    if n:
        yield from g(n - 1)
    else:
        yield 1
print(list(g(N)))
"#,
    ),
];

fn run(name: &str, body: &str, mode: &str) {
    let dir = std::env::temp_dir().join(format!("krait-native-depth-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("a temporary directory");
    let path = dir.join(format!("{name}.py"));
    let program = format!("import sys\nsys.setrecursionlimit(200000)\nN = 60000\n{body}");
    std::fs::write(&path, program).expect("writes the program");
    let out = Command::new(env!("CARGO_BIN_EXE_krait"))
        .args(["--jit", mode])
        .arg(&path)
        .output()
        .expect("runs krait");
    let stderr = String::from_utf8_lossy(&out.stderr);
    let last = stderr.lines().last().unwrap_or("");
    assert_eq!(
        (out.status.code(), last),
        (Some(1), "RecursionError: maximum recursion depth exceeded"),
        "{name} in mode {mode}: {stderr}"
    );
}

#[test]
fn every_kind_of_nested_run_ends_in_recursion_error() {
    for (name, body) in PROGRAMS {
        for mode in ["off", "eager"] {
            run(name, body, mode);
        }
    }
}
