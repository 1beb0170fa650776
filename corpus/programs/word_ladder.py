# Word ladder via BFS over an embedded dictionary of four-letter words.

WORDS = set("""cold cord card ward warm word worm wore core corn cone bone bane cane
care dare date gate hate have hive five fire fine line lime time tile tale tall
ball bell belt bolt boat coat cost cast case cash wash wish fish dish dash
mash mass moss boss loss lose lost last fast fist mist most post pose rose
rise wise wine mine mind kind find fond bond band hand hard lard lord load
road roam foam form farm harm head heal real rear near heat beat bent
""".split())

ALPHA = "abcdefghijklmnopqrstuvwxyz"


def neighbours(word):
    out = []
    for i in range(len(word)):
        for ch in ALPHA:
            if ch != word[i]:
                cand = word[:i] + ch + word[i + 1:]
                if cand in WORDS:
                    out.append(cand)
    return out


def ladder(start, goal):
    if start not in WORDS or goal not in WORDS:
        return None
    prev = {start: None}
    queue = [start]
    head = 0
    while head < len(queue):
        w = queue[head]
        head += 1
        if w == goal:
            path = []
            while w is not None:
                path.append(w)
                w = prev[w]
            return path[::-1]
        for n in neighbours(w):
            if n not in prev:
                prev[n] = w
                queue.append(n)
    return None


print("dictionary size:", len(WORDS))
for a, b in (("cold", "warm"), ("fish", "bolt"), ("head", "tail"), ("lose", "find"), ("cash", "boss"), ("hate", "love"), ("five", "time")):
    p = ladder(a, b)
    if p is None:
        print(f"{a} -> {b}: no ladder")
    else:
        print(f"{a} -> {b}: {len(p) - 1} steps: {' > '.join(p)}")

degree = {w: len(neighbours(w)) for w in WORDS}


def by_degree(w):
    return (-degree[w], w)


ranked = sorted(WORDS, key=by_degree)
print("most connected:", [(w, degree[w]) for w in ranked[:6]])
print("isolated:", sorted(w for w in WORDS if degree[w] == 0))
seen = set()
sizes = []
for w in sorted(WORDS):
    if w in seen:
        continue
    stack = [w]
    seen.add(w)
    size = 0
    while stack:
        x = stack.pop()
        size += 1
        for n in neighbours(x):
            if n not in seen:
                seen.add(n)
                stack.append(n)
    sizes.append(size)
print("component sizes:", sorted(sizes, reverse=True))
