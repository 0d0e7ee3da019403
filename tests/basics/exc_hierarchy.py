# builtin exception hierarchy
pairs = [
    (ZeroDivisionError, ArithmeticError), (OverflowError, ArithmeticError),
    (KeyError, LookupError), (IndexError, LookupError),
    (LookupError, Exception), (ValueError, Exception), (TypeError, Exception),
    (UnicodeError, ValueError), (NotImplementedError, RuntimeError),
    (StopIteration, Exception),
    (GeneratorExit, BaseException), (GeneratorExit, Exception),
    (KeyboardInterrupt, BaseException), (KeyboardInterrupt, Exception),
    (SystemExit, BaseException), (SystemExit, Exception),
    (Exception, BaseException), (OSError, Exception), (MemoryError, Exception),
    (NameError, Exception), (AttributeError, Exception), (ImportError, Exception),
    (AssertionError, Exception), (SyntaxError, Exception), (IndentationError, SyntaxError),
    (EOFError, Exception), (StopAsyncIteration, Exception),
]
for a, b in pairs:
    print(a.__name__, b.__name__, issubclass(a, b))
try:
    raise ZeroDivisionError
except ArithmeticError as e:
    print('caught via base', type(e).__name__)
try:
    {}[1]
except LookupError as e:
    print('caught via base', type(e).__name__)
