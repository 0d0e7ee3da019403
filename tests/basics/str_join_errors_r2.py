print(",".join([]), ",".join(["a"]), ",".join(("a", "b")), "".join(["x", "y"]))
print("-".join("abc"), "-".join(x for x in "xyz"), "-".join({"k": 1, "j": 2}))
print("ab".join(["1", "2", "3"]))
for bad in [[1], ["a", 2], ["a", b"b"], [None], 5]:
    try:
        print(",".join(bad))
    except TypeError:
        print("TypeError", repr(bad))
class S(str):
    pass
print("+".join([S("p"), S("q")]), type("+".join([S("p")])).__name__)
print(repr("".join([])), repr(", ".join(map(str, range(5)))))
