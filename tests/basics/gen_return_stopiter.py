def g():
    yield 1
    return [1, 2]
it = g()
next(it)
try:
    next(it)
except StopIteration as e:
    print(e.value, e.args)
def g2():
    return
    yield
try:
    next(g2())
except StopIteration as e:
    print(e.value, e.args)
def g3():
    yield 1
    raise StopIteration
try:
    list(g3())
except RuntimeError:
    print("RuntimeError")
def g4():
    x = yield
    return x
it = g4()
next(it)
try:
    it.send("val")
except StopIteration as e:
    print(e.value)
print(type(g()).__name__)
gi = g()
print(iter(gi) is gi)
def running():
    yield gi2.send(None) if False else 1
gi2 = running()
print(list(gi2))
def self_ref():
    yield next(me)
me = self_ref()
try:
    next(me)
except ValueError:
    print("ValueError")
