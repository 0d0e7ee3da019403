def g():
    yield 1
    raise ValueError("in gen")
it = g()
print(next(it))
try:
    next(it)
except ValueError as e:
    print("caught", e)
try:
    next(it)
except StopIteration:
    print("exhausted")
def g2():
    try:
        yield 1
    finally:
        print("cleanup")
gg = g2()
for x in gg:
    print(x)
    break
gg.close()
def g3():
    for i in range(3):
        try:
            yield i
        except KeyError:
            print("KeyError at", i)
it = g3()
next(it)
print(it.throw(KeyError))
print(it.throw(KeyError))
try:
    it.throw(KeyError)
except StopIteration:
    print("stop")
def g4():
    yield 1 / 0
try:
    list(g4())
except ZeroDivisionError:
    print("ZeroDivisionError")
try:
    list(x / 0 for x in [1])
except ZeroDivisionError:
    print("ZeroDivisionError in genexp")
