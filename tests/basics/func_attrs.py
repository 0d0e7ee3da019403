# function objects: __name__, attributes, first-class usage
def f(a, b=2):
    return a + b
print(f.__name__)
g = f
print(g(1), g is f, g.__name__)
def outer():
    def inner():
        pass
    return inner
print(outer().__name__)
print((lambda: 0).__name__)
funcs = {'add': lambda a, b: a + b, 'mul': lambda a, b: a * b}
print(funcs['add'](2, 3), funcs['mul'](2, 3))
def apply(fn, *args):
    return fn(*args)
print(apply(max, 3, 9, 2), apply(str.upper, 'x'))
class C:
    def m(self):
        return 'm'
bound = C().m
print(bound())
print(f == f, f != g)
