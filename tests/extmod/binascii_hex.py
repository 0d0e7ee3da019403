# binascii.hexlify / unhexlify / b2a_hex / a2b_hex, with sep and bytes_per_sep
import binascii

d = bytes(range(0xb9, 0xb9 + 7))
for data in [b"", b"a", b"\x00\xff", d, bytearray(b"xyz"), memoryview(b"mv")]:
    print(binascii.hexlify(data), binascii.b2a_hex(data))
for sep, n in [("-", 1), ("-", 2), ("-", -2), ("-", 3), ("-", -3), (b":", 0), ("-", 6), ("-", 7),
               ("-", 8), ("-", -8), (" ", -1), (b"|", 100)]:
    print(sep, n, binascii.hexlify(d, sep, n))
print(binascii.hexlify(d, "_"), binascii.hexlify(d, sep=":", bytes_per_sep=2), binascii.hexlify(b"", "-"), binascii.hexlify(b"a", "-"))
print(binascii.hexlify(bytes(range(256))))
for x in ["", "00ff", "ABcd", b"0123456789abcdefABCDEF", bytearray(b"00ff"), "deadBEEF"]:
    print(binascii.unhexlify(x), binascii.a2b_hex(x))
for x in ["abc", "zz", b"0g", " 00", "0 ", "é1"]:
    try:
        print(binascii.unhexlify(x))
    except binascii.Error as e:
        print("Error", e)
    except ValueError as e:
        print("ValueError", e)
for sep in ["--", "", b""]:
    try:
        binascii.hexlify(d, sep)
    except ValueError as e:
        print("ValueError", e)
try:
    binascii.hexlify(d, bytearray(b"."))
except TypeError:
    print("TypeError")
for bad in ["str", 5, None]:
    try:
        binascii.hexlify(bad)
    except TypeError:
        print("TypeError")
try:
    binascii.unhexlify(5)
except TypeError:
    print("TypeError")
print(issubclass(binascii.Error, ValueError), issubclass(binascii.Incomplete, Exception))
print(repr(binascii.Error("x")), str(binascii.Error("x")))
