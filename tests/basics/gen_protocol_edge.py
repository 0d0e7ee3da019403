def g():
    received = []
    while True:
        try:
            v = yield len(received)
        except GeneratorExit:
            print("closing with", received)
            return
        except ValueError as e:
            received.append("err:" + str(e))
            continue
        if v is None:
            break
        received.append(v)
    return received
it = g()
print(next(it), it.send("a"), it.send("b"), it.throw(ValueError("x")), it.send("c"))
try:
    it.send(None)
except StopIteration as e:
    print("returned", e.value)
it = g()
next(it)
it.send(1)
it.close()
def gen_in_gen():
    def inner():
        yield 1
        yield 2
    for x in inner():
        yield x * 10
    yield sum(inner())
print(list(gen_in_gen()))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(12)])
def take(n, it):
    for i, v in enumerate(it):
        if i >= n:
            return
        yield v
print(list(take(5, fib())), list(take(0, fib())))
def chain(*its):
    for it in its:
        yield from it
print(list(chain([1], (2, 3), "ab", range(2), {9: 0})))
def counter():
    n = 0
    while True:
        cmd = yield n
        if cmd == "reset":
            n = 0
        else:
            n += 1
c = counter()
print(next(c), next(c), next(c), c.send("reset"), next(c))
gexp = (x * x for x in range(4))
print(next(gexp), list(gexp), list(gexp))
def empty():
    return
    yield
print(list(empty()), any(empty()), sum(empty()))
