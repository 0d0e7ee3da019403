from collections import deque
d = deque(range(5))
print(list(d), len(d), d[0], d[-1], d[2], 3 in d, 9 in d, [x * 2 for x in d], list(reversed(d)) if True else 0)
d.append(5)
d.appendleft(-1)
print(list(d), d.pop(), d.popleft(), list(d))
d[0] = 100
print(list(d), bool(d), bool(deque()))
try:
    d[10]
except IndexError:
    print("IndexError")
e = deque("abc")
print(list(e), "".join(e), sum(1 for _ in e), list(deque(iter([1, 2]))), deque([1, 2]) == deque([1, 2]) if True else True)
f = deque(maxlen=2)
f.extend("xyz")
print(list(f), f.maxlen)
