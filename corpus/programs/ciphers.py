# Caesar, Vigenere and Atbash ciphers plus a frequency-based Caesar cracker.

def shift_char(ch, k):
    if "a" <= ch <= "z":
        return chr((ord(ch) - ord("a") + k) % 26 + ord("a"))
    if "A" <= ch <= "Z":
        return chr((ord(ch) - ord("A") + k) % 26 + ord("A"))
    return ch


def caesar(text, k):
    return "".join(shift_char(ch, k) for ch in text)


def vigenere(text, key, decrypt=False):
    out = []
    i = 0
    for ch in text:
        if ch.isalpha():
            k = ord(key[i % len(key)].lower()) - ord("a")
            if decrypt:
                k = -k
            out.append(shift_char(ch, k))
            i += 1
        else:
            out.append(ch)
    return "".join(out)


def atbash(text):
    out = []
    for ch in text:
        if ch.islower():
            out.append(chr(ord("z") - (ord(ch) - ord("a"))))
        elif ch.isupper():
            out.append(chr(ord("Z") - (ord(ch) - ord("A"))))
        else:
            out.append(ch)
    return "".join(out)


ENGLISH = "etaoinshrdlcumwfgypbvkjxqz"


def score(text):
    total = 0
    for ch in text.lower():
        idx = ENGLISH.find(ch)
        if idx >= 0:
            total += 26 - idx
    return total


def crack(cipher):
    best = None
    for k in range(26):
        cand = caesar(cipher, -k)
        s = score(cand)
        if best is None or s > best[0]:
            best = (s, k, cand)
    return best


msg = "The quick brown fox jumps over the lazy dog, then rests near the riverbank."
for k in (1, 3, 13, 25):
    enc = caesar(msg, k)
    print(f"caesar {k:2d}: {enc}")
    assert caesar(enc, -k) == msg

v = vigenere(msg, "Lemon")
print("vigenere:", v)
print("decrypted:", vigenere(v, "Lemon", True))
print("atbash:", atbash(msg))
print("atbash twice ok:", atbash(atbash(msg)) == msg)

secret = caesar("Attack at dawn and bring the heavy equipment to the northern gate", 17)
s, k, plain = crack(secret)
print("cracked key:", k, "->", plain)

counts = {}
for ch in msg.lower():
    if ch.isalpha():
        counts[ch] = counts.get(ch, 0) + 1


def count_key(item):
    return (-item[1], item[0])


top = sorted(counts.items(), key=count_key)[:6]
print("most common letters:", top)
