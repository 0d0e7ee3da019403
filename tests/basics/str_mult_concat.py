print("ab" * 3, 3 * "ab", "ab" * 0, "ab" * -2, repr("" * 100))
print([1, 2] * 2, 2 * (1,), [0] * 0, (1,) * -1)
print(b"x" * 3, bytearray(b"ab") * 2, 2 * b"z")
print("a" + "b", b"a" + b"b", bytearray(b"a") + b"b", b"a" + bytearray(b"b"))
print(type(b"a" + bytearray(b"b")).__name__, type(bytearray(b"a") + b"b").__name__)
for a, b in (("a", 1), ("a", b"b"), (b"a", "b"), ([1], (2,))):
    try:
        a + b
    except TypeError:
        print("TypeError")
try:
    "a" * 1.5
except TypeError:
    print("TypeError")
try:
    "a" * "b"
except TypeError:
    print("TypeError")
s = "ab"
s += "cd"
s *= 2
print(s)
print(True * "ab", "xy" * True)
