print(abs(-5), abs(-2.5), abs(3 + 4j), abs(-2**70), abs(True), abs(-0.0))
print(divmod(7, -2), divmod(-7.5, 2), divmod(2**70, 7), max([3, 1], default=0), max([], default="e"), min((), default=None), max("ab", "b", key=len))
print(min(3, 1, 2, key=lambda v: -v), max([1, 5, 3], key=lambda v: v % 5), max(1, 2.0), min([[3], [1, 2]]), sorted({3: 1, 1: 2}))
for f, a in [(max, ()), (min, ([],)), (max, (1,)), (abs, ("x",)), (divmod, (1, "a")), (len, (5,)), (sum, (["a"],)), (sum, ([1], "s"))]:
    try:
        f(*a)
    except (TypeError, ValueError) as e:
        print(type(e).__name__)
print(sum([1, 2], 10), sum([0.1] * 3), sum([[1], [2]], []), sum(range(5), start=100), sum(()), sum([True, 2.5]))
print(list(map(pow, [2, 3], [3, 2])), list(zip("ab", (1, 2, 3))), list(enumerate("xy", -1)), list(filter(None, [0, 1, "", "a", [], [0]])))
print(any([]), all([]), any(x > 2 for x in [1, 3]), all(iter([1, 0])), callable(len), callable(1), hex(-255), oct(64), bin(-5), hex(2**64))
print(isinstance(1, (str, (float, int))), issubclass(bool, (str, int)), type(1) is int, type("").__name__, repr(type(None)) != "")
print(round(-7, -1), round(2**70 + 5, -1) % 100, int("  42  "), str(b"ab", "ascii"), str(), repr(str(-0)), chr(0x41), ord("Z"))
print(list(reversed([1, 2, 3])), list(reversed((1,))), list(reversed("ab")), list(reversed(range(3))), list(reversed({1: 2, 3: 4})))
print(hash(5) == hash(5.0), len(dir(int)) > 5, getattr(5, "real"), getattr(5, "nope", "dflt"), hasattr("", "join"), id(1) == id(1))
