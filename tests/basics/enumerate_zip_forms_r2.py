print(list(enumerate([])), list(enumerate("ab", start=5)), list(enumerate(range(3), -2)), list(enumerate("x", 2**70)))
print(list(zip()), list(zip([])), list(zip("abc")), list(zip("ab", "xyz", [1, 2, 3])), dict(zip(range(3), "abc")))
z = zip(iter([1, 2, 3]), iter("ab"))
print(next(z), list(z))
try:
    enumerate(5)
except TypeError:
    print("TypeError")
try:
    zip(1)
except TypeError:
    print("TypeError zip")
print(list(zip(*[(1, "a"), (2, "b")])), [i * c for i, c in enumerate("abc", 1)], list(map(lambda a, b: a + b, "ab", "cd")))
