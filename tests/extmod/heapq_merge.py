# heapq.merge (key, reverse), nlargest and nsmallest (key): CPython's results, stable for ties
import heapq

print(list(heapq.merge()))
print(list(heapq.merge([1, 3, 5, 7], [0, 2, 4, 8], [5, 10, 15, 20], [], [25])))
print(list(heapq.merge([1, 1, 2], [1, 2, 2])))
print(list(heapq.merge([(1, "a"), (2, "a")], [(1, "b"), (2, "b")], key=lambda t: t[0])))
print(list(heapq.merge([7, 5, 3], [8, 6, 4], reverse=True)))
print(list(heapq.merge([(3, "a"), (1, "a")], [(3, "b"), (1, "b")], key=lambda t: t[0], reverse=True)))
print(list(heapq.merge(["dog", "horse"], ["cat", "fish", "kangaroo"], key=len)))
print(list(heapq.merge(iter([1, 4]), (2, 3), range(0, 10, 5))))
print(list(heapq.merge("ace", "bdf")))
print(list(heapq.merge([1, 2], [3, 4], key=None, reverse=False)))
g = heapq.merge([1, 3], [2])
print(next(g), next(g), next(g))
try:
    next(g)
except StopIteration:
    print("StopIteration")
# unsorted inputs: always the smallest current head first
print(list(heapq.merge([5, 1, 9], [3, 2, 8])))

data = [5, 1, 8, 3, 9, 2, 7, 3, 1, 8]
for n in [-1, 0, 1, 2, 3, 5, 10, 20]:
    print(n, heapq.nlargest(n, data), heapq.nsmallest(n, data))
words = ["bb", "a", "ccc", "dd", "e", "fff", "gg"]
print(heapq.nlargest(3, words, key=len), heapq.nsmallest(3, words, key=len))
print(heapq.nlargest(2, iter(words), key=None), heapq.nsmallest(4, words, key=lambda w: -len(w)))
pairs = [(1, "a"), (3, "b"), (1, "c"), (3, "d"), (2, "e")]
print(heapq.nlargest(3, pairs, key=lambda p: p[0]), heapq.nsmallest(3, pairs, key=lambda p: p[0]))
print(heapq.nlargest(1, pairs, key=lambda p: p[0]), heapq.nsmallest(1, pairs, key=lambda p: p[0]))
print(heapq.nlargest(2, []), heapq.nsmallest(2, range(10)), heapq.nlargest(3, {5: 1, 2: 2, 9: 3}))
print(heapq.nlargest(n=2, iterable=[1, 2, 3], key=lambda x: -x))
try:
    heapq.nlargest(1.5, [1])
except TypeError:
    print("TypeError")
