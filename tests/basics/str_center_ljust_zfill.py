print(repr("ab".center(6)), repr("ab".center(7)), repr("abc".center(6)), repr("abc".center(2)))
print(repr("ab".center(7, "*")), repr("ab".ljust(5, "-")), repr("ab".rjust(5, "0")))
print(repr("x".ljust(0)), repr("x".rjust(-3)), repr("".center(3, "z")))
print("42".zfill(5), "-42".zfill(5), "+42".zfill(5), "abc".zfill(6), "".zfill(3), "12345".zfill(3))
print("-".zfill(3), "+-1".zfill(5))
try:
    "a".center(5, "ab")
except TypeError:
    print("TypeError")
print(repr(b"ab".center(6)), b"ab".ljust(4, b"."), b"ab".rjust(4), b"7".zfill(3))
