print("a=b=c".partition("="), "a=b=c".rpartition("="))
print("abc".partition("x"), "abc".rpartition("x"))
print("abc".partition("abc"), "".partition("a"), "aXXb".partition("XX"))
print(b"k:v".partition(b":"), b"k:v:w".rpartition(b":"), bytearray(b"ab").partition(b"a"))
try:
    "abc".partition("")
except ValueError:
    print("ValueError")
try:
    "abc".rpartition("")
except ValueError:
    print("ValueError")
try:
    "abc".partition(None)
except TypeError:
    print("TypeError")
