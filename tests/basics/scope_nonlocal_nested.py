def a():
    x = 1
    def b():
        def c():
            nonlocal x
            x += 10
            return x
        return c
    f = b()
    print(f(), f(), x)
    return x
print(a())

def counter():
    n = 0
    def inc(step=1):
        nonlocal n
        n += step
        return n
    def get():
        return n
    return inc, get
inc, get = counter()
inc(); inc(5)
print(get())
inc2, get2 = counter()
print(get2(), get())

def shadow():
    x = 'outer'
    def inner():
        x = 'inner'
        def innermost():
            nonlocal x
            x = 'changed'
        innermost()
        return x
    r = inner()
    return x, r
print(shadow())

# nonlocal in loop
def loop_nl():
    total = 0
    def add(v):
        nonlocal total
        total += v
    for i in range(5):
        add(i)
    return total
print(loop_nl())

# nonlocal declared but assigned after closure creation
def late():
    def setter(v):
        nonlocal val
        val = v
    val = 0
    setter(42)
    return val
print(late())
