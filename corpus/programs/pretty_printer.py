# Hand-written JSON-like serializer and pretty printer for nested lists/dicts.

def escape(s):
    out = ['"']
    for ch in s:
        if ch == '"':
            out.append('\\"')
        elif ch == "\\":
            out.append("\\\\")
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        elif ord(ch) < 32:
            out.append("\\u" + hex(ord(ch))[2:].zfill(4))
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def scalar(v):
    if v is None:
        return "null"
    if v is True:
        return "true"
    if v is False:
        return "false"
    if isinstance(v, str):
        return escape(v)
    return repr(v)


def compact(v):
    if isinstance(v, dict):
        return "{" + ",".join(escape(str(k)) + ":" + compact(v[k]) for k in v) + "}"
    if isinstance(v, (list, tuple)):
        return "[" + ",".join(compact(x) for x in v) + "]"
    return scalar(v)


def pretty(v, indent=0, step=2):
    pad = " " * indent
    inner = " " * (indent + step)
    if isinstance(v, dict):
        if not v:
            return "{}"
        lines = []
        for k in v:
            lines.append(inner + escape(str(k)) + ": " + pretty(v[k], indent + step, step))
        return "{\n" + ",\n".join(lines) + "\n" + pad + "}"
    if isinstance(v, (list, tuple)):
        if not v:
            return "[]"
        if all(not isinstance(x, (list, tuple, dict)) for x in v) and len(compact(v)) < 40:
            return "[" + ", ".join(scalar(x) for x in v) + "]"
        return "[\n" + ",\n".join(inner + pretty(x, indent + step, step) for x in v) + "\n" + pad + "]"
    return scalar(v)


def depth(v):
    if isinstance(v, dict):
        return 1 + max([depth(x) for x in v.values()] + [0])
    if isinstance(v, (list, tuple)):
        return 1 + max([depth(x) for x in v] + [0])
    return 0


def count_leaves(v):
    if isinstance(v, dict):
        return sum(count_leaves(x) for x in v.values())
    if isinstance(v, (list, tuple)):
        return sum(count_leaves(x) for x in v)
    return 1


doc = {
    "name": "krait",
    "version": [0, 1, 3],
    "stable": False,
    "license": None,
    "ratio": 0.75,
    "tags": ["vm", "python", "jit"],
    "authors": [
        {"name": "Ada", "email": "ada@example.org", "commits": 1234},
        {"name": "Linus \"T\"", "email": None, "commits": 7},
    ],
    "matrix": [[1, 2, 3], [4, 5, 6], [7, 8, 9]],
    "notes": "line one\nline two\ttabbed \\ backslash",
    "empty": {"list": [], "dict": {}, "tuple": ()},
    "nested": {"a": {"b": {"c": {"d": [1.5, -2.25, 1e21, 1e-7]}}}},
    42: "int key",
}
print(compact(doc))
print(pretty(doc))
print("depth:", depth(doc), "leaves:", count_leaves(doc))
print(pretty([1, [2, [3, [4, [5]]]]], 0, 4))
