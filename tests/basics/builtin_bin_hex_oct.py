# bin(), hex(), oct()
for n in (0, 1, 7, 8, 255, 256, -1, -255, 2 ** 31, 2 ** 64, -(2 ** 70)):
    print(n, bin(n), hex(n), oct(n))
print(hex(0xdeadbeef), bin(0b1010), oct(0o777))
print(int(hex(12345), 16), int(bin(12345), 2), int(oct(12345), 8))
print(hex(True), bin(False))
