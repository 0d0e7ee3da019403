print(True + True, True - False, True * 10, True / 2, True // 2, True % 2, -True, +True, ~True, ~False, abs(True))
print(True & False, True | False, True ^ True, type(True & False).__name__, type(True + False).__name__, type(True & 1).__name__)
print(True == 1, False == 0, True < 2, False > -1, hash(True) == hash(1), {True: "a", 1: "b"})
print(sum([True, True, False]), max(True, 0), min(False, -1), divmod(True, 2), pow(True, 10), round(True), int(True), float(False))
print(str(True), repr(False), f"{True}", "{:d}".format(True), "%d" % True, "%s" % False, format(True, ">6"), format(True, "x"))
print([1, 2][True], "ab"[False], True << 2, True >> 1, 3 * True, [0] * True, "x" * False)
print(isinstance(True, int), issubclass(bool, int), bool.__name__, type(True)(0), bool([]), bool([0]), bool(0.0), bool(-0.0), bool(0j), bool(""))
try:
    class B(bool):
        pass
except TypeError:
    print("TypeError subclass bool")
print(True.real, True.imag, True.numerator, True.denominator, (True).bit_length(), True.conjugate())
