def g():
    try:
        yield 1
        yield 2
    finally:
        return 'from finally'
it = g()
print(next(it))
try:
    it.throw(ValueError)
except StopIteration as e:
    print('StopIteration', e.value)
def g3():
    x = 0
    while True:
        try:
            x = yield x
        except ValueError:
            x = -1
        if x is None:
            return 'done'
it = g3()
print(next(it), it.send(5), it.throw(ValueError), it.send(7))
try:
    it.send(None)
except StopIteration as e:
    print(e.value)
