s = set("abracadabra")
print(sorted(s), len(s), "a" in s, "z" in s)
s.add("z")
s.discard("q")
s.remove("a")
print(sorted(s))
try:
    s.remove("q")
except KeyError as e:
    print("KeyError", e.args)
p = s.pop()
print(p in "bcdrz", len(s))
t = s.copy()
t.clear()
print(t, len(s) > 0, set(), set([]) == set(()), {1, 2, 3} - {2}, sorted({1, 2} ^ {2, 3}))
print(sorted({x % 3 for x in range(10)}), {()} | {(1,)} == {(), (1,)}, len({1, 1.0, True, 2, 2.0}))
try:
    {[1]}
except TypeError:
    print("TypeError unhashable")
try:
    set().pop()
except KeyError:
    print("KeyError pop")
a = {1, 2, 3}
b = a
a |= {4}
print(b is a, sorted(b))
a = a | {5}
print(b is a, sorted(b), sorted(a))
print(set("ab") == {"a", "b"}, sorted(set({1: 2, 3: 4})), sorted(set(range(3)).union(range(5, 7))), set() < {1}, not set())
