class Seq:
    def __init__(self, data):
        self.data = list(data)
    def __len__(self):
        return len(self.data)
    def __getitem__(self, i):
        if isinstance(i, slice):
            return Seq(self.data[i])
        return self.data[i]
    def __setitem__(self, i, v):
        if isinstance(i, slice):
            self.data[i] = v
        else:
            self.data[i] = v
    def __delitem__(self, i):
        del self.data[i]
    def __repr__(self):
        return "Seq(%r)" % (self.data,)
s = Seq(range(10))
print(s[2], s[-1], s[2:5], s[::3], s[::-4], len(s))
s[0] = "a"
s[1:3] = ["b"]
print(s)
del s[0]
del s[::2]
print(s)
print(list(s), 7 in s, [x for x in s])
sl = slice(1, None, 2)
print(s[sl], sl.start, sl.stop, sl.step)
class K:
    def __getitem__(self, k):
        return k
k = K()
print(k[1], k[1:2], k[1:2:3], k[:], k[::], k[1, 2], k[1:2, 3], k[...], k["x"])
class Idx:
    def __index__(self):
        return 1
print([10, 20, 30][Idx()], [10, 20, 30][Idx():], "abc"[:Idx()], (1, 2)[Idx()])
class It:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n
print(list(It(4)), sum(It(5)), sorted(It(3)), tuple(It(2)), dict.fromkeys(It(2)))
a, b, c = It(3)
print(a, b, c)
class BigHash:
    def __hash__(self):
        return 2**100
print(hash(BigHash()) == hash(BigHash()), {BigHash(): 1} != {})
class InitRet:
    def __init__(self):
        return 5
try:
    InitRet()
except TypeError:
    print("TypeError")
