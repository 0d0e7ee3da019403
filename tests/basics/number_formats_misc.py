# str() and repr() of numbers in containers and conversions
print(str(0), str(-0), str(10 ** 18), str(-(2 ** 63)), str(2 ** 64))
print([0.5, 1e-7, 1e21, -2.0], (1,), {1: 1.0})
print(int('-0'), float('-0'), int(-0.0), str(int('007')))
print(float(1), float(-1), float(10 ** 15), float(10 ** 16))
print(int(True) + float(False), complex(1) + 1)
print('%s %s %s' % (1.0, 10 ** 20, 1e20))
print(7 / 7, 0 / 5, -0 / 5, type(4 // 2).__name__, type(4.0 // 2).__name__)
