x = 0x_ff + 0o_17 + 0b_1 + 1_0
print(x, 1_000.000_1, 1e1_0, 0xDEAD_BEEF, 1j.imag, 0.j, 00, 0_0)
print("a" "b" 'c' """d""" r"\e", b"x" b'y', u"uni")
print('''multi
line''', """a\
b""")
s = "tab\there\\back\'q\"dq\a\b\f\v\0end\x41\101\u0041"
print(repr(s))
print(r"\n\t", R"\x", rb"\d", br"\e", Rb"q")
if True: print("one-liner"); print("two")
for i in range(2): pass
else: print("else")
while False: pass
def f(a, b, /, c, *, d): return a, b, c, d
print(f(1, 2, 3, d=4), f(1, 2, c=3, d=4))
try:
    f(1, b=2, c=3, d=4)
except TypeError:
    print("TypeError")
def g(*args, last=1, **kw): return args, last, kw
print(g(), g(1, 2, last=3, x=4))
print((1,), (1), [1,], {1,}, {1: 2,}, f(*[1, 2], **{"c": 3, "d": 4}))
x = (yield_ := 3)
print(x)
print(not not 1, - - 1, ~ - 1, -(-1), 2 ** -1, -2 ** -1)
print(1 if 0 else 2 if 0 else 3)
a = [1, 2, 3]
a[0], a[1] = a[1], a[0]
print(a)
print(type(lambda: (yield)).__name__)
class Empty: ...
print(Empty.__name__, ...)
def ann(a: int, b: "str" = "x") -> list:
    v: int = 5
    w: float
    return [a, b, v]
print(ann(1), ann.__annotations__ if hasattr(ann, "__annotations__") and False else "")
print(0 if 1 else 2, [i for i in range(3) if i], *[1], sep=",")
global_var: int = 3
print(global_var)
assert True, "msg"
try:
    assert 1 == 2, "boom"
except AssertionError as e:
    print("AssertionError", e)
print(f"{'a' 'b'}", "".join([str(x) for x in range(3)]))
print(type(lambda: 0).__name__, (lambda x=1, *y, z=2, **w: (x, y, z, w))(5, 6, z=7, q=8))
print(1 < 2 == 2 > 1, (1, 2) == (1, 2), [] == [], {} == {})
