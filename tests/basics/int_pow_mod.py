# three-argument pow
print(pow(3, 4, 5))
print(pow(2, 100, 97))
print(pow(123456789, 987654321, 1000000007))
print(pow(2, 1000, 10 ** 30))
print(pow(10, 50, 7))
print(pow(-3, 5, 7))
print(pow(3, 5, -7))
print(pow(0, 0, 5), pow(5, 0, 1))
print(pow(2 ** 100 + 1, 2 ** 65, 2 ** 61 - 1))
print(pow(7, 13, 1))
for m in (2, 3, 10, 13):
    print([pow(b, 3, m) for b in range(8)])
