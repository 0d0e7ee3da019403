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
    x = 1
    def mid():
        def inner():
            nonlocal x
            x += 10
        inner()
        return x
    return mid()
print(outer())
def make_adders():
    return [lambda a, i=i: a + i for i in range(3)]
print([f(10) for f in make_adders()])
def late():
    fs = []
    for i in range(3):
        fs.append(lambda: i)
    return [f() for f in fs]
print(late())
g = 0
def set_global():
    global g
    g = 5
    def inner():
        global g
        g += 1
    inner()
set_global()
print(g)
def shadow():
    g = "local"
    def r():
        return g
    return r()
print(shadow(), g)
def unbound():
    try:
        print(zz)
        zz = 1
    except NameError as e:
        print(type(e).__name__)
unbound()
def cell_after_del():
    v = 1
    def r():
        return v
    del v
    try:
        r()
    except NameError:
        print("NameError")
cell_after_del()
def deep():
    a = 1
    def l1():
        b = 2
        def l2():
            c = 3
            def l3():
                return a + b + c
            return l3
        return l2
    return l1()()()
print(deep())
