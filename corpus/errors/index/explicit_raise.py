# Raising IndexError explicitly from a bounds-checked ring buffer.
def ring_get(buf, start, count, i):
    if not 0 <= i < count:
        raise IndexError(f"ring index {i} not in [0, {count})")
    return buf[(start + i) % len(buf)]

buf = [10, 20, 30, 40, 50]
for i in range(4):
    print(i, ring_get(buf, 3, 4, i))
print(ring_get(buf, 3, 4, 4))
