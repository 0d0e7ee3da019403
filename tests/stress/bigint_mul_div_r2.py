a = 3**2000
b = 7**1500 + 12345
q, r = divmod(a, b)
print(q * b + r == a, 0 <= r < b, len(str(a)), len(str(q)), str(r)[:25])
print((a * b) // b == a, (a * b) % b, (-a) // b == -(a // b) - 1, (-a) % b == b - a % b)
x = 1
for i in range(1, 300):
    x = x * i + (i ^ 0x55)
print(x % 999999937, x.bit_length(), str(x)[-20:], hex(x)[-16:])
s = str(10**2000 + 1)
print(len(s), int(s) - 10**2000, int("9" * 1000) + 1 == 10**1000)
print(pow(2, 4423, 10**50), (2**4423 - 1) % 10**30)
