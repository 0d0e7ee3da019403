x = 0
def outer():
    x = 1
    def mid():
        global x
        x = 2
        def inner():
            return x
        return inner()
    r = mid()
    return x, r
print(outer(), x)
def a():
    v = 'a'
    def b():
        nonlocal v
        def c():
            nonlocal v
            v += 'c'
        v += 'b'
        c()
    b()
    return v
print(a())
class K:
    global gk
    gk = 'set in class'
print(gk)
def comp_global():
    global cg
    cg = [i for i in range(3)]
comp_global()
print(cg)
def fn_nonlocal_param(p):
    def inner():
        nonlocal p
        p *= 2
    inner()
    inner()
    return p
print(fn_nonlocal_param(3))
