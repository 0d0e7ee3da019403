def g():
    try:
        x = yield 1
        print("got", x)
        y = yield x * 2
        print("got", y)
    except ValueError as e:
        print("caught", e.args)
        yield "recovered"
    finally:
        print("finally")
it = g()
print(next(it), it.send(5), it.send(6) if False else it.throw(ValueError("v")))
try:
    next(it)
except StopIteration:
    print("stop")
it = g()
try:
    it.send(1)
except TypeError:
    print("TypeError")
print(next(it))
it.close()
it.close()
try:
    next(it)
except StopIteration:
    print("stop after close")
def h():
    try:
        yield 1
    except GeneratorExit:
        print("exit")
        raise
h1 = h()
next(h1)
h1.close()
def bad():
    try:
        yield 1
    except GeneratorExit:
        yield 2
b = bad()
next(b)
try:
    b.close()
except RuntimeError:
    print("RuntimeError")
def unstarted():
    yield 1
u = unstarted()
try:
    u.throw(KeyError("k"))
except KeyError:
    print("KeyError")
try:
    next(u)
except StopIteration:
    print("stop")
