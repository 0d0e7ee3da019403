# more math functions (rounded output)
import math
def r(v):
    return round(v, 9)
print(r(math.exp(1)), r(math.exp(-1)), r(math.exp(10)), r(math.expm1(1e-5) * 1e5), r(math.log1p(1e-5) * 1e5))
print(r(math.log(10)), r(math.log(2)), r(math.log(0.5)), r(math.log10(2)), r(math.log2(10)))
print(r(math.sqrt(1e10)), r(math.sqrt(3)), r(math.pow(3, 0.5)), r(math.pow(-8, 3)))
print(r(math.erf(0.5)), r(math.erfc(0.5)), r(math.gamma(5.5)), r(math.lgamma(10)))
print(math.gamma(5), r(math.exp(100) / 1e43))
print(math.floor(-0.0), math.ceil(1e-300), math.floor(1e20), math.ceil(-1e20))
print(math.trunc(1e20), math.floor(2 ** 60 + 0.0))
