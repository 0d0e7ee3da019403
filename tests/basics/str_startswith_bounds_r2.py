s = "hello world"
cases = [("hello",), ("world", 6), ("wor", 6, 9), ("wor", 6, 8), ("", 11), ("", 12),
         ("", 5, 2), ("o", -1), ("d", -1), ("h", -100), ("hello", 0, -6), ("hello", 0, -7),
         (("x", "he"),), (("x", "y"),), ((),), (("",),)]
for c in cases:
    print(c, s.startswith(*c), s.endswith(*c))
for bad in [1, ["a"], None]:
    try:
        s.startswith(bad)
    except TypeError:
        print("TypeError start", type(bad).__name__)
    try:
        s.endswith(bad)
    except TypeError:
        print("TypeError end", type(bad).__name__)
try:
    s.startswith(("a", 1))
except TypeError:
    print("TypeError tuple elt")
