# big integer arithmetic
a = 123456789012345678901234567890
b = 987654321098765432109876543210
print(a + b, a - b, b - a)
print(a * b)
print(b // a, b % a)
print(-b // a, -b % a)
print(b // -a, b % -a)
print(a * a * a)
print(a * -1, -a * -a)
print(a // 7, a % 7)
print((a * b) // b == a)
print(abs(-a))
x = 1
for i in range(1, 40):
    x *= i
print(x)
print(x // (2 ** 64), x % (2 ** 64))
print(divmod(x, 10 ** 20))
print(2 ** 64 - 1 + 1, 2 ** 63 - 2 ** 63)
print(0 - 2 ** 100)
