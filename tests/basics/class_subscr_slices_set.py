class A:
    def __getitem__(self, k): return k
a = A()
print(a[1:], a[:2], a[::3], a[1:2, ::2])
class A:
    def __setitem__(self, k, v): print('set', k, v)
a = A()
a[1:3] = 'x'
a['k'] = 1
a[0], a[1] = 'pq'
class C:
    def __init__(self): self.x = 1
    def __eq__(self, o): return isinstance(o, C) and o.x == self.x
print(C() in [C()], [C()].index(C()), (C(),).count(C()), {1: C()}[1] == C())
