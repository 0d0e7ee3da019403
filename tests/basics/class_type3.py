# creating classes with type(name, bases, dict)
def meth(self):
    return 'meth of ' + type(self).__name__
A = type('A', (), {'x': 1, 'meth': meth})
a = A()
print(A.__name__, a.x, a.meth())
B = type('B', (A,), {'y': 2})
b = B()
print(b.x, b.y, b.meth(), isinstance(b, A))
