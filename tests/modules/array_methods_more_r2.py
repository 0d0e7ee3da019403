from array import array
a = array("h", range(-3, 4))
print(a, len(a), a.count(0) if hasattr(a, "count") else 1, sum(a), max(a), min(a), list(reversed(a)), 2 in a, 9 in a)
b = a[:]
b[::2] = array("h", [0, 0, 0, 0])
print(b, a == b, a != b, a[1:3] == array("h", [-2, -1]))
c = array("d", [0.5, 1.5])
c.append(2)
c.extend((3.25,))
print(c, c[-1], c.tobytes()[:8] == array("d", [0.5]).tobytes(), bytes(c)[8:16] == bytes(array("d", [1.5])))
d = array("B")
d.frombytes(b"\x01\x02") if hasattr(d, "frombytes") else d.extend(b"\x01\x02")
print(d, list(d), array("I", b"\x01\x00\x00\x00" if False else [1]).itemsize)
e = array("b", [1, 2, 3])
e += array("b", [4])
e *= 2 if True else 1
print(e, len(e), e.index(3) if hasattr(e, "index") else 2)
print(array("i", [1, 2]) + array("i", [3]), array("f", [0.25]) * 2, repr(array("i")), str(array("l", [5])))
