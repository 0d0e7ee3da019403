# slice objects
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(None, None, -1))
print(s.indices(5), slice(None).indices(10), slice(None, None, -1).indices(10), slice(-3, None).indices(4))
print(slice(-100, 100, 3).indices(10), slice(10, -10, -3).indices(7))
try:
    slice(None, None, 0).indices(5)
except ValueError as e:
    print('ValueError', e)
print([0, 1, 2, 3, 4, 5][s], 'abcdefgh'[slice(2, None)], (1, 2, 3)[slice(None, None, -1)])
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3))
class C:
    def __getitem__(self, i):
        return i
c = C()
print(c[1:2], c[::3], c[1:2, 3], c[...])
