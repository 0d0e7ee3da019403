# closures, cells, nonlocal, class cells, comprehension scopes
fs = []
for i in range(3):
    fs.append(lambda: i)
print([f() for f in fs])
fs = [lambda i=i: i for i in range(3)]
print([f() for f in fs])

def make():
    fs = []
    for i in range(3):
        def f(j=i):
            return j * 10 + i
        fs.append(f)
    return fs
print([f() for f in make()])

def counter():
    n = 0
    def inc(k=1):
        nonlocal n
        n += k
        return n
    def get():
        return n
    return inc, get
inc, get = counter()
inc(); inc(5)
print(get())

def outer():
    x = 'outer'
    def mid():
        def inner():
            return x
        return inner
    return mid()()
print(outer())

def rebind():
    x = 1
    def show():
        return x
    x = 2
    return show()
print(rebind())

def arg_cell(a, b):
    def g():
        return a + b
    a = a * 10
    return g()
print(arg_cell(1, 2))

class A:
    def who(self):
        return 'A'
class B(A):
    def who(self):
        return 'B>' + super().who()
    def cls(self):
        return __class__.__name__
    @classmethod
    def cm(cls):
        return super().who
class C(B):
    def who(self):
        f = lambda: super(C, self).who()
        return 'C>' + f()
print(C().who(), B().cls(), C().cls())

x = 'global'
class K:
    x = 'class'
    y = [x for _ in range(1)]
    def m(self):
        return x
print(K.y, K().m())

def f():
    y = 'enclosing'
    class L:
        z = y
        def m(self):
            return y
    return L.z, L().m()
print(f())

def walrus():
    data = [1, 5, 2, 8]
    if any((big := v) > 4 for v in data):
        return big
print(walrus())
print([last := i for i in range(4)], last)

def deep():
    a = 1
    def l1():
        b = 2
        def l2():
            nonlocal a
            a += b
            return a
        return l2
    return l1()(), a
print(deep())

def delvar():
    v = 1
    del v
    try:
        print(v)
    except NameError as e:
        print(type(e).__name__)
delvar()

def unbound():
    try:
        print(q)
    except UnboundLocalError:
        print('unbound')
    q = 1
unbound()

def gen_closure():
    for i in range(3):
        yield lambda: i
print([f() for f in gen_closure()])
print([f() for f in list(gen_closure())])
