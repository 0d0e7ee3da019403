from array import array
for tc in "bBhHiIlLqQ":
    a = array(tc, [1, 2, 3])
    a.append(4)
    a.extend([5])
    print(tc, a.typecode if hasattr(a, "typecode") else tc, list(a), len(a), a[1], a[-1], sum(a))
a = array("f", [1.5, 2.5])
print(list(a), array("d", [0.1])[0])
a = array("b", [-128, 127])
print(list(a))
try:
    array("b", [128])
except OverflowError:
    print("OverflowError")
a = array("i", range(6))
print(list(a[1:4]), list(a[::2]))
a[0] = 100
print(list(a))
print(bytes(array("H", [1, 256])) in (b"\x01\x00\x00\x01", b"\x00\x01\x01\x00"))
print(array("B", b"abc"), array("i"), array("h", [1, 2]) == array("h", [1, 2]))
a = array("B", [1, 2])
a += array("B", [3])
print(a)
