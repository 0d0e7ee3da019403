# generator close()
def g():
    try:
        yield 1
        yield 2
    finally:
        print('cleanup')
gen = g()
print(next(gen))
gen.close()
print('closed')
gen.close()
try:
    next(gen)
except StopIteration:
    print('StopIteration after close')
def catcher():
    try:
        yield 1
    except GeneratorExit:
        print('GeneratorExit seen')
        raise
gen = catcher()
next(gen)
gen.close()
def bad():
    try:
        yield 1
    except GeneratorExit:
        yield 2
gen = bad()
next(gen)
try:
    gen.close()
except RuntimeError:
    print('RuntimeError: yielded in close')
gen = g()
gen.close()
print('close unstarted ok')
def swallow():
    try:
        yield 1
    except GeneratorExit:
        return
gen = swallow()
next(gen)
print(gen.close())
