# integer powers
for b in range(-3, 4):
    print(b, [b ** e for e in range(6)])
print(2 ** 64, 2 ** 100)
print((-2) ** 63, (-2) ** 64)
print(10 ** 20)
print(3 ** 40)
print(pow(2, 10), pow(-3, 3))
print(2 ** -1, 4 ** -2)
print(type(2 ** -1).__name__)
print(0 ** 5)
print(7 ** 1, 7 ** 0)
