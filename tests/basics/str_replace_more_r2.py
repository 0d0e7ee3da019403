s = "aaaa"
for c in (-5, -1, 0, 1, 2, 3, 4, 5):
    print(c, s.replace("a", "b", c), s.replace("aa", "X", c), s.replace("", "-", c))
print("".replace("", "x"), "".replace("", "x", 0), "".replace("a", "b"))
print("abc".replace("", "|"), "abc".replace("abc", ""), "abc".replace("abcd", "z"))
print("ababab".replace("aba", "X"), "xyz".replace("y", "yyy"))
print("abc".replace("b", "B", count=1) if False else "abc".replace("b", "B", 1))
try:
    "a".replace(1, "b")
except TypeError:
    print("TypeError")
try:
    "a".replace("a")
except TypeError:
    print("TypeError2")
