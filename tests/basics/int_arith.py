# basic small-int arithmetic
a = 17
b = 5
print(a + b, a - b, a * b, a / b)
print(a // b, a % b, a ** b)
print(-a, +a, ~a)
print(a + -b, a - -b)
print(2 ** 10, 2 ** 0, 0 ** 0, 1 ** 1000)
print(10 // 3, 10 % 3, 9 // 3, 9 % 3)
print(7 * 0, 0 * -7)
x = 1
for i in range(20):
    x = x * 3 + i
print(x)
print(1000000 * 1000000)
print(2147483647 + 1, -2147483648 - 1)
print(4611686018427387903 + 1)
print(abs(-4611686018427387904))
print(3 * (4 + 5) - 6 // 2)
print(2 ** 3 ** 2)
print(-2 ** 2, (-2) ** 2)
