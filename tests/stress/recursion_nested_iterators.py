# Long chains of C-level iterators (map(f, map(f, ...))) and deeply nested tuples being
# hashed recurse on the C stack: MicroPython raises RuntimeError where CPython may crash.
N = 600000

def check(name, f):
    try:
        f()
        print(name, 'no error')
    except RuntimeError:
        print(name, 'RuntimeError')

def chain(wrap, n=N):
    x = [1]
    for i in range(n):
        x = wrap(x)
    return x

check('map', lambda: list(chain(lambda x: map(abs, x))))
check('filter', lambda: list(chain(lambda x: filter(None, x))))
check('zip', lambda: list(chain(zip)))
check('enumerate', lambda: list(chain(enumerate)))
check('genexp', lambda: sum(chain(lambda x: (i for i in x), N // 6)))

def deep_tuple():
    x = ()
    for i in range(N // 2):
        x = (x,)
    return x
t = deep_tuple()
check('hash', lambda: hash(t))
check('set', lambda: {t})
check('dict', lambda: {t: 1})
u = deep_tuple()
check('tuple ==', lambda: t == u)
# except clauses may name nested tuples of classes (CPython: TypeError)
t = u = None
v = ValueError
for i in range(N // 2):
    v = (v,)
def catch():
    try:
        raise KeyError
    except v:
        pass
check('except', catch)
# shallow chains still work
print(list(map(abs, map(abs, [-1, -2]))), hash((((1,),),)) == hash((((1,),),)))
