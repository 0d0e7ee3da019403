def numbers(n):
    for i in range(n):
        yield i
def squares(src):
    for x in src:
        yield x * x
def evens(src):
    return (x for x in src if x % 2 == 0)
def take(src, k):
    for i, x in enumerate(src):
        if i >= k:
            return
        yield x
print(list(take(evens(squares(numbers(100))), 5)))
def grep(pattern):
    print('grep ready')
    matches = []
    try:
        while True:
            line = yield
            if pattern in line:
                matches.append(line)
    except GeneratorExit:
        print('matches', matches)
g = grep('py')
next(g)
for l in ['python', 'java', 'pypy', 'c']:
    g.send(l)
g.close()
def averager():
    total = 0
    count = 0
    avg = None
    while True:
        v = yield avg
        if v is None:
            return (count, avg)
        total += v
        count += 1
        avg = total / count
def delegate(results):
    while True:
        r = yield from averager()
        results.append(r)
        if len(results) == 2:
            return
res = []
d = delegate(res)
next(d)
for v in [10, 20, 30, None, 1, None]:
    try:
        d.send(v)
    except StopIteration:
        break
print(res)
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

print(list(take(fib(), 10)))
