# Huffman coding with a hand-written heap and deterministic tie-breaking (tree as nested tuples).

def push(heap, item):
    heap.append(item)
    i = len(heap) - 1
    while i > 0 and heap[(i - 1) // 2][:2] > heap[i][:2]:
        p = (i - 1) // 2
        heap[i], heap[p] = heap[p], heap[i]
        i = p


def pop(heap):
    top = heap[0]
    last = heap.pop()
    if heap:
        heap[0] = last
        i = 0
        while True:
            l = 2 * i + 1
            r = l + 1
            s = i
            if l < len(heap) and heap[l][:2] < heap[s][:2]:
                s = l
            if r < len(heap) and heap[r][:2] < heap[s][:2]:
                s = r
            if s == i:
                break
            heap[i], heap[s] = heap[s], heap[i]
            i = s
    return top


def build(text):
    freq = {}
    for ch in text:
        freq[ch] = freq.get(ch, 0) + 1
    heap = []
    counter = 0
    for ch in sorted(freq):
        push(heap, (freq[ch], counter, ch))
        counter += 1
    while len(heap) > 1:
        a = pop(heap)
        b = pop(heap)
        push(heap, (a[0] + b[0], counter, (a[2], b[2])))
        counter += 1
    return pop(heap)[2], freq


def assign(tree, prefix, codes):
    if isinstance(tree, str):
        codes[tree] = prefix or "0"
        return
    assign(tree[0], prefix + "0", codes)
    assign(tree[1], prefix + "1", codes)


def decode(tree, bits):
    out = []
    node = tree
    for b in bits:
        node = node[0] if b == "0" else node[1]
        if isinstance(node, str):
            out.append(node)
            node = tree
    return "".join(out)


text = "this is an example of a huffman tree, built by hand in plain python code"
tree, freq = build(text)
codes = {}
assign(tree, "", codes)


def code_order(ch):
    return (len(codes[ch]), codes[ch])


for ch in sorted(codes, key=code_order):
    print(f"{ch!r:5} freq={freq[ch]:2d} code={codes[ch]}")
bits = "".join(codes[ch] for ch in text)
print("encoded bits:", len(bits), "vs fixed 8-bit:", 8 * len(text))
print(bits[:64])
print("decoded ok:", decode(tree, bits) == text)
weighted = sum(freq[c] * len(codes[c]) for c in codes)
print("weighted length:", weighted, "avg bits/char: %.4f" % (weighted / len(text)))
packed = []
for i in range(0, len(bits), 8):
    chunk = bits[i:i + 8].ljust(8, "0")
    packed.append(int(chunk, 2))
print("packed bytes:", len(packed), " ".join(f"{b:02x}" for b in packed[:16]))
