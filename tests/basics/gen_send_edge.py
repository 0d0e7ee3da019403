def g():
    x = yield 1
    print('got', x)
    y = yield x * 2
    print('got', y)
    return 'done'
it = g()
try:
    it.send(5)
except TypeError:
    print('TypeError non-None send to fresh gen')
it = g()
print(it.send(None))
print(it.send(10))
try:
    it.send(20)
except StopIteration as e:
    print('stop', e.value, e.args)
try:
    it.send(1)
except StopIteration as e:
    print('again', e.value)
print(next(it, 'exhausted'))

def echo():
    v = None
    while True:
        v = yield v
e = echo()
next(e)
print([e.send(i) for i in range(4)])
e.close()
try:
    next(e)
except StopIteration:
    print('closed')
