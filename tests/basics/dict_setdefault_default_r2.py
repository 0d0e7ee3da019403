index = {}
for i, w in enumerate("the quick the lazy the dog quick".split()):
    index.setdefault(w, []).append(i)
print(index)
counts = {}
for ch in "hello world":
    counts[ch] = counts.get(ch, 0) + 1
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
d = {}
print(d.setdefault(1, None), d, d.setdefault(1, 5), d.pop(1), d.pop(1, "gone"), d)
try:
    d.setdefault([], 1)
except TypeError:
    print("TypeError")
try:
    d.get()
except TypeError:
    print("TypeError get")
print(d.get(1, 2), dict.get({"a": 1}, "a"), {}.get(None))
