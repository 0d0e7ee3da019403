cases = [
    lambda: int("x"), lambda: float("y"), lambda: [].index(1), lambda: "abc".index("d"), lambda: (1,).index(2),
    lambda: [].remove(0), lambda: chr(-5), lambda: range(0, 5, 0), lambda: "a".split(""), lambda: int("1", 99),
    lambda: bytes([300]), lambda: (1).to_bytes(0, "big") if False else int("9", 8), lambda: "{0:d}".format("x"),
    lambda: divmod(1, 0), lambda: 1 % 0, lambda: 1.0 / 0, lambda: 5 // 0.0,
    lambda: [][0], lambda: ()[5], lambda: "abc"[10], lambda: range(3)[3], lambda: [1].pop(3),
    lambda: {}["k"], lambda: {}.pop(1), lambda: set().remove(2), lambda: frozenset().__iter__().__next__(),
    lambda: undefined_name, lambda: object().missing_attr, lambda: int.nope,
    lambda: (_ for _ in ()).throw(OSError), lambda: (1, 2, 3).__getitem__(9),
]
for i, f in enumerate(cases):
    try:
        f()
        print(i, "no error")
    except Exception as e:
        print(i, type(e).__name__)
