class A: pass
class B(A): pass
class C: pass
b = B()
print(isinstance(b, A), isinstance(b, (C, A)), isinstance(b, (C, (int, B))))
print(issubclass(B, A), issubclass(B, B), issubclass(A, B), issubclass(B, (C, A)))
print(issubclass(bool, int), isinstance(True, int), isinstance(1, bool))
print(isinstance(A, type), isinstance(A(), object), issubclass(type, object))
try:
    isinstance(b, 5)
except TypeError:
    print('TypeError isinstance')
try:
    issubclass(b, A)
except TypeError:
    print('TypeError issubclass')
print(isinstance([], (list, tuple)), isinstance((), (list,)))
print(type(b) is B, type(b) == A)
print(issubclass(KeyError, LookupError), issubclass(ZeroDivisionError, ArithmeticError))
print(isinstance(None, type(None)))
