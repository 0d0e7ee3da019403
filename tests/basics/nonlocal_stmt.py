# nonlocal declarations
def outer():
    x = 0
    def inc():
        nonlocal x
        x += 1
        return x
    inc(); inc()
    return x, inc
v, inc = outer()
print(v, inc(), inc())
def a():
    n = 'a'
    def b():
        def c():
            nonlocal n
            n = 'c'
        c()
        return n
    r = b()
    return r, n
print(a())
def counter():
    count = 0
    def get():
        return count
    def add(k):
        nonlocal count
        count += k
    return get, add
g, ad = counter()
ad(3); ad(4)
print(g())
def two():
    p, q = 1, 2
    def swap():
        nonlocal p, q
        p, q = q, p
    swap()
    return p, q
print(two())
