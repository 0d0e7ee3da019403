from array import array
for tc, vals in [("b", [-128, 0, 127]), ("B", [0, 255]), ("h", [-32768, 32767]), ("H", [0, 65535]), ("i", [-2**31, 2**31 - 1]), ("I", [0, 2**32 - 1]), ("l", [-5, 5]), ("L", [7]), ("q", [-2**63, 2**63 - 1]), ("Q", [2**64 - 1]), ("f", [1.5, -0.25]), ("d", [1e300, -2.5])]:
    a = array(tc, vals)
    print(tc, a, a.itemsize, len(a), list(a), a[0], a[-1], a.typecode, len(bytes(a)))
for tc, bad in [("b", 128), ("B", -1), ("B", 256), ("h", 32768), ("H", -1), ("I", -1)]:
    try:
        array(tc, [bad])
        print("no error", tc, bad)
    except OverflowError:
        print("OverflowError", tc, bad)
for bad in [("b", [1.5]), ("f", ["x"]), ("i", "abc")]:
    try:
        array(*bad)
        print("no error", bad)
    except TypeError:
        print("TypeError", bad[0])
try:
    array("z")
except ValueError:
    print("ValueError typecode")
a = array("i", [1, 2, 3])
a.append(4)
a.extend([5, 6])
a.extend(array("i", [7]))
print(a, a[1:3], a[::-1], a[::2], type(a[1:2]).__name__)
try:
    a.extend(array("h", [1]))
except TypeError:
    print("TypeError extend mismatch")
try:
    a.append(1.5)
except TypeError:
    print("TypeError append float")
a[0] = 100
a[1:3] = array("i", [20, 30, 40])
print(a, a == array("i", list(a)), a == [100], a + array("i", [9]), array("b", [1]) * 3)
del a[0]
print(a, a.pop() if hasattr(a, "pop") else 7, 30 in a)
print(array("B", b"abc"), array("b", bytearray(b"\x80")), array("d"), array("u", "hi") if False else 0, bytes(array("H", [258])))
