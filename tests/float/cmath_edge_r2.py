import cmath, math
def r(z):
    return complex(round(z.real, 9), round(z.imag, 9))
for z in [0j, 1, -1, 1j, -1j, 1 + 1j, -2 - 3j, 0.5j, 3.5]:
    out = [r(cmath.sqrt(z)), r(cmath.exp(z)), r(cmath.sin(z)), r(cmath.cos(z)), round(cmath.phase(z), 9), tuple(round(x, 9) for x in cmath.polar(z))]
    if z != 0:
        out.append(r(cmath.log(z)))
        out.append(r(cmath.log10(z)))
    print(z, out)
print(r(cmath.rect(2, math.pi / 2)), r(cmath.rect(1, 0)), round(cmath.pi, 12), round(cmath.e, 12), cmath.phase(-1 + 0j), cmath.phase(complex(-1, -0.0)))
print(cmath.isfinite(1 + 1j), cmath.isinf(complex(math.inf, 0)), cmath.isnan(complex(0, math.nan)), cmath.isclose(1 + 1j, 1 + 1.0000000001j))
print(r(cmath.log(8, 2)), r(cmath.sqrt(-4)), cmath.sqrt(complex(-4, -0.0)))
try:
    cmath.log(0)
except ValueError:
    print("ValueError")
