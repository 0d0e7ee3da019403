class AppError(Exception):
    pass
class DBError(AppError):
    def __init__(self, code, msg="db"):
        super().__init__(code, msg)
        self.code = code
class NotFound(DBError, LookupError):
    pass
try:
    raise NotFound(404)
except LookupError as e:
    print("LookupError", e.code, e.args)
try:
    raise NotFound(1, "x")
except AppError as e:
    print(type(e).__name__, isinstance(e, DBError), isinstance(e, Exception))
class WithStr(Exception):
    def __str__(self):
        return "custom str"
print(str(WithStr()), repr(WithStr(1)) if False else "")
try:
    raise WithStr
except WithStr as e:
    print(e)
print(issubclass(NotFound, Exception), issubclass(NotFound, BaseException), issubclass(AppError, LookupError))
print([c.__name__ for c in (ZeroDivisionError.__bases__ + OverflowError.__bases__)])
print(issubclass(ZeroDivisionError, ArithmeticError), issubclass(KeyboardInterrupt, Exception), issubclass(StopIteration, Exception))
print(issubclass(IndexError, LookupError), issubclass(UnicodeError, ValueError), issubclass(NotImplementedError, RuntimeError))
print(issubclass(RecursionError, RuntimeError))

print(issubclass(GeneratorExit, Exception), issubclass(SystemExit, BaseException), issubclass(AssertionError, Exception))
