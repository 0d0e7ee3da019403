# set basics (sets printed via sorted)
s = {3, 1, 2, 3, 1}
print(sorted(s), len(s), 1 in s, 5 in s, 5 not in s)
s.add(10)
s.add(1)
print(sorted(s))
s.remove(10)
s.discard(99)
s.discard(3)
print(sorted(s))
try:
    s.remove(99)
except KeyError:
    print('KeyError')
print(sorted(set('hello')), sorted(set([1, 1, 2])), sorted(set(range(5))), set() == set(), len(set()))
p = s.pop()
print(p in (1, 2), len(s))
s.clear()
print(len(s), bool(s))
try:
    s.pop()
except KeyError:
    print('KeyError empty pop')
print(type({1}).__name__, type(set()).__name__)
t = {(1, 2), (1, 2), 'a', 1.0, 1}
print(len(t))
try:
    {[1, 2]}
except TypeError:
    print('TypeError unhashable')
c = {1, 2}.copy()
c.add(3)
print(sorted(c))
big = set(range(0, 10000, 3))
print(len(big), 9999 in big, 9998 in big)
