# round() of ints with negative ndigits
print(round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2))
print(round(15, -1), round(25, -1), round(5, 0), round(123, 2))
print(round(10 ** 30 + 5 * 10 ** 9, -10))
