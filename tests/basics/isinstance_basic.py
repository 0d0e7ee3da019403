# isinstance and issubclass with builtins and tuples
vals = [1, 1.5, 'a', b'b', [1], (1,), {1: 2}, {1}, None, True, 1j, range(2)]
types = [int, float, str, bytes, list, tuple, dict, set, type(None), bool, complex, range]
for v in vals:
    print([int(isinstance(v, t)) for t in types])
print(isinstance(True, int), isinstance(1, bool))
print(isinstance(1, (str, int)), isinstance(1, (str, (list, int))), isinstance(1, ()))
print(issubclass(bool, int), issubclass(int, object), issubclass(int, (str, int)))
print(issubclass(KeyError, LookupError), issubclass(ZeroDivisionError, ArithmeticError))
print(isinstance(int, type), isinstance(type, type), isinstance(object, type))
class A: pass
class B(A): pass
print(isinstance(B(), A), isinstance(A(), B), issubclass(B, (int, A)), issubclass(B, B))
try:
    isinstance(1, 2)
except TypeError:
    print('TypeError')
try:
    issubclass(1, int)
except TypeError:
    print('TypeError')
