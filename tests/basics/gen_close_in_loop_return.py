def f():
    try:
        return 1
    finally:
        print('fin')
print(f())
def g():
    for x in range(3):
        try:
            yield x
        except GeneratorExit:
            print('GE', x)
            return
it = g(); next(it); next(it); it.close(); print('closed')
