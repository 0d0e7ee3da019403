# mixed float / big int arithmetic
big = 10 ** 25
print(big * 1.0, big / 3, big + 0.5, big - 1.5, 1.5 * big, big / 10 ** 20)
print(2 ** 100 / 2 ** 90, (2 ** 100 + 1) / 2 ** 100, 10 ** 30 // 1e10, 10 ** 30 % 7.0)
print(float(2 ** 1023) * 1.5, 2 ** 200 > 1e60, 2 ** 200 < 1e61)
print((10 ** 50) / (10 ** 48), 7 / 2 ** 70)
print(divmod(10 ** 20, 3.0))
