# closures capture variables, not values
fs = []
for i in range(3):
    fs.append(lambda: i)
print([f() for f in fs])

fs = []
for i in range(3):
    fs.append(lambda i=i: i)
print([f() for f in fs])

def make():
    out = []
    for j in range(4):
        def g():
            return j * 10
        out.append(g)
    j = 100
    return out
print([g() for g in make()])

def make2():
    return [lambda: k for k in range(3)]
print([f() for f in make2()])

def make3():
    res = []
    for k in range(3):
        def outer(k=k):
            def inner():
                return k
            return inner
        res.append(outer())
    return res
print([f() for f in make3()])

# while loop closure
def wl():
    fs = []
    n = 0
    while n < 3:
        fs.append(lambda: n)
        n += 1
    return fs
print([f() for f in wl()])
