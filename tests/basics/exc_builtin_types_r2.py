cases = [
    (lambda: [][0], IndexError), (lambda: {}["k"], KeyError), (lambda: int("x"), ValueError), (lambda: 1 / 0, ZeroDivisionError),
    (lambda: None.attr, AttributeError), (lambda: undefined_name, NameError), (lambda: 1 + "a", TypeError), (lambda: next(iter([])), StopIteration),
    (lambda: [].pop(), IndexError), (lambda: "".index("a"), ValueError), (lambda: (1, 2).index(3), ValueError), (lambda: set().remove(0), KeyError),
    (lambda: int(float("inf")), OverflowError), (lambda: chr(-1), ValueError), (lambda: b"\xff".decode(), UnicodeError), (lambda: __import__("no_such_mod_xyz"), ImportError),
    (lambda: "abc".encode("no-such-codec") if False else [1, 2].remove(5), ValueError), (lambda: divmod(1, 0), ZeroDivisionError), (lambda: {}.popitem(), KeyError),
    (lambda: iter(5), TypeError), (lambda: len(5), TypeError), (lambda: hash([]), TypeError), (lambda: 2 ** 10000.0, OverflowError),
]
for f, exp in cases:
    try:
        f()
        print("no error")
    except exp as e:
        print(exp.__name__, type(e).__name__ if exp is not UnicodeError else "-", isinstance(e, Exception))
print(issubclass(KeyError, LookupError), issubclass(IndexError, LookupError), issubclass(ZeroDivisionError, ArithmeticError), issubclass(OverflowError, ArithmeticError))
print(issubclass(UnicodeError, ValueError), issubclass(ModuleNotFoundError, ImportError), issubclass(FileNotFoundError, OSError), issubclass(StopIteration, Exception))
print(issubclass(KeyboardInterrupt, BaseException), issubclass(KeyboardInterrupt, Exception), issubclass(SystemExit, Exception), issubclass(GeneratorExit, BaseException))
print(issubclass(NotImplementedError, RuntimeError), issubclass(RecursionError, RuntimeError), issubclass(IndentationError, SyntaxError), issubclass(AssertionError, Exception))
e = KeyError("k")
print(e.args, str(e), repr(e), str(KeyError()), str(ValueError("a", 1)), repr(IndexError()), str(Exception(None)))
