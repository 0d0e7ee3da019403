a = 3 + 4j
b = 1 - 2j
print(a + b, a - b, a * b, a / b, -a, +a, a == 3 + 4j, a != b)
print(a.real, a.imag, a.conjugate(), abs(a), type(a.real).__name__)
print(complex(1, 2), complex(), complex(2), complex("1+2j"), complex("-3j"), complex(" 4.5 "), complex("j"))
print(complex(1 + 2j, 1), complex(1, 1j), 1j * 1j, 1j ** 2, (1 + 1j) ** 2, 2 ** (1j * 0))
print(a + 1, 1 + a, a * 2.0, 2 / (1 + 1j), a - True, 0j == 0, 1j == 1j + 0)
print(repr(1j), repr(-1j), repr(1 + 0j), repr(-0j), repr(complex(0, -0.0)), repr(1e20j), repr(1.5 - 2.5j))
try:
    a < b
except TypeError:
    print("TypeError")
try:
    a // b
except TypeError:
    print("TypeError")
try:
    a / 0
except ZeroDivisionError:
    print("ZeroDivisionError")
try:
    complex("1+")
except ValueError:
    print("ValueError")
print(hash(1 + 0j) == hash(1), bool(0j), bool(1j))
print(complex(float("inf"), 1), complex(0, float("nan")))
