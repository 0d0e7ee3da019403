# closures
def make_adder(n):
    def add(x):
        return x + n
    return add
a5 = make_adder(5)
a10 = make_adder(10)
print(a5(1), a10(1))
def counter():
    c = [0]
    def inc():
        c[0] += 1
        return c[0]
    return inc
c1 = counter()
c2 = counter()
print(c1(), c1(), c1(), c2())
def outer():
    x = 1
    def mid():
        def inner():
            return x
        return inner
    x = 2
    return mid()
print(outer()())
fs = []
for i in range(3):
    def f(i=i):
        return i
    fs.append(f)
print([f() for f in fs])
def late():
    fs = []
    for i in range(3):
        fs.append(lambda: i)
    return [f() for f in fs]
print(late())
def deep(a):
    def l1(b):
        def l2(c):
            def l3(d):
                return a + b + c + d
            return l3
        return l2
    return l1
print(deep(1)(2)(3)(4))
def shared():
    v = 0
    def get(): return v
    def set_(n):
        nonlocal v
        v = n
    return get, set_
g, s = shared()
s(42)
print(g())
