for s in ["1", "1.", ".5", "-.5", "+.5e1", "1e5", "1E5", "1e+5", "1e-5", "  3.25  ", "\t-0\n", "0.000", "-0.0", "1_000.5",
          "1e-400", "1e400", "-1e400", "4.9e-324", "2.4e-324", "2.5e-324", "1.7976931348623157e308", "1.7976931348623159e308",
          "0.1e1", "00012.5", "12.5000", "9" * 30, "0." + "0" * 30 + "1", "1" + "0" * 25 + ".5",
          "inf", "+inf", "-inf", "Inf", "INFINITY", "nan", "-nan", "NaN", "+NAN"]:
    print(repr(s), float(s))
for s in ["", " ", "1.2.3", "e5", "1e", "1e+", "--1", "1 2", "0x10", "in", "infi", "nann", "1f", "1,5", "_1", "1__0"]:
    try:
        float(s)
        print("no error", repr(s))
    except ValueError:
        print("ValueError", repr(s))
print(float(b"1.5") if False else float("1.5"), float(7), float(-0), float(True), float(2**70), float(-2**1000 // 2**990))
try:
    float(2**1024)
except OverflowError:
    print("OverflowError")
try:
    float([])
except TypeError:
    print("TypeError")
