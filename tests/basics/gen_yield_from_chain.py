def inner():
    x = yield "i1"
    print("inner got", x)
    yield "i2"
    return "inner-ret"
def middle():
    r = yield from inner()
    print("middle got", r)
    r2 = yield from [10, 20]
    print("list ret", r2)
    return "mid-ret"
def outer():
    r = yield from middle()
    print("outer got", r)
it = outer()
print(next(it))
print(it.send("S"))
print(next(it), next(it))
try:
    next(it)
except StopIteration as e:
    print("done", e.value)
def thrower():
    try:
        yield 1
    except KeyError:
        yield "handled in inner"
def deleg():
    yield from thrower()
    yield "after"
d = deleg()
next(d)
print(d.throw(KeyError), next(d))
def gen_ret():
    return 5
    yield
def take():
    v = yield from gen_ret()
    yield v
print(list(take()))
def closer():
    try:
        yield 1
        yield 2
    finally:
        print("inner closed")
def deleg2():
    yield from closer()
c = deleg2()
next(c)
c.close()
print(list(x for x in (yield_from_str for yield_from_str in "ab")))
def yf_str():
    yield from "xyz"
    yield from range(2)
    yield from (i * i for i in range(3))
print(list(yf_str()))
