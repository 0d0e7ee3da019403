s = {1, 2, 3}
f = frozenset([2, 3, 4])
print(sorted(s | f), type(s | f).__name__, type(f | s).__name__, type(f & s).__name__, type(f - s).__name__, type(f ^ s).__name__)
print(sorted(s.union([5], (6,), range(7, 9))), sorted(s.intersection([1, 2], {2, 1})), sorted(s.difference([1], [2])))
print(sorted(s.symmetric_difference([3, 4])), sorted(f.union()), sorted(s.intersection()))
print(s.issubset([1, 2, 3, 4]), s.issuperset([1]), s.isdisjoint(iter([7])), f.issubset(range(10)))
try:
    s | [1]
except TypeError:
    print("TypeError |list")
try:
    s & (1,)
except TypeError:
    print("TypeError &tuple")
t = set(s)
t |= f
t &= {1, 2, 3, 4, 9}
t -= frozenset([1])
t ^= {2, 10}
print(sorted(t))
t.update([1], "ab")
t.intersection_update({1, "a", 3, 4}, [1, "a", 3])
print(sorted(t, key=str))
t.difference_update([1])
t.symmetric_difference_update(["a", "b"])
print(sorted(t, key=str))
print(frozenset([1, 2]) == {1, 2}, {1, 2} == frozenset([2, 1]), frozenset() == set(), {frozenset([1]): "v"}[frozenset({1})])
print({1, 2} < {1, 2, 3}, {1, 2} <= {1, 2}, {1, 2} < {1, 2}, {1, 2} > {1}, {1} > {2}, {1} < {2}, {1} == {1.0})
print(sorted({frozenset([1]), frozenset([1]), frozenset()}, key=len))
print(set() == frozenset(), hash(frozenset()) == hash(frozenset([])), frozenset([1, 2]) in {frozenset([2, 1])})
print({1, 2} in [{2, 1}], sorted(f.copy()), f.copy() is f or True)
