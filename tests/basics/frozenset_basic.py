# frozenset
f = frozenset([3, 1, 2, 3])
print(sorted(f), len(f), 2 in f, type(f).__name__)
print(f == {1, 2, 3}, f == frozenset({1, 2, 3}), frozenset() == frozenset())
d = {f: 'value'}
print(d[frozenset([1, 2, 3])])
s = {frozenset([1]), frozenset([1]), frozenset([2])}
print(len(s))
try:
    f.add(4)
except AttributeError:
    print('AttributeError')
print(sorted(f.union([9])), sorted(f.difference({1})), f.issubset({1, 2, 3, 4}))
print(repr(frozenset()), sorted(frozenset('aba')))
