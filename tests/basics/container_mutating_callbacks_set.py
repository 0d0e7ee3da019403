# Set operations whose __eq__ clears and refills one of the sets taking part: no stale table
# is read (iterations walk a snapshot, searches restart), sizes stay consistent (pop works).
class K:
    def __init__(self, h, target=None):
        self.h = h
        self.target = target
    def __hash__(self):
        return self.h
    def __eq__(self, other):
        t = self.target
        if t is not None:
            self.target = None
            t.clear()
            for i in range(50):
                t.add(K(1000 + i))
        return isinstance(other, K) and self.h == other.h
def mk(n, tgt=None):
    return {K(i, tgt) for i in range(n)}
for op in ['|', '&', '-', '^', '<=', '>=', '==']:
    a = set(); b = set()
    a.update(mk(20, b)); b.update({K(i) for i in range(10, 30)})
    try:
        r = eval('a %s b' % op)
        print(op, type(r).__name__, len(a) >= 0, len(b) >= 0)
    except RuntimeError as e:
        print(op, 'RuntimeError')
for meth in ['update', 'intersection_update', 'difference_update', 'symmetric_difference_update', 'issubset', 'issuperset', 'isdisjoint', 'union', 'intersection', 'difference']:
    a = set(); b = set()
    a.update({K(i) for i in range(10, 30)}); b.update(mk(20, a))
    try:
        getattr(a, meth)(b)
        print(meth, 'ok')
    except RuntimeError as e:
        print(meth, 'RuntimeError')
    while a:
        a.pop()
    print(len(a))
s = set()
s.update(mk(30, s))
print(K(5) in s, len(s) >= 0)
while s:
    s.pop()
print('end')
