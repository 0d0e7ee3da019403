# pow(): keywords base/exp/mod, modular forms with negative and huge operands, errors
def t(s):
    try:
        print(s, '->', repr(eval(s)))
    except Exception as e:
        print(s, "!!", type(e).__name__)
for s in ["pow(2, 10)", "pow(2, 10, 1000)", "pow(base=2, exp=3)", "pow(2, exp=3)", "pow(2, 3, mod=5)", "pow(2, 3, None)", "pow(2, 3, mod=None)", "pow(2.0, 3, 5)", "pow(2)", "pow()", "pow(1, 2, 3, 4)", "pow(2, 3, bad=1)", "pow(-2, 3, 7)", "pow(3, -1, 7)", "pow(2, -1, 4)", "pow(0, 0, 1)", "pow(7, 0, 1)", "pow(2**100, 3, 2**64 + 1)", "pow(2, 2**100, 1000)", "pow(-1, 2**100 + 1, 10)", "pow(1.5, 2)", "pow(4, 0.5)", "pow(-4, 0.5)", "pow(0.0, -1)", "pow(10, -3)", "pow(True, 2)"]:
    t(s)
