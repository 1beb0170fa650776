# Classic sorting algorithms implemented by hand and checked against sorted().

def insertion_sort(a):
    a = a[:]
    for i in range(1, len(a)):
        key = a[i]
        j = i - 1
        while j >= 0 and a[j] > key:
            a[j + 1] = a[j]
            j -= 1
        a[j + 1] = key
    return a


def merge_sort(a):
    if len(a) <= 1:
        return a[:]
    mid = len(a) // 2
    left = merge_sort(a[:mid])
    right = merge_sort(a[mid:])
    out = []
    i = j = 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            out.append(left[i])
            i += 1
        else:
            out.append(right[j])
            j += 1
    out.extend(left[i:])
    out.extend(right[j:])
    return out


def quick_sort(a):
    if len(a) <= 1:
        return a[:]
    pivot = a[len(a) // 2]
    less = [x for x in a if x < pivot]
    equal = [x for x in a if x == pivot]
    more = [x for x in a if x > pivot]
    return quick_sort(less) + equal + quick_sort(more)


def quick_sort_inplace(a, lo, hi):
    if lo >= hi:
        return
    p = a[(lo + hi) // 2]
    i, j = lo, hi
    while i <= j:
        while a[i] < p:
            i += 1
        while a[j] > p:
            j -= 1
        if i <= j:
            a[i], a[j] = a[j], a[i]
            i += 1
            j -= 1
    quick_sort_inplace(a, lo, j)
    quick_sort_inplace(a, i, hi)


def sift_down(a, start, end):
    root = start
    while 2 * root + 1 <= end:
        child = 2 * root + 1
        if child + 1 <= end and a[child] < a[child + 1]:
            child += 1
        if a[root] < a[child]:
            a[root], a[child] = a[child], a[root]
            root = child
        else:
            return


def heap_sort(a):
    a = a[:]
    n = len(a)
    for start in range((n - 2) // 2, -1, -1):
        sift_down(a, start, n - 1)
    for end in range(n - 1, 0, -1):
        a[0], a[end] = a[end], a[0]
        sift_down(a, 0, end - 1)
    return a


def counting_sort(a, maxval):
    counts = [0] * (maxval + 1)
    for x in a:
        counts[x] += 1
    out = []
    for v, c in enumerate(counts):
        out.extend([v] * c)
    return out


def shell_sort(a):
    a = a[:]
    gap = len(a) // 2
    while gap > 0:
        for i in range(gap, len(a)):
            t = a[i]
            j = i
            while j >= gap and a[j - gap] > t:
                a[j] = a[j - gap]
                j -= gap
            a[j] = t
        gap //= 2
    return a


seed = 2024
data = []
for _ in range(300):
    seed = (seed * 6364136223846793005 + 1442695040888963407) % (2 ** 64)
    data.append((seed >> 33) % 1000)
expected = sorted(data)
print("first ten:", data[:10])
print("insertion:", insertion_sort(data) == expected)
print("merge:    ", merge_sort(data) == expected)
print("quick:    ", quick_sort(data) == expected)
b = data[:]
quick_sort_inplace(b, 0, len(b) - 1)
print("quick ip: ", b == expected)
print("heap:     ", heap_sort(data) == expected)
print("counting: ", counting_sort(data, 999) == expected)
print("shell:    ", shell_sort(data) == expected)
print("smallest:", expected[:8], "largest:", expected[-8:])
print("median:", expected[len(expected) // 2], "distinct:", len(set(data)))

words = "pear Apple banana apple cherry Banana date fig grape Elderberry".split()
print(sorted(words))
print(merge_sort(words))


def lower_key(w):
    return (w.lower(), w)


print(sorted(words, key=lower_key))
print(sorted(words, key=len, reverse=True))
pairs = [(3, "c"), (1, "a"), (2, "b"), (1, "z"), (3, "a")]
print(heap_sort(pairs), quick_sort(pairs) == sorted(pairs))
print(sorted([3.5, -1.0, 2.25, 0.0, -0.5]), insertion_sort([3.5, -1.0, 2.25, 0.0, -0.5]))
