# re: back references and group bookkeeping (forward/open references are errors, octal vs group
# numbers, comments and conditions), as Python parses them
import re
try:
    import warnings
    warnings.simplefilter("ignore")
except ImportError:
    pass
N=[0]
def t(f):
    N[0]+=1
    print(N[0], end=" ")
    try:
        print(repr(f()))
    except Exception as e:
        print("EXC", type(e).__name__)
for p, s in [(r"(a)\1", "aa"), (r"\1(a)", "aa"), (r"(a\1)", "aa"), (r"(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)\10", "abcdefghijj"),
             (r"(a)\10", "a\x08"), (r"(a)\12", "a"), (r"(a)\101", "aA"), (r"\08", "\x008"), (r"[\18]", "\x01"),
             (r"[\8]", "8"), (r"\400", "x"), (r"[\400]", "x"), (r"(?P<n>a)(?P=n)", "aa"), (r"(?P=n)(?P<n>a)", "aa"),
             (r"(?P<n>a(?P=n))", "aa"), (r"(?P<n>a)|(?P=n)", "a"), (r"(a)?(?(1)b|c)", "ab"), (r"(?(1)a|b)(c)", "bc"),
             (r"(?#co(m)ment)(a)\1", "aa"), (r"(?:(a))\1", "aa"), (r"(?=(a))\1", "a"), (r"(?i:(a))\1", "aA"),
             (r"(a)(?P<x>b)\2(?P=x)", "abbb"), (r"((a)\2)", "aa"), (r"(?#", ""), (r"(?P<n", ""), (r"(?P=n", ""),
             (r"(a)\g<1>", "a"), (r"\0\00\000", "\0\0\0"), (r"(?x) ( a ) \1", "aa"), (r"(?x)(a) # (\n \1", "aa"),
             (r"[\0-\7]+", "\x00\x05"), (r"a\8", "a8"), (r"(a)|\1b", "b")]:
    t(lambda: (re.findall(p, s), re.compile(p).groups))
