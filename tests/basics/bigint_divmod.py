# division of big ints by small and big divisors, all sign combinations
nums = [10 ** 30 + 7, -(10 ** 30 + 7), 2 ** 100, -(2 ** 100) + 3]
dens = [3, -3, 10 ** 15 + 1, -(10 ** 15 + 1), 2 ** 64, -(2 ** 64)]
for n in nums:
    for d in dens:
        q, r = divmod(n, d)
        assert q * d + r == n
        assert (r == 0) or ((r < 0) == (d < 0))
        print(q, r)
try:
    (10 ** 30) // 0
except ZeroDivisionError:
    print('ZeroDivisionError')
try:
    (10 ** 30) % 0
except ZeroDivisionError:
    print('ZeroDivisionError')
print((10 ** 30) / (10 ** 28))
