# RecursionError at the bottom of a recursion, where the deepest frame calls a
# builtin: CPython 3.11 counts a level of C recursion for some calls (`abs(n)`,
# `s.lower()`, `int(n)`, `str(n)`), for others only until the calling code has
# run 8 times and its call sites are specialized (`len(L)`, `s.split()`), and for
# some not at all (`list(L)`): the limit each needs, and the message past it, from
# code run for the first time and from code run 10 times.
import sys
import math

L = [1, 2]
S = "ab"
D = {1: 2}
ST = {1}
F = 1.5

def g0(n):
    len(L)

def g1(n):
    sum(L)

def g2(n):
    abs(n)

def g3(n):
    sorted(L)

def g4(n):
    str(n)

def g5(n):
    int(n)

def g6(n):
    repr(n)

def g7(n):
    ascii(n)

def g8(n):
    S.split()

def g9(n):
    S.lower()

def g10(n):
    S.upper()

def g11(n):
    S.strip()

def g12(n):
    S.replace("a", "b")

def g13(n):
    S.startswith("a")

def g14(n):
    S.find("a")

def g15(n):
    S.join(["x"])

def g16(n):
    L.append(1)

def g17(n):
    [1, 2].pop()

def g18(n):
    [1, 2].index(1)

def g19(n):
    L.copy()

def g20(n):
    L.reverse()

def g21(n):
    L.extend([])

def g22(n):
    L.insert(0, 1)

def g23(n):
    isinstance(n, int)

def g24(n):
    round(1.5)

def g25(n):
    format(n)

def g26(n):
    tuple(L)

def g27(n):
    list(L)

def g28(n):
    f"{n}"

def g29(n):
    f"{n:3}"

def g30(n):
    f"{S!r}"

def g31(n):
    D.get(1)

def g32(n):
    D.keys()

def g33(n):
    D.items()

def g34(n):
    D.pop(5, 0)

def g35(n):
    D.setdefault(1, 2)

def g36(n):
    D.copy()

def g37(n):
    ST.add(1)

def g38(n):
    ST.union(ST)

def g39(n):
    ST.issubset(ST)

def g40(n):
    ST.discard(7)

def g41(n):
    math.sqrt(4.0)

def g42(n):
    math.gcd(4, 6)

def g43(n):
    math.floor(2.5)

def g44(n):
    math.log(2.0)

def g45(n):
    math.isclose(1.0, 1.0)

def g46(n):
    iter(L)

def g47(n):
    enumerate(L)

def g48(n):
    map(abs, L)

def g49(n):
    zip(L)

def g50(n):
    reversed(L)

def g51(n):
    filter(None, L)

def g52(n):
    divmod(7, 2)

def g53(n):
    pow(2, 3)

def g54(n):
    hash(n)

def g55(n):
    chr(65)

def g56(n):
    ord("a")

def g57(n):
    hex(n)

def g58(n):
    bin(n)

def g59(n):
    oct(n)

def g60(n):
    bool(n)

def g61(n):
    float(n)

def g62(n):
    dict()

def g63(n):
    set()

def g64(n):
    object()

def g65(n):
    slice(1)

def g66(n):
    type(n)

def g67(n):
    getattr(n, "real")

def g68(n):
    hasattr(n, "real")

def g69(n):
    callable(n)

def g70(n):
    id(n)

def g71(n):
    next(iter(L))

def g72(n):
    any(L)

def g73(n):
    all(L)

def g74(n):
    ValueError()

def g75(n):
    range(3)

def g76(n):
    n.bit_length()

def g77(n):
    F.is_integer()

def g78(n):
    "%d" % n

def g79(n):
    "{}".format(n)

def g80(n):
    str(L)

def g81(n):
    repr(L)

def g84(n):
    "%s" % F

def g85(n):
    "%s" % L

def g86(n):
    "%s" % S

def g87(n):
    "%s" % (n,)

def g88(n):
    "{}".format(F)

def g89(n):
    "{}".format(L)

def g90(n):
    "{}".format(S)

def g91(n):
    "{:3}".format(n)

def g92(n):
    "{!r}".format(n)

def g93(n):
    f"{F}"

def g94(n):
    f"{L}"

def g95(n):
    f"{S}"

def g96(n):
    f"{n!r}"

def g97(n):
    f"{F:.2f}"

def g98(n):
    format(F)

def g99(n):
    format(n, "3")

def g100(n):
    str(F)

def g101(n):
    str(S)

def g102(n):
    str(None)

def g103(n):
    ValueError("x")

def g104(n):
    KeyError(1)

def g105(n):
    Exception()

def g106(n):
    range(1, 5, 2)


def down(k, g):
    if k == 0:
        return g(1)
    return down(k - 1, g)


def trial(g, limit):
    sys.setrecursionlimit(limit)
    try:
        down(20, g)
        result = "ok"
    except RecursionError as e:
        result = str(e)
    sys.setrecursionlimit(1000)
    return result


def first_limit(g):
    for limit in range(22, 40):
        if trial(g, limit) == "ok":
            return limit, trial(g, limit - 1)
    return None, None

cases = [
    ('len(L)', g0),
    ('sum(L)', g1),
    ('abs(n)', g2),
    ('sorted(L)', g3),
    ('str(n)', g4),
    ('int(n)', g5),
    ('repr(n)', g6),
    ('ascii(n)', g7),
    ('S.split()', g8),
    ('S.lower()', g9),
    ('S.upper()', g10),
    ('S.strip()', g11),
    ('S.replace("a", "b")', g12),
    ('S.startswith("a")', g13),
    ('S.find("a")', g14),
    ('S.join(["x"])', g15),
    ('L.append(1)', g16),
    ('[1, 2].pop()', g17),
    ('[1, 2].index(1)', g18),
    ('L.copy()', g19),
    ('L.reverse()', g20),
    ('L.extend([])', g21),
    ('L.insert(0, 1)', g22),
    ('isinstance(n, int)', g23),
    ('round(1.5)', g24),
    ('format(n)', g25),
    ('tuple(L)', g26),
    ('list(L)', g27),
    ('f"{n}"', g28),
    ('f"{n:3}"', g29),
    ('f"{S!r}"', g30),
    ('D.get(1)', g31),
    ('D.keys()', g32),
    ('D.items()', g33),
    ('D.pop(5, 0)', g34),
    ('D.setdefault(1, 2)', g35),
    ('D.copy()', g36),
    ('ST.add(1)', g37),
    ('ST.union(ST)', g38),
    ('ST.issubset(ST)', g39),
    ('ST.discard(7)', g40),
    ('math.sqrt(4.0)', g41),
    ('math.gcd(4, 6)', g42),
    ('math.floor(2.5)', g43),
    ('math.log(2.0)', g44),
    ('math.isclose(1.0, 1.0)', g45),
    ('iter(L)', g46),
    ('enumerate(L)', g47),
    ('map(abs, L)', g48),
    ('zip(L)', g49),
    ('reversed(L)', g50),
    ('filter(None, L)', g51),
    ('divmod(7, 2)', g52),
    ('pow(2, 3)', g53),
    ('hash(n)', g54),
    ('chr(65)', g55),
    ('ord("a")', g56),
    ('hex(n)', g57),
    ('bin(n)', g58),
    ('oct(n)', g59),
    ('bool(n)', g60),
    ('float(n)', g61),
    ('dict()', g62),
    ('set()', g63),
    ('object()', g64),
    ('slice(1)', g65),
    ('type(n)', g66),
    ('getattr(n, "real")', g67),
    ('hasattr(n, "real")', g68),
    ('callable(n)', g69),
    ('id(n)', g70),
    ('next(iter(L))', g71),
    ('any(L)', g72),
    ('all(L)', g73),
    ('ValueError()', g74),
    ('range(3)', g75),
    ('n.bit_length()', g76),
    ('F.is_integer()', g77),
    ('"%d" % n', g78),
    ('"{}".format(n)', g79),
    ('str(L)', g80),
    ('repr(L)', g81),
    ('"%s" % F', g84),
    ('"%s" % L', g85),
    ('"%s" % S', g86),
    ('"%s" % (n,)', g87),
    ('"{}".format(F)', g88),
    ('"{}".format(L)', g89),
    ('"{}".format(S)', g90),
    ('"{:3}".format(n)', g91),
    ('"{!r}".format(n)', g92),
    ('f"{F}"', g93),
    ('f"{L}"', g94),
    ('f"{S}"', g95),
    ('f"{n!r}"', g96),
    ('f"{F:.2f}"', g97),
    ('format(F)', g98),
    ('format(n, "3")', g99),
    ('str(F)', g100),
    ('str(S)', g101),
    ('str(None)', g102),
    ('ValueError("x")', g103),
    ('KeyError(1)', g104),
    ('Exception()', g105),
    ('range(1, 5, 2)', g106),
]
for name, g in cases:
    cold = first_limit(g)
    for _ in range(10):
        g(1)
    warm = first_limit(g)
    print(name, cold, warm)
