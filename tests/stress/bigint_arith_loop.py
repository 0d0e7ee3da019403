a, b = 0, 1
for _ in range(3000):
    a, b = b, a + b
print(len(str(a)), a % 1000000007)
x = 1
for i in range(1, 300):
    x *= i
y = x
for i in range(1, 300):
    y //= i
print(y)
p = pow(3, 10000, 10**50 + 151)
print(p)
print((7 ** 2000) % (2**127 - 1))
n = 2 ** 4000 - 1
print(n.bit_length(), bin(n).count("1"), hex(n)[:10])
