good = [("0x10", 0), ("0o17", 0), ("0b101", 0), ("10", 0), ("0", 0), ("000", 0), ("-0x10", 0), ("+0b1", 0),
        ("  12  ", 10), ("\t-7\n", 10), ("1_000", 10), ("0x_ff", 0), ("0x_f_f", 16), ("ff", 16), ("FF", 16), ("0xff", 16),
        ("z", 36), ("Z", 36), ("10", 2), ("0b11", 2), ("0o7", 8), ("777", 8), ("1_0", 0), ("-  1"[0:1] + "1", 10),
        ("1" * 30, 10), ("-" + "9" * 25, 10)]
for s, b in good:
    print(repr(s), b, int(s, b))
bad = [("08", 0), ("0x", 0), ("0x10", 10), ("1__0", 10), ("_1", 10), ("1_", 10), ("", 10), (" ", 10), ("1 2", 10),
       ("0b2", 0), ("12", 2), ("g", 16), ("0o8", 0), ("--1", 10), ("+", 10), ("1.0", 10), ("0x1g", 16), ("00x1", 0)]
for s, b in bad:
    try:
        print(int(s, b))
    except ValueError:
        print("ValueError", repr(s), b)
for b in (1, 37, -1):
    try:
        int("1", b)
    except ValueError:
        print("ValueError base", b)
try:
    int(5, 10)
except TypeError:
    print("TypeError nonstr base")
print(int(b"12"), int(bytearray(b" 7 ")), int(b"ff", 16), int("10", base=3), int(x="11") if False else int("11"))
print(int(), int(3.99), int(-3.99), int(True), int(1e20), int("-0"), int("+0"))
