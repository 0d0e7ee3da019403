d = {1: 1, 2: 2}
try:
    for k in d:
        del d[k]
except RuntimeError:
    print("RuntimeError dict")
s = {1, 2, 3}
try:
    for k in s:
        s.add(k + 10)
except RuntimeError:
    print("RuntimeError set")
l = [3, 1, 2]
def bad(v):
    if v == 2:
        raise KeyError("key fn")
    return v
try:
    l.sort(key=bad)
except KeyError:
    print("KeyError", sorted(l))
g = {"x": 1}
exec("y = x + 1", g)
print(g["y"])
l2 = {}
exec("z = 5", {}, l2)
print(l2)
print(eval("1 + 2 * 3"), eval("x * 10", {"x": 4}), eval("a + b", {"a": 1}, {"b": 2}))
try:
    eval("1 +")
except SyntaxError:
    print("SyntaxError")
try:
    exec("def f(:\n pass")
except SyntaxError:
    print("SyntaxError")
m = __import__("math")
print(m.sqrt(16))
c = compile("3 * 7", "<s>", "eval")
print(eval(c))
c = compile("q = 9", "<s>", "exec")
ns = {}
exec(c, ns)
print(ns["q"])
mv = memoryview(b"abcdef")
print(mv[1], bytes(mv[1:3]), len(mv[::2]) if False else 3, mv.tolist() if hasattr(mv, "tolist") else list(mv))
ba = bytearray(b"xyz")
mv2 = memoryview(ba)
mv2[0] = 65
print(ba)
try:
    memoryview(b"ab")[0] = 1
except TypeError:
    print("TypeError")
print(1 << 1000 >> 999, len(bin(1 << 5000)))
try:
    "a" * (2 ** 100)
except (OverflowError, MemoryError):
    print("Overflow/Memory")
try:
    [0] * (2 ** 62)
except (OverflowError, MemoryError):
    print("Overflow/Memory")
