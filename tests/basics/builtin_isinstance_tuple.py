print(isinstance(1, (str, int)), isinstance(1, (str, float)))
print(isinstance(True, int), isinstance(1, bool))
print(isinstance(1, (str, (float, int))))
print(isinstance("a", ()))
print(issubclass(bool, int), issubclass(int, bool), issubclass(int, (str, object)))
class A: pass
class B(A): pass
class C(B): pass
print(isinstance(C(), A), issubclass(C, (int, A)), issubclass(A, C))
print(issubclass(A, A), isinstance(A, type), isinstance(A(), object))
print(isinstance(int, type), isinstance(type, type), isinstance(type, object))
try:
    isinstance(1, 1)
except TypeError:
    print("TypeError")
try:
    issubclass(1, int)
except TypeError:
    print("TypeError")
print(isinstance([], list), isinstance((), tuple), isinstance({}, dict))
print(isinstance(set(), (list, set)), isinstance(frozenset(), set))
print(isinstance(b"", bytes), isinstance(bytearray(), bytes))
print(isinstance(ValueError(), Exception), issubclass(KeyError, LookupError))
