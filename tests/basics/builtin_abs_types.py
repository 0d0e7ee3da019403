# abs on various numeric types
print(abs(0), abs(-0), abs(5), abs(-5))
print(abs(True), abs(False))
print(abs(-2**100), abs(2**100))
print(abs(-1.5), abs(1.5), abs(-0.0))
print(abs(3+4j), abs(-3-4j))
print(abs(-(2**62)), abs(-(2**63)), abs(-(2**31)))
class A:
    def __abs__(self):
        return 42
print(abs(A()))
try:
    abs("x")
except TypeError:
    print("TypeError")
try:
    abs(None)
except TypeError:
    print("TypeError")
