s = slice(1, 10, 2)
print(s.start, s.stop, s.step, s, slice(5), slice(None, 3), slice(1, None, -1))
print(s.indices(5), s.indices(20), slice(None, None, -1).indices(4), slice(-3, None).indices(10), slice(-100, 100).indices(6), slice(10, -10, -3).indices(7))
try:
    slice(0, 1, 0).indices(3)
except ValueError:
    print("ValueError")
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3), [0, 1, 2, 3, 4][slice(1, None, 2)], "hello"[slice(None, None, -2)])
class C:
    def __getitem__(self, k):
        return k
c = C()
print(c[1:2], c[::3], c[1:2, 3], c[...], c[:, 1], c[1:2:None])
