# Recursive permutations, combinations, powerset and related counting.

def permutations(items):
    if len(items) <= 1:
        return [items[:]]
    out = []
    for i in range(len(items)):
        rest = items[:i] + items[i + 1:]
        for p in permutations(rest):
            out.append([items[i]] + p)
    return out


def combinations(items, k):
    if k == 0:
        return [[]]
    if len(items) < k:
        return []
    first = items[0]
    with_first = [[first] + c for c in combinations(items[1:], k - 1)]
    return with_first + combinations(items[1:], k)


def powerset(items):
    if not items:
        return [[]]
    rest = powerset(items[1:])
    return rest + [[items[0]] + s for s in rest]


def unique_perms(s):
    if len(s) <= 1:
        return [s]
    out = []
    seen = set()
    for i in range(len(s)):
        if s[i] in seen:
            continue
        seen.add(s[i])
        for p in unique_perms(s[:i] + s[i + 1:]):
            out.append(s[i] + p)
    return out


def next_permutation(a):
    i = len(a) - 2
    while i >= 0 and a[i] >= a[i + 1]:
        i -= 1
    if i < 0:
        return False
    j = len(a) - 1
    while a[j] <= a[i]:
        j -= 1
    a[i], a[j] = a[j], a[i]
    a[i + 1:] = reversed(a[i + 1:])
    return True


ps = permutations([1, 2, 3])
print(len(ps), ps)
print(["".join(p) for p in permutations(list("abcd"))][:10])
print("4! =", len(permutations(list(range(4)))), "6! =", len(permutations(list(range(6)))))
print(combinations(["a", "b", "c", "d", "e"], 3))
print([len(combinations(list(range(8)), k)) for k in range(9)])
pw = powerset([1, 2, 3])
print(pw)
print(sorted(pw))
print(sorted(powerset(list("xyz")), key=len))
u = unique_perms("aabb")
print(len(u), u)
print(len(unique_perms("mississ")))

a = [1, 2, 3, 4]
count = 1
while next_permutation(a):
    count += 1
    if count in (2, 12, 24):
        print(count, a)
print("total via next_permutation:", count)

subset_sums = {}
for s in powerset([3, 5, 7, 11, 13]):
    subset_sums.setdefault(sum(s), []).append(s)
print("sums with several subsets:", {k: v for k, v in sorted(subset_sums.items()) if len(v) > 1})
print("derangements of 5:", sum(1 for p in permutations(list(range(5))) if all(p[i] != i for i in range(5))))
