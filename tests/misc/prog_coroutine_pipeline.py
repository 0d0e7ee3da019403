# Generator-based coroutines: push pipelines with send/throw/close, broadcast, stateful filters

def coroutine(fn):
    def start(*a, **kw):
        g = fn(*a, **kw)
        next(g)
        return g
    start.__name__ = fn.__name__
    return start

class Sink:
    def __init__(self, name):
        self.name = name
        self.items = []
    def send(self, x):
        self.items.append(x)
    def close(self):
        self.items.append('<closed>')

@coroutine
def grep(pattern, target):
    try:
        while True:
            line = yield
            if pattern in line:
                target.send(line)
    except GeneratorExit:
        target.close()

@coroutine
def uppercase(target):
    try:
        while True:
            target.send((yield).upper())
    finally:
        target.close()

@coroutine
def broadcast(targets):
    try:
        while True:
            item = yield
            for t in targets:
                t.send(item)
    except GeneratorExit:
        for t in targets:
            t.close()

@coroutine
def averager():
    total = 0.0
    n = 0
    avg = None
    while True:
        try:
            x = yield avg
        except ValueError as e:
            avg = "reset(%s)" % e
            total, n = 0.0, 0
            continue
        total += x
        n += 1
        avg = total / n

@coroutine
def dedupe(target):
    last = object()
    count = 0
    try:
        while True:
            x = yield count
            if x != last:
                target.send(x)
                last = x
            else:
                count += 1
    except GeneratorExit:
        target.close()
        return

lines = ["error: disk full", "info: started", "warning: error rate high", "error: timeout",
         "debug: x=1", "info: error recovered"]
s1, s2, s3 = Sink("errors"), Sink("upper-infos"), Sink("all")
pipe = broadcast([grep("error", s1), grep("info", uppercase(s2)), s3])
for ln in lines:
    pipe.send(ln)
pipe.close()
for s in (s1, s2, s3):
    print(s.name, s.items)

avg = averager()
print([avg.send(x) for x in [10, 20, 30]])
print(avg.throw(ValueError("bad sensor")))
print([avg.send(x) for x in [1, 2]])
avg.close()
try:
    avg.send(5)
except StopIteration:
    print("StopIteration after close")

out = Sink("dedupe")
d = dedupe(out)
counts = [d.send(x) for x in [1, 1, 2, 2, 2, 3, 1, 1]]
d.close()
print(counts, out.items)

def gen_with_return():
    x = yield 1
    y = yield x * 2
    return x + y

g = gen_with_return()
print(next(g), g.send(5))
try:
    g.send(7)
except StopIteration as e:
    print("returned", e.value)

def delegator():
    result = yield from gen_with_return()
    yield "delegated result %d" % result

g = delegator()
print(next(g), g.send(3), g.send(4))

def resilient():
    n = 0
    while True:
        try:
            yield n
            n += 1
        except KeyError:
            n += 100
        except GeneratorExit:
            print("cleanup at", n)
            raise
r = resilient()
print(next(r), next(r), r.throw(KeyError), next(r))
r.close()
def bad_close():
    try:
        yield 1
    except GeneratorExit:
        yield 2
b = bad_close()
next(b)
try:
    b.close()
except RuntimeError as e:
    print("RuntimeError", type(e).__name__)
def throw_unhandled():
    yield 1
t = throw_unhandled()
next(t)
try:
    t.throw(IndexError("boom"))
except IndexError as e:
    print("propagated", e)
print(list(x for x in range(3)), next(iter([]), 'empty'))
