# set comprehensions (printed sorted)
print(sorted({x % 5 for x in range(100)}))
print(sorted({c for c in 'mississippi'}))
print(sorted({(a, b) for a in range(3) for b in range(3) if a != b}))
s = {len(w) for w in 'the quick brown fox jumps'.split()}
print(sorted(s), type(s).__name__)
print(len({i // 10 for i in range(1000)}))
