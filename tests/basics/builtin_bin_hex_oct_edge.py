print(bin(0), oct(0), hex(0))
print(bin(-1), oct(-1), hex(-1))
print(bin(255), oct(255), hex(255))
print(bin(2**70), hex(2**70), oct(2**70))
print(bin(-2**70), hex(-2**70), oct(-2**70))
print(hex(True), bin(False))
class I:
    def __index__(self):
        return 10
print(hex(I()), bin(I()), oct(I()))
for f in (bin, oct, hex):
    try:
        f(1.0)
    except TypeError:
        print("TypeError")
    try:
        f("1")
    except TypeError:
        print("TypeError")
print(int(bin(12345), 0), int(hex(-999), 16), int(oct(777), 8))
