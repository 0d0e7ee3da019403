def make_counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    def gen():
        while count < 5:
            yield inc()
    return inc, gen
inc, gen = make_counter()
inc()
print(list(gen()), inc())
def acc(start):
    def add(n):
        nonlocal start
        start += n
        return start
    return add
a = acc(10)
print(a(1), a(2), a(-3))
def closures_in_loop():
    funcs = []
    for i in range(3):
        def f(i=i):
            def g():
                return i * 10
            return g
        funcs.append(f())
    return [fn() for fn in funcs]
print(closures_in_loop())
def cell_shared():
    x = [0]
    def a():
        x[0] += 1
    def b():
        return x[0]
    return a, b
a2, b2 = cell_shared()
a2(); a2()
print(b2())
def gen_closure():
    total = 0
    def g():
        nonlocal total
        for i in range(3):
            total += i
            yield total
    return g, lambda: total
g, t = gen_closure()
it = g()
print(next(it), t(), next(it), t())
