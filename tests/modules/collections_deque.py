# collections.deque (maxlen always given positionally)
from collections import deque
d = deque((), 5)
d.append(1)
d.append(2)
d.appendleft(0)
print(len(d), list(d))
print(d.popleft(), d.pop(), len(d), list(d))
for i in range(10):
    d.append(i)
print(list(d), len(d))
d2 = deque([1, 2, 3], 10)
d2.extend([4, 5])
print(list(d2), d2[0], d2[-1])
print(bool(deque((), 3)), bool(d2))
try:
    deque((), 2).pop()
except IndexError:
    print('IndexError')
try:
    deque((), 2).popleft()
except IndexError:
    print('IndexError')
q = deque((), 100)
for i in range(50):
    q.append(i)
s = 0
while q:
    s += q.popleft()
print(s)
