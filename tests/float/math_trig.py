# trigonometric and hyperbolic functions (printed rounded)
import math
def r(v):
    return round(v, 10)
for x in (0.0, 0.5, 1.0, -1.0, math.pi / 6, math.pi / 4, math.pi / 3, 2.0):
    print(r(math.sin(x)), r(math.cos(x)), r(math.tan(x)))
for x in (0.0, 0.5, -0.5, 1.0, -1.0):
    print(r(math.asin(x)), r(math.acos(x)), r(math.atan(x)))
print(r(math.atan2(1, 1)), r(math.atan2(-1, -1)), r(math.atan2(0, -1)), r(math.atan2(1, 0)))
for x in (0.0, 0.5, 1.0, -2.0):
    print(r(math.sinh(x)), r(math.cosh(x)), r(math.tanh(x)))
print(r(math.asinh(1.0)), r(math.acosh(2.0)), r(math.atanh(0.5)))
print(math.sin(0.0), math.cos(0.0))
try:
    math.asin(2)
except ValueError:
    print('ValueError')
