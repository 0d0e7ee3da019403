class A:
    x = 1
    def get_x(self):
        try:
            return x
        except NameError:
            return 'NameError: class var not visible'
    def get_cls_x(self):
        return A.x, self.x, type(self).x
print(A().get_x(), A().get_cls_x())
x = 'global'
class B:
    x = 'class'
    def f(self):
        return x
    g = lambda self: x
    h = [x for _ in range(1)]
print(B().f(), B().g(), B.h)
def factory(v):
    class Made:
        val = v
        def get(self):
            return v
        def getval(self):
            return self.val
    return Made
M1, M2 = factory(1), factory(2)
print(M1().get(), M2().get(), M1.val, M2().getval(), M1 is not M2)
class Outer:
    class Inner:
        y = 5
    z = Inner.y * 2
    def make(self):
        return self.Inner()
print(Outer.z, Outer().make().y)
class Counter:
    count = 0
    def incr(self):
        Counter.count += 1
        return Counter.count
c1, c2 = Counter(), Counter()
c1.incr(); c2.incr()
print(Counter.count)
def outer_fn():
    val = 'enclosed'
    class C:
        def m(self):
            return val
        attr = val
    return C().m(), C.attr
print(outer_fn())
