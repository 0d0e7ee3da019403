def g():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print('GeneratorExit')
        raise
    finally:
        print('finally')
it = g()
next(it)
it.close()
it.close()
print('---')
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
    print('RuntimeError ignored GeneratorExit')
print('---')
def ret():
    try:
        yield 1
    except GeneratorExit:
        return 5
r = ret()
next(r)
print(r.close())
print('---')
def fresh():
    print('never')
    yield
f = fresh()
f.close()
print(next(f, 'closed fresh'))
def other():
    try:
        yield
    finally:
        raise ValueError('from finally')
o = other()
next(o)
try:
    o.close()
except ValueError as e:
    print('ValueError', e)
print(issubclass(GeneratorExit, Exception), issubclass(GeneratorExit, BaseException))
