b = bytearray(b"0123456789")
m = memoryview(b)
print(len(m), m[0], m[-1], bytes(m[2:5]), m[2:5].tobytes(), list(m[7:]))
m[0] = 65
m[1:3] = b"BC"
print(b)
s = m[4:8]
s[0] = 120
print(b, len(s), s[-1], bytes(s[1:]), bytes(s[:100]))
print(m.readonly, memoryview(b"abc").readonly, m.nbytes if hasattr(m, "nbytes") else 10)
r = memoryview(b"abc")
try:
    r[0] = 1
except TypeError:
    print("TypeError readonly")
try:
    m[100]
except IndexError:
    print("IndexError")
try:
    m[0:2] = b"xyz"
except ValueError:
    print("ValueError size")
print(m == b, memoryview(b"ab") == b"ab", bytes(memoryview(b"")), list(memoryview(b"\x01\x02")))
print(b"x" + memoryview(b"yz") if False else bytes(memoryview(b"yz")) + b"x")
print(bytearray(memoryview(b"qq")), b"-".join([memoryview(b"a"), b"b"]))
print(memoryview(bytearray(b"hi")).tobytes(), str(bytes(memoryview(b"\xff")))) 
