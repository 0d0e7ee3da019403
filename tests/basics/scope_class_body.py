x = "global"
class A:
    x = "class"
    y = x
    def m(self):
        return x
    z = [x for _ in range(1)]
print(A.y, A().m(), A.z)
def f():
    x = "func"
    class B:
        print(x)
        x = "classB"
        print(x)
    return B
print(f().x)
def g():
    v = "enclosing"
    class C:
        w = v
        def meth(self):
            return v
    return C
print(g().w, g()().meth())
class D:
    a = 1
    b = a + 1
    del a
print(hasattr(D, "a"), D.b)
class E:
    def __init__(self):
        self.items = []
    def add(self, v):
        self.items.append(v)
        return self
print(E().add(1).add(2).items)
