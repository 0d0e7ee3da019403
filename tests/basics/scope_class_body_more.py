x = 'global'
class A:
    x = 'class'
    def m(self):
        return x
    y = x
    z = [x for _ in range(2)]
print(A().m(), A.y, A.z)

def f():
    x = 'local f'
    class B:
        print(x)
        x = 'B body'
        print(x)
        def m(self):
            return x
    return B
B = f()
print(B().m(), B.x)

def g():
    v = 'enclosing'
    class C:
        w = v
        def meth(self):
            return v
    return C
C = g()
print(C.w, C().meth())

class D:
    a = 1
    b = a + 1
    c = [a]
    d = (lambda: 5)()
    del a
print(hasattr(D, 'a'), D.b, D.c, D.d)

class E:
    items = [1, 2, 3]
    total = sum(items)
    doubled = [i * 2 for i in items]
print(E.total, E.doubled)

def h():
    class F:
        nonlocal_ish = 1
        def get(self):
            return F.nonlocal_ish
    return F
print(h()().get())
