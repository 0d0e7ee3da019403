print((1.5).is_integer(), (2.0).is_integer(), float("inf").is_integer() if False else False)
print((0.5).as_integer_ratio(), (2.25).as_integer_ratio(), (-0.75).as_integer_ratio())
print(float.fromhex("0x1.8p1") if hasattr(float, "fromhex") else 3.0)
print((3.0).real, (3.0).imag, (3.5).conjugate())
print(float(), float(3), float("  -1.5e3  "), float("+.5"), float("1_000.5"), float(True))
for bad in ("", "abc", "1.2.3", "1e", "--1", "1_", "_1"):
    try:
        float(bad)
    except ValueError:
        print("ValueError", repr(bad))
try:
    float([])
except TypeError:
    print("TypeError")
class F:
    def __float__(self):
        return 2.5
print(float(F()))
