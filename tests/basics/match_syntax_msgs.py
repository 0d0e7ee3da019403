# match statement: the messages of the compile-time errors that name what is wrong (CPython's)


def check(src):
    try:
        compile(src, "<test>", "exec")
        print("ok")
    except SyntaxError as e:
        print(type(e).__name__, e.args[0])


def case_src(*patterns):
    return "match x:\n" + "".join(" case %s:\n  pass\n" % p for p in patterns)


check(case_src("a", "1"))
check(case_src("_", "1"))
check(case_src("(a as b)", "1"))
check(case_src("a | b"))
check(case_src("1 | a | 2"))
check(case_src("_ | 1"))
check(case_src("[a] | [b]"))
check(case_src("(a, a)"))
check(case_src("[*a, *b]"))
check(case_src("{'a': 1, 'a': 2}"))
check(case_src("{1: 1, 1.0: 2}"))
check(case_src("P(x=1, x=2)"))
check(case_src("P(x=1, 2)"))
check(case_src("1 + 2"))
check(case_src("1j + 2"))
check(case_src("f'x'"))
check(case_src("a as _"))
