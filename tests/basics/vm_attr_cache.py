# inline caches of globals and attributes must follow every change
class A:
    k = 1
    def m(self):
        return 'A.m'
class B(A):
    pass
def call_m(o):
    return o.m()
def get_k(o):
    return o.k
def get_x(o):
    return o.x
objs = [A(), B(), A()]
for round in range(3):
    print([call_m(o) for o in objs], [get_k(o) for o in objs])
    if round == 0:
        objs[0].m = lambda: 'instance m'
        objs[2].k = 'inst k'
    if round == 1:
        A.m = lambda self: 'new A.m'
        A.k = 2
        B.m = lambda self: 'B.m'
        del objs[0].m
a = A()
a.x = 1
a.y = 2
print(get_x(a))
del a.x
try:
    get_x(a)
except AttributeError as e:
    print('AttributeError')
a.x = 3
print(get_x(a))
for i in range(3):
    o = A()
    o.x = i
    print(get_x(o), end=' ')
print()
class P:
    def __init__(self):
        self._v = 0
    @property
    def x(self):
        return 'prop'
print(get_x(P()))
class S:
    @staticmethod
    def m():
        return 'static'
    @classmethod
    def c(cls):
        return cls.__name__
print(call_m(S()), S().c())
G = 1
def read_g():
    return G
print(read_g())
G = 2
print(read_g())
del G
try:
    read_g()
except NameError:
    print('NameError')
def len(x):
    return 'my len'
def use_len():
    return len([])
print(use_len())
del len
print(use_len())
for i in range(5):
    globals()['v%d' % i] = i
def read_v3():
    return v3
print(read_v3())
del globals()['v1']
print(read_v3())
class Dyn:
    def __getattr__(self, n):
        return 'ga_' + n
d = Dyn()
d.q = 5
print(get_x(d), d.q)
class Gen:
    def m(self):
        yield 1
print(list(call_m(Gen())))
