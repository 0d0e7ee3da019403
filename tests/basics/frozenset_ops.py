f = frozenset([1, 2, 3])
print(sorted(f), len(f), 2 in f, type(f).__name__)
print(hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
d = {frozenset([1]): "one"}
print(d[frozenset({1})])
print({frozenset([1, 2]), frozenset([2, 1])} == {frozenset([1, 2])})
print(sorted(f | {4}), sorted(f & {1, 9}), sorted(f - {1}), sorted(f ^ {1, 9}))
print(f.issubset({1, 2, 3}), f.copy() == f, frozenset() == set(), frozenset("aa") == frozenset("a"))
try:
    f.add(4)
except AttributeError:
    print("AttributeError")
print(repr(frozenset()), repr(frozenset([5])))
print(frozenset(f) == f)
