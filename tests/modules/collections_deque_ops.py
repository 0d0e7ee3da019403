from collections import deque
d = deque()
d.append(1)
d.append(2)
d.appendleft(0)
print(list(d), len(d), bool(d), d.popleft(), d.pop(), list(d))
d = deque([1, 2, 3], 3)
d.append(4)
print(list(d))
d.appendleft(0)
print(list(d))
d.extend([7, 8])
print(list(d))
try:
    deque().pop()
except IndexError:
    print("IndexError")
try:
    deque().popleft()
except IndexError:
    print("IndexError")
d = deque(range(5))
print(d[0], d[-1], d[2])
print(list(d) == [0, 1, 2, 3, 4], 3 in d)
for x in d:
    print(x, end=" ")
print()
