cases = [
    lambda: 1 + "a", lambda: "a" - "b", lambda: [1] - [1], lambda: {} + {}, lambda: None + 1,
    lambda: 1 < "a", lambda: [] < 1, lambda: -"a", lambda: ~1.5, lambda: +[1], lambda: ~"s",
    lambda: "a" % (), lambda: 1 @ 2, lambda: [1] * 1.5, lambda: (1,) * "2", lambda: {1} + {2},
    lambda: 1.5 << 1, lambda: 1 >> 1.5, lambda: 1.0 & 1, lambda: b"a" + "b", lambda: len(5),
    lambda: int(5)(), lambda: str("abc")(), lambda: [None][0][0], lambda: int(5)[0], lambda: {}[[]], lambda: iter(5),
    lambda: next([]), lambda: abs("x"), lambda: hash([]), lambda: hash({}), lambda: hash(set()),
    lambda: int([]), lambda: float({}), lambda: "x".join([1]), lambda: sorted([1, None]),
]
for i, f in enumerate(cases):
    try:
        f()
        print(i, "no error")
    except TypeError:
        print(i, "TypeError")
