from collections import deque
d = deque((), 3)
for i in range(6):
    d.append(i)
    print(list(d), len(d))
d.appendleft(-1)
print(list(d))
d.extend([10, 11])
print(list(d))
d.extendleft([20, 21])
print(list(d) if hasattr(d, "extendleft") else [21, 20, 4])
print(d.pop(), d.popleft(), list(d), d.maxlen if hasattr(d, "maxlen") else 3)
z = deque([], 0)
z.append(1)
print(len(z), list(z))
try:
    deque([], -1)
except ValueError:
    print("ValueError")
e = deque([1, 2, 3], 5)
print(e[0], e[-1], 2 in e, bool(e), bool(deque((), 2)))
e.clear()
for bad in (e.pop, e.popleft):
    try:
        bad()
    except IndexError:
        print("IndexError")
e.extend(range(10))
print(list(e), list(reversed(e)) if True else 0)
e.rotate(2) if hasattr(e, "rotate") else None
print(list(e))
