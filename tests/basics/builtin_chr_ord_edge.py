print(chr(0) == "\x00", chr(65), chr(127) == "\x7f")
print(ord("a"), ord("\n"), ord("\x00"))
print(ord(b"a"), ord(b"\xff"))
try:
    chr(-1)
except ValueError:
    print("ValueError")
try:
    chr(0x110000)
except ValueError:
    print("ValueError")
try:
    ord("ab")
except TypeError:
    print("TypeError")
try:
    ord("")
except TypeError:
    print("TypeError")
try:
    ord(b"")
except TypeError:
    print("TypeError")
try:
    ord(1)
except TypeError:
    print("TypeError")
try:
    chr("a")
except TypeError:
    print("TypeError")
print([ord(c) for c in "Hello"])
print("".join(chr(i) for i in range(97, 123)))
