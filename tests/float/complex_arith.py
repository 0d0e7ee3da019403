# complex numbers
a = 1 + 2j
b = 3 - 4j
print(a + b, a - b, a * b, a / b, -a, +a, a * 2, 2 * a, a + 1, a - 1.5)
print(a == 1 + 2j, a != b, a.real, a.imag, a.conjugate(), abs(b), abs(1j))
print(complex(1, 2), complex(3), complex(), complex('1+2j'), complex('3j'), complex(-1.5, 0.5))
print(1j * 1j, (1 + 1j) * (1 + 1j), (1 + 2j) ** 0)
print(type(a).__name__, (1 + 0j) == 1, 1j.imag, (5j).real)
print((1 + 2j) * (1 - 2j), (6 + 8j) / 2, (1 + 1j) / (1 - 1j))
print(complex(1e300, 1) * 1, complex(0.5, -0.25))
try:
    a < b
except TypeError:
    print('TypeError')
try:
    a / 0
except ZeroDivisionError:
    print('ZeroDivisionError')
try:
    a // 2
except TypeError:
    print('TypeError floordiv')
