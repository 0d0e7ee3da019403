# heapq: push/pop/heapify/pushpop/replace give CPython's list layouts and results
import heapq

h = []
for x in [5, 3, 8, 1, 9, 2, 7, 3, 0, 6, 4, 8, -1]:
    heapq.heappush(h, x)
    print(h)
out = []
while h:
    out.append(heapq.heappop(h))
    print(h)
print(out)

data = [9, 1, 8, 2, 7, 3, 6, 4, 5, 0, 15, 11, 13, 12, 14, 10]
heapq.heapify(data)
print(data)
print(heapq.heappushpop(data, -5), data)
print(heapq.heappushpop(data, 100), data)
print(heapq.heapreplace(data, 50), data)
print(heapq.heapreplace(data, -50), data)
print(heapq.heappushpop([], 3))
for n in range(12):
    l = list(range(n, 0, -1))
    heapq.heapify(l)
    print(l)

# tuples, strings, stability of equal keys through pushes
h = []
for i, w in enumerate("the quick brown fox jumps over the lazy dog".split()):
    heapq.heappush(h, (len(w), w, i))
print(h)
print([heapq.heappop(h) for _ in range(len(h))])
h = ["pear", "apple", "fig", "banana", "cherry"]
heapq.heapify(h)
print(h, heapq.heappop(h), h)

# a list subclass is accepted
class L(list):
    pass
l = L([3, 1, 2])
heapq.heapify(l)
heapq.heappush(l, 0)
print(l, heapq.heappop(l))

# errors
for f, args in [(heapq.heappop, ([],)), (heapq.heapreplace, ([], 1))]:
    try:
        f(*args)
    except IndexError as e:
        print("IndexError", e)
for f, args in [(heapq.heappush, ((), 1)), (heapq.heapify, ((1,),)), (heapq.heappop, (None,)),
                (heapq.heappushpop, ("ab", 1)), (heapq.heapreplace, ({}, 1))]:
    try:
        f(*args)
    except TypeError:
        print("TypeError")
try:
    heapq.heapify([1, "a", 2, None])
except TypeError:
    print("TypeError")

# heap sort of a large list
import random
random.seed(1)
l = [random.randrange(1000) for i in range(500)]
h = []
for x in l:
    heapq.heappush(h, x)
print([heapq.heappop(h) for _ in range(len(h))] == sorted(l))
