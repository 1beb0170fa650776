# A sieve's output is checked against trial division; a deliberately wrong bound breaks it.
def sieve(n):
    flags = [True] * (n + 1)
    flags[0] = flags[1] = False
    for i in range(2, int(n ** 0.5)):
        if flags[i]:
            for j in range(i * i, n + 1, i):
                flags[j] = False
    return [i for i, f in enumerate(flags) if f]

def is_prime(k):
    return k > 1 and all(k % d for d in range(2, k))

for n in (10, 30, 50):
    ps = sieve(n)
    print(n, len(ps), ps[-3:])
    bad = [p for p in ps if not is_prime(p)]
    assert bad == [], f"composites {bad} reported prime up to {n}"
