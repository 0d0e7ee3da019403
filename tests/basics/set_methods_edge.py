s = {1, 2, 3}
s.add(4)
s.add(1)
print(sorted(s))
s.discard(10)
s.discard(1)
s.remove(2)
print(sorted(s))
try:
    s.remove(2)
except KeyError:
    print("KeyError")
print(s.pop() in (3, 4), len(s))
try:
    set().pop()
except KeyError:
    print("KeyError")
a = {1, 2, 3}
b = {2, 3, 4}
print(sorted(a.union(b)), sorted(a.intersection(b)), sorted(a.difference(b)), sorted(a.symmetric_difference(b)))
print(sorted(a.union([5], (6,))), sorted(a.intersection(range(3), [2])), sorted(a.difference([1], [2])))
print(a.issubset({1, 2, 3, 4}), a.issuperset({1}), a.isdisjoint({7}), a.isdisjoint([3]))
print(a <= a, a < a, a >= {1}, a > {1}, a == {3, 2, 1}, a != b)
c = a.copy()
c.update([9], {8})
print(sorted(c))
c.intersection_update({1, 9, 8})
print(sorted(c))
c.difference_update([9])
print(sorted(c))
c.symmetric_difference_update({1, 5})
print(sorted(c))
c.clear()
print(c, set(), len(c))
try:
    {[1]}
except TypeError:
    print("TypeError")
try:
    a | [1]
except TypeError:
    print("TypeError")
x = {1}
x |= {2}
x &= {2, 3}
x ^= {5}
x -= {5}
print(x)
print({1, 2} == frozenset({1, 2}), frozenset({1}) | {2}, type(frozenset({1}) | {2}).__name__, type({2} | frozenset({1})).__name__)
