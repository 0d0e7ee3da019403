from collections import deque
d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, len(d), d[0], d[-1], 3 in d, 9 in d)
d.extend([5, 6])
d.extendleft('ab')
print(d, d.pop(), d.popleft(), d)
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
d.reverse()
print(d, list(reversed(d)), d.count(1), d.index(3))
d[0] = 'first'
del d[1]
print(d)
b = deque(range(10), maxlen=3)
print(b, b.maxlen)
b.append(10)
b.appendleft(-1)
print(b)
try:
    b.insert(0, 5)
except IndexError as e:
    print('IndexError', e)
e = deque()
try:
    e.pop()
except IndexError as ex:
    print('IndexError', ex)
print(bool(e), e, deque('abc') == deque('abc'), deque([1]) == [1])
try:
    for x in d:
        d.append(x)
except RuntimeError as ex:
    print('RuntimeError', ex)
q = deque()
for i in range(1000):
    q.append(i)
s = 0
while q:
    s += q.popleft()
print(s, len(q))
c = deque([1, 2]) + deque([3])
c += [4]
print(c, c * 2, c.copy(), deque(maxlen=0))
c.insert(1, 'ins')
c.remove(3)
print(c)
c.clear()
print(c, len(c))
