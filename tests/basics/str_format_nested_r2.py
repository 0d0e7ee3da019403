data = [1, "two", (3.5, None), {"k": [True, b"x"]}, len({4, 5}), frozenset()]
print(data)
print(str(data), repr(data) == str(data))
print("{}".format(data), "{!r}".format(data), "{!s}".format(("a",)))
print("%s|%r" % (["x"], ("y",)))
print(f"{data!r:>5}"[:10], f"{[1, 2]!s:*^12}")
print("{0[3][k][1]}".format(data), "{0[2][0]:.2f}".format(data))
print("{:>8}".format(str((1,))), "{:<6}|".format(str([])))
print([[], [[]], [[[]]]], ((),), ((), ()), [{}], {(): ()})
print([1.0, -0.0, 1e100, 1.5e-7], (0.1 + 0.2,))
print({1: {2: {3: "x"}}}, [None, Ellipsis, NotImplemented])
class R:
    def __repr__(self):
        return "<R>"
    def __str__(self):
        return "R!"
print([R()], (R(),), len({R(): 1}), str(R()), "{}".format(R()), "{!r}".format(R()), f"{R()}", "%s %r" % (R(), R()))
