# source that must fail to compile: only the exception type is printed
def check(src):
    try:
        exec(src)
        print("OK", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, repr(src))
    except Exception as e:
        print("runtime", type(e).__name__, repr(src))

for src in [
    "1 = x",
    "f() = 1",
    "a + b = 1",
    "del f()",
    "(a, 1) = x",
    "*a, *b = c",
    "*a = b",
    "x = (1,",
    "x = 1)",
    "x = (1]",
    "x = 'abc",
    "x = '''abc",
    "x = 01",
    "x = 1__0",
    "x = 0x",
    "x = 1abc",
    "def f(a=1, b): pass",
    "def f(a, a): pass",
    "f(a=1, b)",
    "f(x for x in y, 1)",
    "f(a.b=1)",
    "x = b'\u00e9'",
    "x = 'a' b'b'",
    "x = f'{}'",
    "x = f'{x!z}'",
    "x = f'{x'",
    "x = f'}'",
    "(a, b) += 1",
    "a, b: int",
    "try:\n    pass\n",
    "def f(*): pass",
    "lambda x=1, y: 0",
    "x := 1",
    "for f() in x: pass",
    "from x import a,",
    "import",
    "if x\n    pass",
    "x = 1 +",
    "x = $",
    "x = a b",
    "None = 1",
    "x = 1 if y",
    "del 1",
    "[*a for a in b]",
    "x = yield = 1",
    "class",
    "x = '\\x4'",
    "return from",
]:
    check(src)

for src in [
    "  x = 1",
    "if x:\npass",
    "if x:\n    a\n  b",
]:
    check(src)
