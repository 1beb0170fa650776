# A trie built from nested dicts: insert, search, prefix listing, autocomplete by frequency.

END = "$"


def insert(trie, word, weight=1):
    node = trie
    for ch in word:
        node = node.setdefault(ch, {})
    node[END] = node.get(END, 0) + weight


def find_node(trie, prefix):
    node = trie
    for ch in prefix:
        if ch not in node:
            return None
        node = node[ch]
    return node


def contains(trie, word):
    node = find_node(trie, word)
    return node is not None and END in node


def collect(node, prefix, out):
    for key in sorted(node):
        if key == END:
            out.append((prefix, node[END]))
        else:
            collect(node[key], prefix + key, out)


def complete(trie, prefix, k):
    node = find_node(trie, prefix)
    if node is None:
        return []
    out = []
    collect(node, prefix, out)
    out.sort(key=weight_then_word)
    return [w for w, _ in out[:k]]


def weight_then_word(item):
    return (-item[1], item[0])


def count_nodes(node):
    return 1 + sum(count_nodes(v) for k, v in node.items() if k != END)


def delete(trie, word):
    path = [trie]
    node = trie
    for ch in word:
        if ch not in node:
            return False
        node = node[ch]
        path.append(node)
    if END not in node:
        return False
    del node[END]
    for i in range(len(word) - 1, -1, -1):
        if path[i + 1]:
            break
        del path[i][word[i]]
    return True


corpus = ("to tea ted ten inn in into tent tea team teal teapot tear tea to ten ten "
          "car card care careful cart carton cat catalog category cattle to tea").split()
trie = {}
for w in corpus:
    insert(trie, w)
print("nodes:", count_nodes(trie))
for w in ("tea", "te", "teapot", "teapots", "cat", "ca", "inn", ""):
    print(f"contains {w!r}: {contains(trie, w)}")
for p in ("te", "ca", "car", "i", "x", "cat"):
    print(f"complete {p!r}: {complete(trie, p, 4)}")
everything = []
collect(trie, "", everything)
print("all words:", [w for w, _ in everything])
print("delete teapot:", delete(trie, "teapot"), "delete teap:", delete(trie, "teap"))
print("delete car:", delete(trie, "car"), "contains card:", contains(trie, "card"), "contains car:", contains(trie, "car"))
print("nodes after deletes:", count_nodes(trie))
longest_common = ""
node = find_node(trie, "ca")
prefix = "ca"
while len(node) == 1 and END not in node:
    key = list(node.keys())[0]
    prefix += key
    node = node[key]
print("longest unique extension of 'ca':", prefix)
