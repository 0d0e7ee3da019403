# cmath module (rounded output)
import cmath
import math
def r(c):
    return complex(round(c.real, 9), round(c.imag, 9))
print(r(cmath.sqrt(-1)), r(cmath.sqrt(2j)), r(cmath.sqrt(3 + 4j)))
print(r(cmath.exp(1j * math.pi)), r(cmath.exp(1 + 1j)))
print(r(cmath.log(-1)), r(cmath.log(1j)), r(cmath.log10(100 + 0j)))
print(round(cmath.phase(-1), 9), round(cmath.phase(1j), 9), round(cmath.phase(1 + 1j), 9))
m, p = cmath.polar(1 + 1j)
print(round(m, 9), round(p, 9))
print(r(cmath.rect(2, math.pi / 2)), r(cmath.rect(1, 0)))
print(r(cmath.sin(1j)), r(cmath.cos(1 + 1j)))
print(round(cmath.pi, 9), round(cmath.e, 9))
