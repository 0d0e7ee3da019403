print(min(3, 1, 2), max(3, 1, 2))
print(min([3, 1, 2]), max((3, 1, 2)))
print(min("hello"), max("hello"))
print(min([], default=5), max([], default=None))
print(min([1, 2], default=5))
print(min(["aaa", "b", "cc"], key=len), max(["aaa", "b", "cc"], key=len))
print(min(1, 2, key=lambda x: -x), max(1, 2, key=lambda x: -x))
# ties return first
print(max([(1, "a"), (1, "b")], key=lambda t: t[0]))
print(min([(1, "a"), (1, "b")], key=lambda t: t[0]))
print(max(1, 1.0), max(1.0, 1), min(0, False), min(False, 0))
print(max([1, 5, 3], key=None))
print(min(iter([4, 2, 8])), max(range(100)))
try:
    min([])
except ValueError:
    print("ValueError")
try:
    max()
except TypeError:
    print("TypeError")
try:
    max(1, "a")
except TypeError:
    print("TypeError")
print(max({3: "a", 7: "b"}), min({"b": 1, "a": 2}))
print(max(-2**80, 2**80, 3), min(-2**80, 2**80, 3))
