def g():
    try:
        for i in range(3):
            try:
                yield i
            finally:
                print('inner finally', i)
    finally:
        print('outer finally')
print(list(g()))
it = g()
print(next(it))
it.close()
print('---')
def h():
    try:
        yield 1
        return 'r'
    finally:
        print('fin')
x = h()
next(x)
try:
    next(x)
except StopIteration as e:
    print('value', e.value)

def brk():
    for i in range(10):
        try:
            yield i
            if i == 2:
                break
        finally:
            print('f', i)
    yield 'end'
print(list(brk()))

def exc_in_gen():
    try:
        yield 1
        1 / 0
    except ZeroDivisionError:
        yield 'zde'
    finally:
        yield 'final'
print(list(exc_in_gen()))
