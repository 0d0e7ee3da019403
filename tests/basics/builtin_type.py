# type() of values and type() identity
for v in (1, 1.0, 'a', b'a', [], (), {}, set(), None, True, 1j, range(1), bytearray(), frozenset()):
    print(type(v).__name__)
print(type(1) is int, type(True) is bool, type(type(1)) is type)
class A: pass
print(type(A()) is A, type(A) is type)
def f(): pass
print(type(f).__name__, type(lambda: 0).__name__)
def g(): yield
print(type(g()).__name__)
print(type(int('5')) == int)
