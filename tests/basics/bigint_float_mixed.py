# exact int/float comparisons and mixed arithmetic
big = 2 ** 53 + 1
print(big > float(2 ** 53), big == float(2 ** 53), big != float(2 ** 53), float(2 ** 53) < big)
print(2 ** 1000 < float('inf'), -(2 ** 1000) > float('-inf'), 2 ** 1000 == float('nan'), 2 ** 1000 != float('nan'))
print(10 ** 400 > 1e308, 1e308 < 10 ** 400, -10 ** 400 < -1e308, 2 ** 64 == 2.0 ** 64, 2 ** 64 + 1 == 2.0 ** 64)
print(3 < 3.5, 3 <= 3.0, 4 > 3.9999, -1 < -0.5, 0 == -0.0, 5 >= 5.0)
print(2 ** 63 * 1.5, 2 ** 70 / 2 ** 10, (2 ** 80 + 1) / 2 ** 80, 10 ** 30 / 10 ** 10, 7 / 2, -7 / 2, 1 / 3)
print(10 ** 300 * 10.0 ** -300, (2 ** 1074) / 2 ** 2148 if False else 1, 2 ** 100 // 3.0, 2 ** 100 % 7.5)
print(float(2 ** 53 + 1), float(2 ** 54 + 3), float(-(2 ** 64) - 1), float(10 ** 22), float(123456789 ** 5))
for e in ['2 ** 2000 * 1.0', 'float(10 ** 400)', '10 ** 400 / 3', '1 / 0', '2 ** 100 / 0', '5 // 0', '5 % 0', 'divmod(2 ** 80, 0)']:
    try:
        print(eval(e))
    except Exception as ex:
        print(type(ex).__name__, ex)
print(10 ** 400 // 10 ** 399, (10 ** 400 + 1) / 10 ** 400, 1e300 * 10 ** 5 == 1e305 * 1.0)
