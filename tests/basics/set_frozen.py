# frozenset, cross-type equality, operators and multi-arg methods
a = frozenset([1, 2, 3])
b = {2, 3, 4}
print(a == {1, 2, 3}, {1, 2, 3} == a, a != b, hash(a) == hash(frozenset([3, 2, 1])))
print(type(a | b).__name__, type(b | a).__name__, sorted(a & b), sorted(b - a), sorted(a ^ b))
print(a <= {1, 2, 3, 4}, a < a, a <= a, a >= {1}, a > {1, 2, 3}, {1} < a)
d = {a: 'frozen'}
print(d[frozenset({1, 2, 3})], {1, 2, 3} in {a}, frozenset() in {frozenset()})
s = {1, 2}
s |= {3}
s &= {1, 3, 5}
print(sorted(s))
s -= {1}
s ^= {7, 3}
print(sorted(s))
f = frozenset({1})
g = f
f |= {2}
print(sorted(f), sorted(g), f is g)
x = {1, 2, 3, 4, 5}
print(sorted(x.union([6], (7,), range(8, 10))), sorted(x.intersection([1, 2, 3], {2, 3})))
print(sorted(x.difference([1], {2})), sorted(x.symmetric_difference([5, 6])))
x.update([10], {11})
x.difference_update({1}, [2])
print(sorted(x))
x.intersection_update(range(4, 20), {4, 5, 10, 99})
print(sorted(x))
x.symmetric_difference_update([4, 100])
print(sorted(x), x.isdisjoint([1, 2]), x.isdisjoint([5]), x.issubset(range(200)), x.issuperset([5]))
try:
    {1} | [2]
except TypeError:
    print('TypeError')
try:
    hash({1})
except TypeError:
    print('TypeError unhashable')
print(frozenset('abc') == set('cba'), frozenset(a) is a, repr(frozenset([7])))
try:
    for i in x:
        x.add(i + 1000)
except RuntimeError as e:
    print('RuntimeError', e)
print(set.union({1}, {2}) == {1, 2}, len(set(frozenset([1, 2]))))
