# SyntaxErrors: walrus in a comprehension's iterable (anywhere inside it), and binding
# __debug__ in any form; the forms that stay legal compile.
codes = [
    "[x for x in (y := [1])]",
    "[x for x in range(3) for z in (y := [1])]",
    "[x for x in (lambda: (y := 1))()]",
    "[x for x in [(y := 1) for z in range(2)]]",
    "{x: 1 for x in (y := [1])}",
    "{x for x in (y := [1])}",
    "list(x for x in (y := [1]))",
    "[x for x in range(3) if (y := x)]",
    "[(y := x) for x in range(3)]",
    "def f(__debug__): pass",
    "lambda __debug__: 0",
    "__debug__ = 1",
    "del __debug__",
    "for __debug__ in x: pass",
    "with x as __debug__: pass",
    "import __debug__",
    "import a as __debug__",
    "from a import __debug__",
    "(__debug__ := 1)",
    "class __debug__: pass",
    "def __debug__(): pass",
    "def f(*, __debug__): pass",
    "print(__debug__)",
    "x = __debug__",
]
for c in codes:
    try:
        compile(c, 'f', 'exec')
        print('OK', c)
    except SyntaxError:
        print('SyntaxError', c)
