a = 2**100
b = -(3**70)
print(a + b, a - b, a * b, a // b, a % b, b // a, b % a)
print(a // 7, a % 7, -a // 7, -a % 7, a // -7, a % -7)
print(a >> 50, a << 10, b >> 3, b >> 200, (-1) >> 100, 1 << 100 >> 100)
print(a & b, a | b, a ^ b, ~a, ~b, -a & 0xFFFF)
print(a == 2**100, a != a + 1, a > b, b < 0, a >= a, -a <= b)
print(int(str(a)) == a, str(b), repr(a))
print(a // a, a % a, (a + 1) // a, divmod(b, 12345))
print(abs(b), -b, +b, bool(a), bool(a - a))
print(a * 0, 0 * b, a - a == 0, type(a - a).__name__)
print(10**30 // 10**15, 10**30 % (10**15 + 1))
print((2**64 - 1) & (2**32 - 1), 2**64 | 1, (2**64) ^ (2**64))
try:
    1 << -1
except ValueError:
    print("ValueError")
try:
    a // 0
except ZeroDivisionError:
    print("ZeroDivisionError")
try:
    a % 0
except ZeroDivisionError:
    print("ZeroDivisionError")
