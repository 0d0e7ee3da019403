print(list(enumerate("abc")))
print(list(enumerate("abc", 1)))
print(list(enumerate("abc", -2)))
print(list(enumerate("abc", start=10)))
print(list(enumerate([], 5)))
print(list(enumerate("ab", 2**70)))
e = enumerate(iter([1, 2, 3]))
print(next(e), next(e))
print(list(e))
print(iter(e) is e)
for i, (a, b) in enumerate([(1, 2), (3, 4)]):
    print(i, a, b)
print(dict(enumerate("xyz")))
try:
    enumerate(5)
except TypeError:
    print("TypeError")
