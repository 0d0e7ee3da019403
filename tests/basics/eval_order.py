# evaluation order of expressions and arguments
log = []
def v(x):
    log.append(x)
    return x
def f(*a, **k):
    return a, sorted(k)
f(v(1), v(2), k=v(3), j=v(4))
print(log)
log.clear()
r = v(1) + v(2) * v(3) - v(4)
print(r, log)
log.clear()
l = [0, 0]
l[v(0)] = v('rhs')
print(log, l)
log.clear()
a = v(0) or v(1) or v(2)
b = v(3) and v(0) and v(9)
print(a, b, log)
log.clear()
t = (v('a'), v('b'), [v('c'), v('d')])
print(log)
log.clear()
print(v(1) < v(2) < v(3) < v(0) < v(5), log)
log.clear()
x = v('x') if v(0) else v('y')
print(x, log)
