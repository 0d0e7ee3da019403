# __eq__/__hash__/__lt__/__repr__ that change the dict, set or list being searched, compared,
# sorted or printed: the operation sees a consistent table (re-validated after each callback,
# restarting the search as CPython does) and never touches freed memory.
def t(name, f):
    try:
        r = f()
        print(name, 'ok', r)
    except Exception as e:
        print(name, type(e).__name__, e)

class K:
    def __init__(self, h, action=None):
        self.h = h
        self.action = action
    def __hash__(self):
        return self.h
    def __eq__(self, other):
        if self.action:
            a = self.action
            self.action = None
            a()
        return isinstance(other, K) and self.h == other.h

d = {}
for i in range(8):
    d[K(i)] = i
k = K(3, lambda: d.clear())
t('dict lookup clear', lambda: d.get(k))
d = {K(i): i for i in range(8)}
def grow():
    for i in range(100, 1000):
        d[K(i)] = i
k = K(3, grow)
t('dict lookup grow', lambda: d.get(k))
d = {K(i): i for i in range(8)}
k = K(3, lambda: d.clear())
def setit():
    d[k] = 5
    return len(d)
t('dict store clear', setit)
d = {K(i): i for i in range(8)}
k = K(3, grow)
def delit():
    del d[k]
    return len(d)
t('dict del grow', delit)
s = {K(i) for i in range(8)}
k = K(3, lambda: s.clear())
t('set contains clear', lambda: k in s)
s = {K(i) for i in range(8)}
def sgrow():
    for i in range(100, 1000):
        s.add(K(i))
k = K(3, sgrow)
t('set add grow', lambda: s.add(k))
s = {K(i) for i in range(8)}
k = K(3, sgrow)
t('set remove grow', lambda: s.remove(k))
s = {K(i) for i in range(8)}
k = K(3, lambda: s.clear())
t('set discard clear', lambda: s.discard(k))

class L:
    def __init__(self, v, lst):
        self.v = v
        self.lst = lst
    def __lt__(self, other):
        self.lst.clear()
        self.lst.extend(range(100))
        return self.v < other.v
    def __eq__(self, other):
        self.lst.clear()
        return False
lst = []
lst.extend(L(i, lst) for i in range(10, 0, -1))
t('sort mutate', lambda: lst.sort())
lst = []
lst.extend(L(i, lst) for i in range(10))
t('index mutate', lambda: lst.index(0))
lst = []
lst.extend(L(i, lst) for i in range(10))
t('count mutate', lambda: lst.count(0))
lst = []
lst.extend(L(i, lst) for i in range(10))
t('contains mutate', lambda: 0 in lst)
lst = []
lst.extend(L(i, lst) for i in range(10))
t('remove mutate', lambda: lst.remove(0))
lst = []
lst.extend(L(i, lst) for i in range(10))
l2 = list(lst)
t('list eq mutate', lambda: lst == l2)
t('list lt mutate', lambda: lst < l2)
class R:
    def __init__(self, lst): self.lst = lst
    def __repr__(self):
        self.lst.clear()
        return 'R'
lst = []
lst.extend(R(lst) for i in range(10))
t('list repr', lambda: repr(lst))
d = {}
class RD:
    def __repr__(self):
        d.clear()
        for i in range(100): d[i] = i
        return 'RD'
for i in range(10): d[i] = RD()
t('dict repr', lambda: len(repr(d)) > 0)
s = set()
class RS:
    def __repr__(self):
        s.clear()
        return 'RS'
for i in range(10): s.add(RS())
t('set repr', lambda: len(repr(s)) > 0)
d1 = {i: L(i, []) for i in range(5)}
class DE:
    def __eq__(self, o):
        d1.clear()
        return True
    __hash__ = None
d1 = {i: DE() for i in range(10)}
d2 = {i: DE() for i in range(10)}
t('dict eq mutate', lambda: d1 == d2)
lst = [DE() for i in range(5)]
t('tuple of list eq', lambda: tuple(lst) == tuple(lst))
class M:
    def __init__(self, lst): self.lst = lst
    def __lt__(self, o):
        self.lst.append(1)
        return True
lst = []
lst.extend(M(lst) for i in range(5))
t('max mutate', lambda: type(max(lst)).__name__)
t('sorted mutate', lambda: len(sorted(lst)))
d = {1: 1}
class KS:
    def __hash__(self):
        d.clear()
        return 1
    def __eq__(self, o): return True
t('dict setdefault', lambda: d.setdefault(KS(), 5))
d = {i: i for i in range(8)}
class KP:
    def __hash__(self): return 3
    def __eq__(self, o):
        d.clear()
        return True
t('dict pop', lambda: d.pop(KP(), None))
t('dict in', lambda: KP() in {i: i for i in range(8)})
print('end')
