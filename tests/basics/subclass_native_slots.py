# __getitem__/__setitem__/__delitem__/__len__/__iter__/__contains__ of built-in types as methods:
# called on the type, bound to an instance, and through super() in a subclass
class S(str):
    def __getitem__(self, i):
        return super().__getitem__(i) * 2
    def __len__(self):
        return super().__len__() + 100
    def __contains__(self, x):
        return super().__contains__(x.lower())

s = S('abc')
print(s[1], s[0:2], len(s), 'B' in s, 'z' in s)

class BA(bytearray):
    def __setitem__(self, i, v):
        super().__setitem__(i, v + 1)
    def __delitem__(self, i):
        print('del', i)
        super().__delitem__(i)
    def __iter__(self):
        return iter([x * 2 for x in super().__iter__()])

b = BA(b'\x01\x02\x03')
b[0] = 10
del b[1]
print(bytes(b), list(b))

print(str.__getitem__('hello', 1), bytes.__getitem__(b'hi', 0), range.__getitem__(range(10), -1))
print(str.__len__('four'), set.__len__({1, 2}), frozenset.__len__(frozenset()), range(7).__len__())
print(str.__contains__('abc', 'b'), range.__contains__(range(3), 5), bytes.__contains__(b'ab', 97))
print(list(str.__iter__('ab')), list(range(3).__iter__()), list(set.__iter__({5})))
ba = bytearray(b'xyz')
bytearray.__setitem__(ba, 0, 65)
bytearray.__delitem__(ba, -1)
print(ba)
print(hasattr(str, '__setitem__'), hasattr(int, '__len__'), hasattr(int, '__getitem__'), hasattr(tuple, '__delitem__'))
m = memoryview(bytearray(2))
m.__setitem__(0, 7)
print(m.__getitem__(0), m.__len__())
try:
    'ab'.__getitem__(5)
except IndexError:
    print('IndexError')
try:
    str.__getitem__('ab')
except TypeError:
    print('TypeError')

# deque: the same slots, and a subclass reaching them through super()
from collections import deque

class DQ(deque):
    def __getitem__(self, i):
        return super().__getitem__(i) * 100
    def __setitem__(self, i, v):
        super().__setitem__(i, -v)

q = DQ([1, 2, 3])
q[0] = 5
deque.__delitem__(q, 1)
print(q[0], q[1], deque.__len__(q), deque.__contains__(q, 3), list(deque.__iter__(q)))
