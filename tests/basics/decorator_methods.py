def logged(f):
    def w(self, *a):
        r = f(self, *a)
        print('call', f.__name__, a, '->', r)
        return r
    return w

class A:
    @logged
    def add(self, x, y):
        return x + y
    @staticmethod
    @logged
    def weird(self, z):
        return z
    @classmethod
    def make(cls):
        return cls()
    @property
    def p(self):
        return 'prop'
A().add(1, 2)
A.weird(None, 5)
print(type(A.make()).__name__, A().p)

def add_attr(cls):
    cls.added = True
    return cls
@add_attr
class B:
    pass
print(B.added)

def singleton(cls):
    inst = []
    def get():
        if not inst:
            inst.append(cls())
        return inst[0]
    return get
@singleton
class S:
    pass
print(S() is S())

def cls_deco_args(**attrs):
    def d(cls):
        for k in attrs:
            setattr(cls, k, attrs[k])
        return cls
    return d
@cls_deco_args(x=1, y=2)
class P:
    pass
print(P.x, P.y)
class Q(P):
    pass
print(Q.x)
