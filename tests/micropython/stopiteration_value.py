# StopIteration.value carries a generator's return value
def g():
    yield 1
    return 'ret'
it = g()
next(it)
try:
    next(it)
except StopIteration as e:
    print(e.value)
print(StopIteration().value, StopIteration(5).value)
