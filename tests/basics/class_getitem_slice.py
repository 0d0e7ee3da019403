class Seq:
    def __init__(self, data):
        self.data = list(data)
    def __getitem__(self, idx):
        if isinstance(idx, slice):
            print('slice', idx.start, idx.stop, idx.step)
            return Seq(self.data[idx])
        return self.data[idx]
    def __setitem__(self, idx, v):
        print('set', idx if not isinstance(idx, slice) else (idx.start, idx.stop, idx.step))
        self.data[idx] = v
    def __delitem__(self, idx):
        print('del', type(idx).__name__)
        del self.data[idx]
    def __len__(self):
        return len(self.data)
    def __repr__(self):
        return 'Seq(%r)' % self.data
s = Seq(range(10))
print(s[2], s[-1])
print(s[1:4])
print(s[::2])
print(s[:])
print(s[5:1:-1])
s[0] = 'z'
s[1:3] = ['a', 'b', 'c']
print(s)
del s[0]
del s[::3]
print(s, len(s))
class Multi:
    def __getitem__(self, k):
        return k
m = Multi()
print(m[1, 2], m[1:2, 3], m[...], m['a'])
print(m[1:2:3] == slice(1, 2, 3))
# iteration via __getitem__
class Old:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * i
print(list(Old()), 4 in Old(), 5 in Old())
