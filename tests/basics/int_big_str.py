# big int string conversion in various bases
n = 3 ** 200
print(str(n))
print(hex(n), oct(n))
print(bin(n)[:50], len(bin(n)))
print(int(hex(n), 16) == n, int(oct(n), 8) == n, int(bin(n), 2) == n, int(str(n)) == n)
print(format(n, 'x')[:20], format(n, 'o')[-20:], format(-n, 'd')[:10])
print(int('1' * 100, 2), int('z' * 20, 36))
print(str(-(10 ** 50)), repr(10 ** 40 + 1))
print(n % 10 ** 9, n // 10 ** 90)
