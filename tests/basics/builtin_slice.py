# slice objects
s = slice(1, 5, 2)
print(s.start, s.stop, s.step)
print(slice(3).start, slice(3).stop, slice(3).step)
l = list(range(10))
print(l[s], l[slice(None, None, -1)], l[slice(-3, None)], 'abcdef'[slice(1, 4)])
l[slice(0, 2)] = ['a', 'b']
print(l)
class Cap:
    def __getitem__(self, k):
        return k
k = Cap()[1:2:3]
print(type(k).__name__, k.start, k.stop, k.step)
k = Cap()[:]
print(k.start, k.stop, k.step)
print(slice(1, 2, 3))
