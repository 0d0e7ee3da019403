for w in (-1, 0, 3, 4, 5, 6, 9):
    print(repr("abcd".center(w)), repr("abcd".ljust(w, "*")), repr("abcd".rjust(w, "-")), repr("abcd".center(w, "=")))
for w in range(0, 8):
    print(repr("abc".center(w, ".")), repr("ab".center(w, ".")))
print(repr("".center(3, "x")), repr("é".center(5, "ü")), repr("x".ljust(3, "☃")))
for bad in ["", "ab", 1]:
    try:
        "a".center(5, bad)
    except TypeError:
        print("TypeError", repr(bad))
try:
    "a".ljust("5")
except TypeError:
    print("TypeError width")
