print(int("0x1f", 16), int("0x1f", 0), int("0o17", 0), int("0b101", 0), int("1f", 16), int("z", 36), int("Z", 36))
print(int(" 42 "), int("-0"), int("+7"), int("1_000"), int("0_0"), int("0b1_0", 0), int("\t12\n"))
print(int("10", 2), int("777", 8), int("-ff", 16), int("0", 0), int("00", 0), int("12345678901234567890"))
print(int(3.99), int(-3.99), int(True), int(), int(1e15), int("9" * 30) % 1000)
for s, b in (("", 10), ("0x", 16), ("12", 2), ("1__0", 10), ("_1", 10), ("1_", 10), ("08", 0), ("1.5", 10), ("abc", 10), (" ", 10), ("0b2", 0)):
    try:
        int(s, b)
        print("no error", repr(s))
    except ValueError:
        print("ValueError", repr(s))
try:
    int("10", 1)
except ValueError:
    print("ValueError base")
try:
    int("10", 37)
except ValueError:
    print("ValueError base")
try:
    int(10, 2)
except TypeError:
    print("TypeError")
try:
    int(None)
except TypeError:
    print("TypeError")
class I:
    def __int__(self):
        return 9
class X:
    def __index__(self):
        return 4
print(int(I()), int(b"12"), int(bytearray(b"-3")))
print(int("12", base=8), int(x="5") if False else 5)
