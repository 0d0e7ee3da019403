#!/usr/bin/env python3
# tools/mpy-testgen.py: writes the hand-assembled .mpy fixtures of tests/import/ (known-good
# files built from the documented v6 format, in the instruction patterns MicroPython's
# compiler emits) and the deliberately broken variants used by tests/import/mpy_broken.py.
#
#   python3 tools/mpy-testgen.py [outdir]      (default: tests/import)
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mpylib import Module, Code, enc_uint  # noqa: E402


def call_print(*args):
    out = [("LOAD_GLOBAL", "print")]
    for a in args:
        out += a
    return out + [("CALL_FUNCTION", len(args)), ("POP_TOP",)]


S = lambda s: [("LOAD_CONST_STRING", s)]  # noqa: E731
I = lambda n: [("LOAD_CONST_SMALL_INT", n)]  # noqa: E731
F = lambda n: [("LOAD_FAST", n)]  # noqa: E731


def mod_funcs():
    # def f(a, b=2, *, c=3): return a + b + c
    f = Code("f", [("LINE", 2)] + F(0) + F(1) + [("BINARY_OP", "ADD")] + F(2) + [("BINARY_OP", "ADD"), ("RETURN_VALUE",)],
             n_state=5, args=["a", "b", "c"], n_kwonly=1, n_def=1, flags=0x08)
    # def outer(x): def inner(y): return x + y; return inner
    inner = Code("inner", [("LOAD_DEREF", 0)] + F(1) + [("BINARY_OP", "ADD"), ("RETURN_VALUE",)],
                 n_state=4, args=["*", "y"])
    outer = Code("outer", F(0) + [("MAKE_CLOSURE", 0, 1), ("STORE_FAST", 1)] + F(1) + [("RETURN_VALUE",)],
                 n_state=4, args=["x"], cells=[0], children=[inner])
    # def gen(n): for i in range(n): yield i * 2
    gen = Code("gen", [("LOAD_GLOBAL", "range")] + F(0) + [("CALL_FUNCTION", 1), ("GET_ITER_STACK",),
                                                           ("LABEL", "top"), ("FOR_ITER", "end"), ("STORE_FAST", 1)]
               + F(1) + I(2) + [("BINARY_OP", "MULTIPLY"), ("YIELD_VALUE",), ("POP_TOP",), ("JUMP", "top"),
                                ("LABEL", "end"), ("LOAD_CONST_NONE",), ("RETURN_VALUE",)],
               n_state=8, args=["n"], flags=0x01)
    # listcomp: [x * x for x in it]
    comp = Code("<listcomp>", [("BUILD_LIST", 0)] + F(0) + [("GET_ITER_STACK",), ("LABEL", "top"), ("FOR_ITER", "end"), ("STORE_FAST", 1)]
                + F(1) + F(1) + [("BINARY_OP", "MULTIPLY"), ("STORE_COMP", (5 << 2) | 0), ("JUMP", "top"),
                                 ("LABEL", "end"), ("RETURN_VALUE",)],
                n_state=9, args=["it"])
    # the module: also kwargs call, *args call, dict display, slice, unpack
    mod = Code("<module>", [
        ("LINE", 1),
        ("LOAD_CONST_OBJ", (2,)), ("BUILD_MAP", 1), ("LOAD_CONST_SMALL_INT", 3), ("LOAD_CONST_STRING", "c"),
        ("STORE_MAP",), ("MAKE_FUNCTION_DEFARGS", 0), ("STORE_NAME", "f"),
        ("MAKE_FUNCTION", 1), ("STORE_NAME", "outer"),
        ("MAKE_FUNCTION", 2), ("STORE_NAME", "gen"),
    ] + call_print([("LOAD_NAME", "f")] + I(1) + [("CALL_FUNCTION", 1)],
                   [("LOAD_NAME", "f")] + I(1) + I(10) + S("c") + I(100) + [("CALL_FUNCTION", (1 << 8) | 2)])
      + call_print([("LOAD_NAME", "outer")] + I(5) + [("CALL_FUNCTION", 1)] + I(7) + [("CALL_FUNCTION", 1)])
      + call_print([("LOAD_NAME", "list"), ("LOAD_NAME", "gen")] + I(4) + [("CALL_FUNCTION", 1), ("CALL_FUNCTION", 1)])
      + call_print([("MAKE_FUNCTION", 3), ("LOAD_NAME", "range")] + I(5) + [("CALL_FUNCTION", 1), ("GET_ITER",),
                                                                            ("CALL_FUNCTION", 1)])
      # print(*[1, 2], sep='-')  -> CALL_FUNCTION_VAR_KW with a star bitmap
      + [("LOAD_NAME", "print")] + I(1) + I(2) + [("BUILD_LIST", 2)] + S("sep") + S("-") + I(1)
      + [("CALL_FUNCTION_VAR_KW", (1 << 8) | 1), ("POP_TOP",)]
      # d = {'a': 1}; print(d['a'], 'abcdef'[1:4])
      + [("BUILD_MAP", 1)] + I(1) + S("a") + [("STORE_MAP",), ("STORE_NAME", "d")]
      + call_print([("LOAD_NAME", "d")] + S("a") + [("LOAD_SUBSCR",)],
                   S("abcdef") + I(1) + I(4) + [("BUILD_SLICE", 2), ("LOAD_SUBSCR",)])
      # a, *b = (1, 2, 3); print(a, b); del d['a']; print(d)
      + [("LOAD_CONST_OBJ", (1, 2, 3)), ("UNPACK_EX", 1), ("STORE_NAME", "a"), ("STORE_NAME", "b")]
      + call_print([("LOAD_NAME", "a")], [("LOAD_NAME", "b")])
      + [("LOAD_NAME", "d")] + S("a") + [("LOAD_NULL",), ("ROT_THREE",), ("STORE_SUBSCR",)]
      + call_print([("LOAD_NAME", "d")])
      + call_print([("LOAD_CONST_OBJ", 1.5)], [("LOAD_CONST_OBJ", 2j)], [("LOAD_CONST_OBJ", -(2 ** 70))],
                   [("LOAD_CONST_SMALL_INT", -1000000)], [("LOAD_CONST_OBJ", b"\x00\x01")])
      + [("LOAD_CONST_NONE",), ("RETURN_VALUE",)],
        n_state=10, children=[f, outer, gen, comp])
    return mod


def mod_except():
    # def g(v):
    #     try:
    #         r = 10 // v
    #     except ZeroDivisionError as e:
    #         r = -1
    #     finally:
    #         print('fin')
    #     return r
    g = Code("g", [
        ("LINE", 2),
        ("SETUP_FINALLY", "Lfin"),
        ("SETUP_EXCEPT", "Lexc"),
        ("LINE", 3),
        ("LOAD_CONST_SMALL_INT", 10), ("LOAD_FAST", 0), ("BINARY_OP", "FLOOR_DIVIDE"), ("STORE_FAST", 1),
        ("POP_EXCEPT_JUMP", "Lend"),
        ("LABEL", "Lexc"),
        ("DUP_TOP",), ("LOAD_GLOBAL", "ZeroDivisionError"), ("BINARY_OP", "EXCEPTION_MATCH"),
        ("POP_JUMP_IF_FALSE", "Lnomatch"),
        ("STORE_FAST", 2),
        ("SETUP_FINALLY", "Lefin"),
        ("LOAD_CONST_SMALL_INT", -1), ("STORE_FAST", 1),
        ("LOAD_CONST_NONE",),
        ("LABEL", "Lefin"),
        ("LOAD_CONST_NONE",), ("STORE_FAST", 2), ("DELETE_FAST", 2),
        ("END_FINALLY",),
        ("POP_EXCEPT_JUMP", "Lend"),
        ("LABEL", "Lnomatch"),
        ("END_FINALLY",),
        ("LABEL", "Lend"),
        ("LOAD_CONST_NONE",),
        ("LABEL", "Lfin"),
        ("LINE", 7),
    ] + call_print(S("fin")) + [("END_FINALLY",), ("LINE", 8), ("LOAD_FAST", 1), ("RETURN_VALUE",)],
        n_state=8, n_exc_stack=2, args=["v"])
    # def r(): try: return 1 finally: print('r-fin')
    r = Code("r", [("SETUP_FINALLY", "Lf")] + I(1) + [("RETURN_VALUE",), ("LOAD_CONST_NONE",), ("LABEL", "Lf")]
             + call_print(S("r-fin")) + [("END_FINALLY",), ("LOAD_CONST_NONE",), ("RETURN_VALUE",)],
             n_state=4, n_exc_stack=1)
    # def loop(): for i in range(5): try: if i == 1: continue; if i == 3: break; print(i)
    #             finally: print('f', i)
    #             return 'done'
    loop = Code("loop", [("LOAD_GLOBAL", "range")] + I(5) + [("CALL_FUNCTION", 1), ("GET_ITER_STACK",),
                                                            ("LABEL", "top"), ("FOR_ITER", "end"), ("STORE_FAST", 0),
                                                            ("SETUP_FINALLY", "Lf")]
                + F(0) + I(1) + [("BINARY_OP", "EQUAL"), ("POP_JUMP_IF_FALSE", "L1"), ("UNWIND_JUMP", "top", 1),
                                 ("LABEL", "L1")]
                + F(0) + I(3) + [("BINARY_OP", "EQUAL"), ("POP_JUMP_IF_FALSE", "L2"), ("UNWIND_JUMP", "end", 0x81),
                                 ("LABEL", "L2")]
                + call_print(F(0)) + [("LOAD_CONST_NONE",), ("LABEL", "Lf")]
                + call_print(S("f"), F(0)) + [("END_FINALLY",), ("JUMP", "top"), ("LABEL", "end")]
                + S("done") + [("RETURN_VALUE",)],
                n_state=10, n_exc_stack=1)
    # def w(x):
    #     with CM() as c: print('in', c); if x: raise ValueError; return 5
    #     return 6
    w = Code("w", [("LOAD_GLOBAL", "CM"), ("CALL_FUNCTION", 0), ("SETUP_WITH", "Lw"), ("STORE_FAST", 1)]
             + call_print(S("in"), F(1)) + F(0) + [("POP_JUMP_IF_FALSE", "Lr"), ("LOAD_GLOBAL", "ValueError"),
                                                   ("RAISE_OBJ",), ("LABEL", "Lr")]
             + I(5) + [("RETURN_VALUE",), ("LOAD_CONST_NONE",), ("LABEL", "Lw"), ("WITH_CLEANUP",), ("END_FINALLY",)]
             + I(6) + [("RETURN_VALUE",)],
             n_state=9, n_exc_stack=1, args=["x"])
    # class CM: __enter__ returns 'ctx'; __exit__ prints and swallows
    enter = Code("__enter__", S("ctx") + [("RETURN_VALUE",)], n_state=2, args=["self"])
    exit_ = Code("__exit__", call_print(S("exit"), [("LOAD_FAST", 1)]) + [("LOAD_CONST_TRUE",), ("RETURN_VALUE",)],
                 n_state=8, args=["self", "t", "v", "tb"])
    cm_body = Code("CM", [("LOAD_NAME", "__name__"), ("STORE_NAME", "__module__"), ("LOAD_CONST_STRING", "CM"),
                          ("STORE_NAME", "__qualname__"), ("MAKE_FUNCTION", 0), ("STORE_NAME", "__enter__"),
                          ("MAKE_FUNCTION", 1), ("STORE_NAME", "__exit__"), ("LOAD_CONST_NONE",), ("RETURN_VALUE",)],
                   n_state=3, children=[enter, exit_])
    mod = Code("<module>", [
        ("LOAD_BUILD_CLASS",), ("MAKE_FUNCTION", 0), ("LOAD_CONST_STRING", "CM"), ("CALL_FUNCTION", 2),
        ("STORE_NAME", "CM"),
        ("MAKE_FUNCTION", 1), ("STORE_NAME", "g"),
        ("MAKE_FUNCTION", 2), ("STORE_NAME", "r"),
        ("MAKE_FUNCTION", 3), ("STORE_NAME", "loop"),
        ("MAKE_FUNCTION", 4), ("STORE_NAME", "w"),
    ] + call_print([("LOAD_NAME", "g")] + I(5) + [("CALL_FUNCTION", 1)])
      + call_print([("LOAD_NAME", "g")] + I(0) + [("CALL_FUNCTION", 1)])
      + call_print([("LOAD_NAME", "r"), ("CALL_FUNCTION", 0)])
      + call_print([("LOAD_NAME", "loop"), ("CALL_FUNCTION", 0)])
      + call_print([("LOAD_NAME", "w")] + I(0) + [("CALL_FUNCTION", 1)])
      + call_print([("LOAD_NAME", "w")] + I(1) + [("CALL_FUNCTION", 1)])
      # g('x') raises TypeError through the finally
      + [("SETUP_EXCEPT", "Lx")] + [("LOAD_NAME", "g")] + S("x") + [("CALL_FUNCTION", 1), ("POP_TOP",),
                                                                   ("POP_EXCEPT_JUMP", "Ly"), ("LABEL", "Lx"),
                                                                   ("DUP_TOP",), ("LOAD_NAME", "TypeError"),
                                                                   ("BINARY_OP", "EXCEPTION_MATCH"),
                                                                   ("POP_JUMP_IF_FALSE", "Ln"), ("POP_TOP",)]
      + call_print(S("TypeError")) + [("POP_EXCEPT_JUMP", "Ly"), ("LABEL", "Ln"), ("END_FINALLY",), ("LABEL", "Ly")]
      + [("LOAD_CONST_NONE",), ("RETURN_VALUE",)],
        n_state=8, n_exc_stack=1, children=[cm_body, g, r, loop, w])
    return mod


def write(outdir, name, mod, code):
    data = mod.build(code)
    with open(os.path.join(outdir, name), "wb") as f:
        f.write(data)
    return data


def main():
    outdir = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..", "tests", "import")
    write(outdir, "mpy_funcs.mpy", Module("mpy_funcs.py"), mod_funcs())
    write(outdir, "mpy_except.mpy", Module("mpy_except.py"), mod_except())
    hello = Code("<module>", [("LINE", 1)] + call_print(S("hello from mpy"), [("LOAD_NAME", "__name__")])
                 + [("LOAD_CONST_SMALL_INT", 42), ("STORE_NAME", "answer"), ("LOAD_CONST_NONE",), ("RETURN_VALUE",)],
                 n_state=4)
    write(outdir, "mpy_hello.mpy", Module("mpy_hello.py"), hello)


if __name__ == "__main__":
    main()
