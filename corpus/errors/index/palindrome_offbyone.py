# Palindrome check that mirrors with len(s) - i instead of len(s) - 1 - i.
def is_pal(s):
    for i in range(len(s) // 2):
        if s[i] != s[len(s) - 1 - i]:
            return False
    return True

def is_pal_buggy(s):
    return all(s[i] == s[len(s) - i] for i in range(len(s) // 2 + 1))

for w in ("level", "krait", "noon"):
    print(w, is_pal(w))
print(is_pal_buggy("a"))
print(is_pal_buggy("abba"))
