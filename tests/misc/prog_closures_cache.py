# Closures: counters, accumulators, caches with expiry, function factories, decorators stacking

def make_counter(start=0, step=1):
    count = start
    def inc():
        nonlocal count
        count += step
        return count
    def reset():
        nonlocal count
        count = start
    inc.reset = reset
    return inc

c1 = make_counter()
c2 = make_counter(100, -5)
print([c1() for _ in range(3)], [c2() for _ in range(3)])
c1.reset()
print(c1(), c2())

def make_cache(maxsize, clock):
    store = {}
    order = []
    stats = {'hit': 0, 'miss': 0, 'expired': 0}
    def cached(ttl):
        def deco(fn):
            def wrapper(*args):
                now = clock()
                if args in store:
                    val, t = store[args]
                    if now - t <= ttl:
                        stats['hit'] += 1
                        return val
                    stats['expired'] += 1
                    order.remove(args)
                else:
                    stats['miss'] += 1
                val = fn(*args)
                store[args] = (val, now)
                order.append(args)
                if len(order) > maxsize:
                    del store[order.pop(0)]
                return val
            wrapper.__name__ = fn.__name__
            return wrapper
        return deco
    return cached, stats, store

tick = [0]
def clock():
    return tick[0]
cached, stats, store = make_cache(3, clock)

@cached(ttl=5)
def slow_square(x):
    return x * x

for t, x in [(0, 2), (1, 2), (2, 3), (3, 4), (4, 5), (5, 2), (11, 5), (12, 5), (13, 3)]:
    tick[0] = t
    print(t, x, slow_square(x), sorted(store))
print(stats, slow_square.__name__)

def adders():
    fs = []
    for i in range(4):
        fs.append(lambda x, i=i: x + i)
    late = [lambda x: x + i for i in range(4)]
    return fs, late
fs, late = adders()
print([f(10) for f in fs], [f(10) for f in late])

def trace(label):
    def deco(fn):
        def inner(*a, **kw):
            log.append("%s>%s%r" % (label, fn.__name__, a))
            r = fn(*a, **kw)
            log.append("%s<%r" % (label, r))
            return r
        inner.__name__ = fn.__name__
        return inner
    return deco
log = []

@trace("outer")
@trace("inner")
def add(a, b=1):
    return a + b
print(add(2, 3), add(5), add(a=1, b=1))
for l in log:
    print("  ", l)

def compose(*fns):
    def run(x):
        for f in reversed(fns):
            x = f(x)
        return x
    return run
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5), compose()(7), compose(str, abs, dbl)(-4))

def accumulator():
    total = 0
    items = []
    def add(x=None):
        nonlocal total
        if x is not None:
            total += x
            items.append(x)
        return total, len(items)
    return add
acc = accumulator()
for v in [5, 10, -3]:
    acc(v)
print(acc(), acc.__closure__ is not None if hasattr(acc, '__closure__') else True)

def outer():
    x = 'outer'
    def middle():
        def inner():
            return x
        return inner
    x = 'changed'
    return middle()()
print(outer())

def memo_fib():
    memo = {0: 0, 1: 1}
    def fib(n):
        if n not in memo:
            memo[n] = fib(n - 1) + fib(n - 2)
        return memo[n]
    return fib, memo
fib, memo = memo_fib()
print(fib(80), len(memo))

def once(fn):
    done = []
    def wrapper(*a):
        if not done:
            done.append(fn(*a))
        return done[0]
    return wrapper
@once
def init(v):
    print("initializing with", v)
    return v * 3
print(init(4), init(100), init(0))

def rate_limiter(limit):
    calls = []
    def allow(t):
        while calls and calls[0] <= t - 10:
            calls.pop(0)
        if len(calls) < limit:
            calls.append(t)
            return True
        return False
    return allow
allow = rate_limiter(3)
print([(t, allow(t)) for t in [0, 1, 2, 3, 9, 10, 11, 12, 13, 25]])
gen_counter = make_counter(0, 2)
print(sorted([gen_counter() for _ in range(5)], reverse=True))
