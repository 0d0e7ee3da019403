print(1 in [1, 2], 3 in (1, 2), "a" in {"a": 1}, 1 in {"a": 1}, 2 in {1, 2}, 2 in frozenset([2]))
print("bc" in "abc", "" in "", b"b" in b"abc", 98 in b"abc", 98 in bytearray(b"abc"), b"" in bytearray(b"x"))
print(5 in range(10), 10 in range(10), 5 in range(0, 10, 2), 4 in range(0, 10, 2), -1 in range(-5, 0))
print(1 in iter([0, 1]), 3 in (x for x in range(5)), "k" in {"k": 1}.keys(), 1 in {"k": 1}.values(), ("k", 1) in {"k": 1}.items())
print([1] in [[1]], (1,) in [(1,)], 1.0 in [1], True in [1], 1 in [True], float("nan") in [float("nan")])
n = float("nan")
print(n in [n], n in (n,), n in {n})
class C:
    def __contains__(self, x):
        return x == 42
print(42 in C(), 41 in C(), 42 not in C())
class It:
    def __iter__(self):
        return iter([7, 8])
print(8 in It(), 9 in It())
for bad in (1, None):
    try:
        1 in bad
    except TypeError:
        print("TypeError")
try:
    [] in {}
except TypeError:
    print("TypeError")
try:
    [] in set()
except TypeError:
    print("TypeError")
