# String searching: naive, Knuth-Morris-Pratt, Z-algorithm, and Rabin-Karp with ints.

def naive(text, pat):
    out = []
    for i in range(len(text) - len(pat) + 1):
        if text[i:i + len(pat)] == pat:
            out.append(i)
    return out


def prefix_function(p):
    pi = [0] * len(p)
    k = 0
    for i in range(1, len(p)):
        while k > 0 and p[i] != p[k]:
            k = pi[k - 1]
        if p[i] == p[k]:
            k += 1
        pi[i] = k
    return pi


def kmp(text, pat):
    pi = prefix_function(pat)
    out = []
    k = 0
    for i, ch in enumerate(text):
        while k > 0 and ch != pat[k]:
            k = pi[k - 1]
        if ch == pat[k]:
            k += 1
        if k == len(pat):
            out.append(i - k + 1)
            k = pi[k - 1]
    return out


def z_array(s):
    n = len(s)
    z = [0] * n
    l = r = 0
    for i in range(1, n):
        if i < r:
            z[i] = min(r - i, z[i - l])
        while i + z[i] < n and s[z[i]] == s[i + z[i]]:
            z[i] += 1
        if i + z[i] > r:
            l, r = i, i + z[i]
    return z


def rabin_karp(text, pat, base=256, mod=1000000007):
    m = len(pat)
    if m > len(text):
        return []
    hp = 0
    ht = 0
    high = pow(base, m - 1, mod)
    for i in range(m):
        hp = (hp * base + ord(pat[i])) % mod
        ht = (ht * base + ord(text[i])) % mod
    out = []
    for i in range(len(text) - m + 1):
        if hp == ht and text[i:i + m] == pat:
            out.append(i)
        if i + m < len(text):
            ht = ((ht - ord(text[i]) * high) * base + ord(text[i + m])) % mod
    return out


text = "abracadabra cadabra abracadabracadabra " * 3
for pat in ("abra", "cadabra", "a", "zzz", "bracadabrac", "ra ca"):
    r1 = naive(text, pat)
    r2 = kmp(text, pat)
    r3 = rabin_karp(text, pat)
    z = z_array(pat + "\x00" + text)
    r4 = [i - len(pat) - 1 for i in range(len(z)) if z[i] == len(pat)]
    print(f"{pat!r:15} count={len(r1):3d} first={r1[:5]} same={r1 == r2 == r3 == r4} find={text.find(pat)} str.count={text.count(pat)}")

print(prefix_function("aabaaab"))
print(prefix_function("abcabcabcab"))
print(z_array("aaabaab"))
s = "abcabcabcabc"
pi = prefix_function(s)
period = len(s) - pi[-1]
print("smallest period of", s, "is", period, s[:period])
