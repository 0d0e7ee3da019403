# bitwise operations on big ints, positive and negative
a = 0x123456789abcdef0123456789abcdef
b = -0xfedcba9876543210fedcba98765432
m = 2 ** 100 - 1
print(hex(a & m), hex(a | m), hex(a ^ m))
print(a & b, a | b, a ^ b)
print(b & m, b | 0xff, b ^ -1)
print(~a, ~b)
print((-(2 ** 70)) & 0xffff, (-(2 ** 70)) | 1)
print((-(2 ** 70) + 1) & (2 ** 72 - 1))
print((2 ** 70) ^ (2 ** 70 - 1))
print(-(2 ** 65) ^ (2 ** 64))
print(-12345678901234567890 & -98765432109876543210)
print(-12345678901234567890 | -98765432109876543210)
print(-12345678901234567890 ^ -98765432109876543210)
