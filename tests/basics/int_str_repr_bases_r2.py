for v in [0, 1, -1, 7, -7, 255, -256, 2**31, -2**63, 2**64 + 1, 10**25]:
    print(v, bin(v), oct(v), hex(v), format(v, "b"), format(v, "#o"), format(v, "X"), str(v), repr(v), int(str(v)) == v, int(bin(v), 0) == v, int(hex(v), 16) == v)
class I:
    def __index__(self):
        return 42
print(bin(I()), hex(I()), oct(I()), ("x" * 50)[I():], [0] * 45 == [0] * 45)
for bad in [1.5, "3", None]:
    try:
        hex(bad)
    except TypeError:
        print("TypeError", repr(bad))
