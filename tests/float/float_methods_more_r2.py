for v in [0.0, 1.0, -2.5, 0.1, 1e300, 5e-324, 3.0, -0.0]:
    print(v, v.is_integer(), v.as_integer_ratio(), v.hex(), float.fromhex(v.hex()) == v, v.real, v.imag, v.conjugate())
for s in ["0x1p0", "0x1.8p1", "-0x1p-2", "0X1P+10", "0x.8", "1p4", "0x1.fffffffffffffp1023", "inf", "-0x0p0", " 0x10 "]:
    print(s, float.fromhex(s))
for bad in [float("inf"), float("nan")]:
    try:
        bad.as_integer_ratio()
    except (OverflowError, ValueError) as e:
        print(type(e).__name__)
print(float.fromhex("0x1p-1074"), float.fromhex("0x1p-1075"))
try:
    float.fromhex("0x1p1024")
except OverflowError:
    print("OverflowError")
try:
    float.fromhex("zz")
except ValueError:
    print("ValueError")
print((2.5).__round__() if hasattr(2.5, "__round__") else 2, int(2.5).__class__.__name__, (3.7).__trunc__() if hasattr(3.7, "__trunc__") else 3)
