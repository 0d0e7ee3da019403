# container protocol: __len__ __getitem__ __setitem__ __delitem__ __contains__
class Store:
    def __init__(self):
        self.d = {}
    def __len__(self):
        return len(self.d)
    def __getitem__(self, k):
        return self.d[k]
    def __setitem__(self, k, v):
        self.d[k] = v
    def __delitem__(self, k):
        del self.d[k]
    def __contains__(self, k):
        return k in self.d
s = Store()
s['a'] = 1
s['b'] = 2
print(len(s), s['a'], 'a' in s, 'z' in s, 'z' not in s)
del s['a']
print(len(s), 'a' in s)
try:
    s['nope']
except KeyError:
    print('KeyError')
class Seq:
    def __getitem__(self, i):
        if i >= 5:
            raise IndexError
        return i * 10
print(list(Seq()), 20 in Seq(), 25 in Seq())
for v in Seq():
    print(v, end=' ')
print()
class Slicer:
    def __getitem__(self, k):
        if isinstance(k, slice):
            return ('slice', k.start, k.stop, k.step)
        return ('index', k)
sl = Slicer()
print(sl[1], sl[1:2], sl[::3], sl[:5:-1], sl['key'])
print(sl[1, 2])
