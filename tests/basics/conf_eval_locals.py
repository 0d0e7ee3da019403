# eval/exec/locals() called inside a function see that function's locals (a snapshot)
def f(a, b=10):
    c = a + b
    return eval('a + b + c')


print(f(1))


def g():
    x = 1

    def inner():
        return x
    y = [1, 2]
    return eval('x + len(y)'), eval('x', {'x': 5}), eval('x', None, {'x': 6}), inner()


print(g())


def h():
    v = 3
    print(sorted(locals().items()))
    exec('w = v * 2\nprint(w)')
    d = {}
    exec('w = 3', None, d)
    return d


print(h())


def closure():
    n = 4

    def k():
        return eval('n')  # n is not a free variable of k: global lookup
    return k


try:
    closure()()
except NameError:
    print('NameError')


def free():
    n = 5

    def k():
        n
        return eval('n')
    return k


print(free()())


def shadow():
    eval = len
    return eval('abc')


print(shadow())


def alias():
    e = eval
    q = 1
    return e('1 + 1')


print(alias())


def bad():
    try:
        eval()
    except TypeError:
        print('TypeError')
    return eval('2')


print(bad())
print(eval('1 + 2'))


def unbound():
    r = eval('[k for k in ("a", "b")]')
    if r:
        return r
    late = 1
    return late


print(unbound())
