l = [5, 2, 8, 1]
l.sort(key=lambda x: -x)
print(l)
l.sort(reverse=True, key=None)
print(l)
words = ["banana", "Apple", "cherry", "apple", "Banana"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=lambda w: (w.lower(), w)))
data = [(1, "b"), (0, "z"), (1, "a"), (0, "y")]
data.sort(key=lambda t: t[0])
print(data)
data.sort(key=lambda t: t[0], reverse=True)
print(data)
print(sorted([3.5, 1, 2**70, -1.5, True]))
print(sorted([[2, 1], [1, 2], [1], []]), sorted([(1, 2), (1,), ()]))
print(sorted("hello world".split(), key=len))
e = []
e.sort()
print(e, sorted([1]), sorted([2, 1], key=lambda x: x))
try:
    [1, 2].sort(lambda x: x)
except TypeError:
    print("TypeError")
try:
    sorted([3, "a", 1])
except TypeError:
    print("TypeError")
x = [3, 1, 2]
print(x.sort() is None, x)
