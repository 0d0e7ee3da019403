class C:
    shared = []
    count = 0
    def __init__(self):
        self.own = []
    def add(self, x):
        self.shared.append(x)
        self.own.append(x)
        self.count += 1
a, b = C(), C()
a.add(1); b.add(2); a.add(3)
print(C.shared, a.own, b.own, a.count, b.count, C.count)
a.shared = 'instance'
print(a.shared, b.shared)
del a.shared
print(a.shared)
C.newattr = 'late'
print(a.newattr)
a.newattr = 'mine'
print(a.newattr, b.newattr)
try:
    del b.newattr
except AttributeError:
    print('AttributeError del class attr via instance')
def method(self):
    return 'added method'
C.m = method
print(a.m())
print(C.__dict__['count'], 'own' in a.__dict__)
print(sorted(a.__dict__))
class D:
    pass
d = D()
d.__dict__['z'] = 5
print(d.z)
print(getattr(d, 'missing', 'default'))
