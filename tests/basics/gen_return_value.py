# return value of a generator is carried by StopIteration
def g():
    yield 1
    return 'result'
it = g()
next(it)
try:
    next(it)
except StopIteration as e:
    print(e.args, e.value)
def g2():
    return 42
    yield
try:
    next(g2())
except StopIteration as e:
    print(e.value)
def g3():
    yield
try:
    it = g3()
    next(it)
    next(it)
except StopIteration as e:
    print(e.value, e.args)
def g4():
    return (1, 2)
    yield
try:
    next(g4())
except StopIteration as e:
    print(e.value)
def wrapper():
    r = yield from g()
    return r * 2
it = wrapper()
print(next(it))
try:
    next(it)
except StopIteration as e:
    print(e.value)
