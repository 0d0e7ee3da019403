words = ["banana", "Apple", "cherry", "apple", "Banana", "date", "Cherry", "fig"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
print(sorted(words, key=lambda w: w[-1]))
pairs = [(1, "b"), (0, "a"), (1, "a"), (0, "b"), (2, "c"), (1, "c")]
print(sorted(pairs, key=lambda p: p[0]))
print(sorted(pairs, key=lambda p: p[0], reverse=True))
l = pairs[:]
l.sort(key=lambda p: p[1])
l.sort(key=lambda p: p[0])
print(l)
print(sorted([3, 1, 2], reverse=False), sorted([], key=len), sorted("cba"), sorted((1,)))
print(sorted([-3, 2, -1], key=abs), sorted([0.5, -1, 2, True], key=float))
try:
    sorted([1, "a"])
except TypeError:
    print("TypeError")
try:
    [3, 2].sort(lambda x: x)
except TypeError:
    print("TypeError positional key")
l = [5, 4, 3]
r = l.sort()
print(r, l)
