# Benchmark: string building -- join, f-strings, slicing, replace, split, find.
# krait-args: 2000
import sys

n = int(sys.argv[1]) if len(sys.argv) > 1 else 800000

parts = []
for i in range(n):
    parts.append(f"item{i:06d}:{i * 7 % 1000:>4}|{'x' * (i % 5)}")
text = ";".join(parts)
print("length:", len(text))

fields = text.split(";")
total = 0
for f in fields:
    name, rest = f.split(":")
    num = int(rest.split("|")[0])
    total += num
print("sum:", total)

replaced = text.replace("item", "IT").replace("x", "")
print("replaced length:", len(replaced))

upper_count = 0
pos = 0
found = 0
while True:
    pos = replaced.find("IT00", pos)
    if pos < 0:
        break
    found += 1
    pos += 4
print("found:", found)

rev_pieces = []
for i in range(0, min(len(text), n * 10), 97):
    chunk = text[i:i + 13]
    rev_pieces.append(chunk[::-1].upper())
joined = "-".join(rev_pieces)
print("pieces:", len(rev_pieces), "joined:", len(joined))

acc = ""
for i in range(n // 4):
    acc += str(i % 10)
    if len(acc) > 1000:
        acc = acc[500:]
print("acc:", acc[:20], len(acc))

lines = []
for i in range(n // 10):
    lines.append("%5d %-8s %8.3f" % (i, "w" + str(i % 97), i / 7))
block = "\n".join(lines)
words = block.split()
print("words:", len(words), "stripped:", sum(len(w.strip("w")) for w in words[:50000]))
checksum = 0
for ch in joined[:200000]:
    checksum = (checksum * 31 + ord(ch)) % 1000000007
print("checksum:", checksum)
