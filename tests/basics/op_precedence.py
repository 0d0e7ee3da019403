# operator precedence and associativity
print(2 + 3 * 4, (2 + 3) * 4, 2 * 3 ** 2, -2 ** 2, (-2) ** 2, 2 ** -1)
print(10 - 4 - 3, 100 / 10 / 5, 2 ** 2 ** 3, 17 // 5 * 3, 17 % 5 * 3)
print(1 + 2 << 3, 1 << 2 + 3, 16 >> 1 + 1, 6 & 3 | 8, 6 | 3 & 8, 6 ^ 3 & 5, 1 | 2 ^ 3 & 4)
print(not 1 == 2, not 1 and 0, not (1 and 0), 1 or 0 and 0, (1 or 0) and 0)
print(1 < 2 == 2, 3 & 1 == 1, (3 & 1) == 1, -3 % 5, -(3 % 5))
print(~1 + 1, ~(1 + 1), -~5, ~-5, +-+1)
print(2 * 3 if True else 4, 1 + (2 if False else 3))
print(1 == 1 in [True], [1] * 2 + [2], 'a' + 'b' * 2)
x = 5
print(x > 3 and x < 10 or x == 0, not x > 3 or x)
print((lambda: 1 if False else 2)())
