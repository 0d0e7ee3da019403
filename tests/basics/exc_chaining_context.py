try:
    try:
        raise ValueError("first")
    except ValueError as e:
        raise KeyError("second") from e
except KeyError as e:
    print(type(e.__cause__).__name__, e.__cause__.args)
try:
    try:
        raise ValueError("a")
    except ValueError:
        raise TypeError("b")
except TypeError as e:
    print(type(e.__context__).__name__ if e.__context__ is not None else None)
try:
    raise IndexError from None
except IndexError as e:
    print(e.__cause__)
e = ValueError(1, 2)
print(e.args, str(e), repr(e))
print(str(ValueError("x")), repr(ValueError("x")), str(ValueError()), repr(ValueError()))
print(str(KeyError("k")), repr(KeyError("k")))
